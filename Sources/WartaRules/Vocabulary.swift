import Foundation

/// The gazetteers of `Rules/gazetteers` (and `Rules/laws/types.tsv`),
/// loaded once and turned into token gazetteers for the pattern language.
public final class Vocabulary: @unchecked Sendable {
    // A class: one copy shared by every builder and the matcher, never
    // mutated after `init` (hence @unchecked Sendable).
    public struct Region: Sendable { public var code, name, kind, province: String; public var aliases: [String] }
    public struct Agency: Sendable { public var name: String; public var acronym: String?; public var aliases: [String]; public var kind: String }
    public struct AgencyPattern: Sendable { public var prefix, full: String; public var placeKinds: [String]; public var kind: String }
    public struct Title: Sendable { public var form, title, organization: String }
    public struct Place: Sendable { public var name, kind: String; public var aliases: [String] }
    public struct Unit: Sendable { public var word, unit: String; public var scale: Double }

    public var regions: [Region] = []
    /// For each region row, the kind its matched form states ("Kota Palu" → city), or "" for a bare name.
    public var regionFormKinds: [String] = []
    public var regionFormRows: [Int] = []
    public var agencies: [Agency] = []
    public var agencyPatterns: [AgencyPattern] = []
    public var titles: [Title] = []
    public var places: [Place] = []
    public var honorifics: [(form: String, kind: String)] = []
    public var units: [Unit] = []
    public var scales: [(word: String, multiplier: Double)] = []
    public var currencies: [(form: String, unit: String)] = []
    public var lawTypes: [(form: String, type: String)] = []
    /// Lower-case words that continue an office title ("Bidang", "Kepesertaan", "Sosial").
    public var officeWords: Set<String> = []
    /// Lower-case words that follow a number without being what it counts ("dan", "tentang", "persen").
    public var notNouns: Set<String> = []
    /// Words that open the name of a body ("Badan", "Tim", "Komisi").
    public var orgHeads: Set<String> = []
    public var gazetteers: [String: Gazetteer] = [:]

    public static let gazetteerNames = ["region", "place", "agency", "agency_prefix", "title", "honorific", "unit", "scale", "currency", "law_type", "month"]

    public init(rulesFolder: String) throws {
        let g = rulesFolder + "/gazetteers/"
        for row in try TSVTable(path: g + "regions.tsv").rows {
            regions.append(Region(code: row["code"] ?? "", name: row["name"] ?? "", kind: row["kind"] ?? "",
                                  province: row["province"] ?? "", aliases: Self.list(row["aliases"])))
        }
        for row in try TSVTable(path: g + "agencies.tsv").rows {
            let acronym = row["acronym"].flatMap { $0.isEmpty ? nil : $0 }
            agencies.append(Agency(name: row["name"] ?? "", acronym: acronym, aliases: Self.list(row["aliases"]), kind: row["kind"] ?? ""))
        }
        for row in try TSVTable(path: g + "agency-patterns.tsv").rows {
            agencyPatterns.append(AgencyPattern(prefix: row["prefix"] ?? "", full: row["full"] ?? "",
                                                placeKinds: Self.list(row["place_kinds"]), kind: row["kind"] ?? ""))
        }
        for row in try TSVTable(path: g + "titles.tsv").rows {
            titles.append(Title(form: row["form"] ?? "", title: row["title"] ?? "", organization: row["organization"] ?? ""))
        }
        for file in ["countries.tsv", "other-places.tsv"] {
            for row in try TSVTable(path: g + file).rows {
                places.append(Place(name: row["name"] ?? "", kind: row["kind"] ?? "other", aliases: Self.list(row["aliases"])))
            }
        }
        // Regency capitals (optional file): towns the press names on their own ("di Praya", "Selong").
        if FileManager.default.fileExists(atPath: g + "regency-capitals.tsv") {
            let regencyNames = Dictionary(regions.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            for row in try TSVTable(path: g + "regency-capitals.tsv").rows {
                guard let capital = row["capital"], !capital.isEmpty, let code = row["code"],
                      regencyNames[code]?.lowercased() != capital.lowercased(),
                      !Self.commonWords.contains(capital.lowercased()) else { continue }
                places.append(Place(name: capital, kind: "district", aliases: []))
            }
        }
        honorifics = try TSVTable(path: g + "honorifics.tsv").rows.map { ($0["form"] ?? "", $0["kind"] ?? "") }
        units = try TSVTable(path: g + "units.tsv").rows.map { Unit(word: $0["word"] ?? "", unit: $0["unit"] ?? "count", scale: Double($0["scale"] ?? "1") ?? 1) }
        scales = try TSVTable(path: g + "scales.tsv").rows.map { ($0["word"] ?? "", Double($0["multiplier"] ?? "1") ?? 1) }
        currencies = try TSVTable(path: g + "currencies.tsv").rows.map { ($0["form"] ?? "", $0["unit"] ?? "") }
        lawTypes = try TSVTable(path: rulesFolder + "/laws/types.tsv").rows.map { ($0["form"] ?? "", $0["type"] ?? "") }
        let extraOffice = (try? String(contentsOfFile: rulesFolder + "/officials/office-words.txt", encoding: .utf8)) ?? ""
        buildGazetteers(extraOfficeWords: extraOffice)
        let heads = (try? String(contentsOfFile: rulesFolder + "/agencies/org-heads.txt", encoding: .utf8)) ?? ""
        orgHeads = Set(heads.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })
        let stop = (try? String(contentsOfFile: rulesFolder + "/figures/not-nouns.txt", encoding: .utf8)) ?? ""
        notNouns = Set(stop.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })
    }

    static func list(_ cell: String?) -> [String] {
        (cell ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Capitals whose names are everyday words ("Raya", "Tanjung"): too ambiguous alone.
    static let commonWords: Set<String> = ["raya", "tanjung", "baru", "kota", "besar", "idi", "tengah", "sentral", "pusat", "kota agung", "wangi-wangi",
                                                 "negara", "sumber", "benteng", "mulia", "muara", "pasar", "kuala", "sungai", "karang", "bukit",
                                                 "batu", "sentani", "bangsal", "gunung", "teluk", "pulau", "ujung", "kota baru", "mandiri", "maju"]

    static let kindPrefixes: [String: [String]] = [
        "regency": ["Kabupaten", "Kab.", "Kab"],
        "city": ["Kota", "Kotamadya"],
        "province": ["Provinsi", "Prov.", "Prov", "Propinsi"],
    ]

    private func buildGazetteers(extraOfficeWords: String) {
        var region = Gazetteer(name: "region", requiresCapital: true)
        for (i, r) in regions.enumerated() {
            for form in [r.name] + r.aliases {
                region.add(form: form, row: regionFormRows.count)
                regionFormRows.append(i); regionFormKinds.append("")
                for prefix in Self.kindPrefixes[r.kind] ?? [] {
                    region.add(form: prefix + " " + form, row: regionFormRows.count)
                    regionFormRows.append(i); regionFormKinds.append(r.kind)
                }
            }
        }
        var place = Gazetteer(name: "place", requiresCapital: true)
        for (i, p) in places.enumerated() { for f in [p.name] + p.aliases { place.add(form: f, row: i) } }
        var agency = Gazetteer(name: "agency", requiresCapital: true)
        for (i, a) in agencies.enumerated() { for f in [a.name] + (a.acronym.map { [$0] } ?? []) + a.aliases { agency.add(form: f, row: i) } }
        var prefix = Gazetteer(name: "agency_prefix", requiresCapital: true)
        for (i, p) in agencyPatterns.enumerated() { prefix.add(form: p.prefix, row: i); prefix.add(form: p.full, row: i) }
        var title = Gazetteer(name: "title", requiresCapital: true)
        for (i, t) in titles.enumerated() { title.add(form: t.form, row: i) }
        var titleAny = Gazetteer(name: "title_any", requiresCapital: false)
        for (i, t) in titles.enumerated() { titleAny.add(form: t.form, row: i) }
        var honorific = Gazetteer(name: "honorific", requiresCapital: false)
        for (i, h) in honorifics.enumerated() { honorific.add(form: h.form, row: i) }
        var unit = Gazetteer(name: "unit", requiresCapital: false)
        for (i, u) in units.enumerated() { unit.add(form: u.word, row: i) }
        var scale = Gazetteer(name: "scale", requiresCapital: false)
        for (i, s) in scales.enumerated() { scale.add(form: s.word, row: i) }
        var currency = Gazetteer(name: "currency", requiresCapital: false)
        for (i, c) in currencies.enumerated() { currency.add(form: c.form, row: i) }
        var law = Gazetteer(name: "law_type", requiresCapital: false)
        for (i, l) in lawTypes.enumerated() { law.add(form: l.form, row: i) }
        var month = Gazetteer(name: "month", requiresCapital: false)
        for (i, m) in Self.months.enumerated() { month.add(form: m, row: i) }
        gazetteers = ["region": region, "place": place, "agency": agency, "agency_prefix": prefix, "title": title, "title_any": titleAny,
                      "honorific": honorific, "unit": unit, "scale": scale, "currency": currency, "law_type": law, "month": month]

        var words = Set<String>()
        for t in titles { for w in Tokenizer.tokenize(t.title) where w.kind == .word { words.insert(w.lower) } }
        for p in agencyPatterns { for w in Tokenizer.tokenize(p.full) where w.kind == .word { words.insert(w.lower) } }
        // Words of agency names count when two or more names share them: "Mandiri" names one bank,
        // "Pendidikan" is an office word.
        var agencyWordCounts: [String: Int] = [:]
        for a in agencies { for w in Set(Tokenizer.tokenize(a.name).filter { $0.kind == .word }.map(\.lower)) { agencyWordCounts[w, default: 0] += 1 } }
        for (w, n) in agencyWordCounts where n >= 2 { words.insert(w) }
        for line in extraOfficeWords.split(separator: "\n") where !line.hasPrefix("#") {
            let w = line.trimmingCharacters(in: .whitespaces).lowercased()
            if !w.isEmpty { words.insert(w) }
        }
        // Company forms and function words never continue a title.
        officeWords = words.subtracting(["pt", "cv", "tbk", "persero", "dan", "di", "ke", "dari", "untuk", "yang", "atau", "serta", "pada", "&", "republik", "indonesia"])
    }

    static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
                         "November", "Desember", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Agu", "Agt", "Ags", "Sep", "Sept",
                         "Okt", "Nov", "Des", "Pebruari", "Nopember", "January", "February", "March", "May", "June", "July",
                         "August", "October", "December"]
}
