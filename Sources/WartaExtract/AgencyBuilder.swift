import WartaRules

/// A body from an `agencies` rule, with its full name written out:
/// national bodies from agencies.tsv; local ones from a prefix of
/// agency-patterns.tsv and a region ("Pemkab Morowali" → "Pemerintah
/// Kabupaten Morowali", "Polres Gowa" → "Kepolisian Resor Gowa",
/// "Dinas Sosial Sigi" → "Dinas Sosial Kabupaten Sigi"); bodies defined
/// with their acronym; companies.
struct AgencyBuilder: Sendable {
    let vocabulary: Vocabulary

    static let facilityNames = ["rsud": "Rumah Sakit Umum Daerah", "rs": "Rumah Sakit", "lapas": "Lembaga Pemasyarakatan",
                                "rutan": "Rumah Tahanan", "balai": "Balai", "balai besar": "Balai Besar", "puskesmas": "Puskesmas"]

    /// "PT Borneo Karya Persada Imam Santoso (IS)": the words whose initials stand in
    /// parentheses after the name are a person's, not the company's.
    static func withoutTrailingPerson(_ name: String, after end: Int, text: ArticleText) -> String {
        let t = text.tokens
        guard end + 2 < t.count, t[end].text == "(", t[end + 2].text == ")", t[end + 1].isAllCaps else { return name }
        let initials = Array(t[end + 1].text)
        var words = name.split(separator: " ")
        guard words.count > initials.count + 1 else { return name }
        let tail = words.suffix(initials.count).map { $0.first! }
        if tail.map({ Character($0.uppercased()) }) == initials { words.removeLast(initials.count) }
        return words.joined(separator: " ")
    }

    /// "Kabupaten X", "Kota X", "Provinsi X".
    func regionPhrase(_ index: Int) -> String {
        let r = vocabulary.regions[index]
        switch r.kind {
        case "regency": return "Kabupaten " + r.name
        case "city": return "Kota " + r.name
        default: return "Provinsi " + r.name
        }
    }

    /// Local bodies whose full name carries the region's kind word.
    static let kindWordBodies: Set<String> = ["local-agency", "legislature", "health-facility", "local-soe", "local-government"]

    func localName(pattern: Vocabulary.AgencyPattern, region index: Int) -> String {
        let full = pattern.full
        let lower = full.lowercased()
        // "Pemerintah Kabupaten" already says the kind; "Pemerintah Daerah" takes it from the region.
        if lower.hasSuffix("kabupaten") || lower.hasSuffix("kota") || lower.hasSuffix("provinsi") {
            return full + " " + vocabulary.regions[index].name
        }
        if lower == "pemerintah daerah" { return "Pemerintah " + regionPhrase(index) }
        if Self.kindWordBodies.contains(pattern.kind) { return full + " " + regionPhrase(index) }
        return full + " " + vocabulary.regions[index].name
    }

    func build(_ c: Candidate, spec: RuleSpec, text: ArticleText) -> Agency? {
        let ev = text.evidence(c.start, c.end, rule: spec.id)
        if let cap = c.captures["agency"], let row = cap.row {
            let a = vocabulary.agencies[row]
            let form = text.text(cap)
            var agency = Agency(name: a.name, acronym: a.acronym, aliases: [], kind: a.kind, mentions: [ev])
            if form != a.name && form != a.acronym { agency.aliases = [form] }
            return agency
        }
        if let prefix = c.captures["prefix"], let row = prefix.row, let place = c.captures["place"], let prow = place.row {
            let region = vocabulary.regionFormRows[prow]
            let pattern = vocabulary.agencyPatterns[row]
            let name = localName(pattern: pattern, region: region)
            // "Pemerintah Kota (Pemkot) Palu": the short form is "Pemkot Palu".
            let form = c.captures["short"].map { text.text($0) + " " + text.text(place) } ?? ev.text
            return Agency(name: name, acronym: form == name ? nil : form, aliases: [], kind: pattern.kind, mentions: [ev])
        }
        if spec.id == "agencies.military-unit", let prefix = c.captures["prefix"], let number = c.captures["number"] {
            let short = text.text(prefix)
            let full = vocabulary.agencyPatterns.first { $0.prefix.lowercased() == short.lowercased() }?.full ?? short
            let unit = text.text(number) + (c.captures["name"].map { "/" + text.text($0) } ?? "")
            return Agency(name: full + " " + unit, acronym: short + " " + unit, aliases: [], kind: "military", mentions: [ev])
        }
        if spec.id == "agencies.farmers-group", let head = c.captures["head"], let nameCap = c.captures["name"] {
            return Agency(name: text.text(head) + " " + text.text(nameCap), acronym: nil, aliases: [], kind: "association", mentions: [ev])
        }
        if let head = c.captures["head"], let nameCap = c.captures["name"], let place = c.captures["place"], let prow = place.row {
            // "Kantor Gubernur Kaltim" is the governor's office building, not a body.
            if text.text(head).lowercased() == "kantor", ["gubernur", "bupati", "wali", "walikota", "camat", "desa", "lurah"].contains(text.tokens[nameCap.start].lower) { return nil }
            let region = vocabulary.regionFormRows[prow]
            let name = (text.text(head) + " " + text.text(nameCap)).replacingAll(" & ", with: " dan ") + " " + regionPhrase(region)
            let acronym = c.captures["acronym"].map { text.text($0) + " " + vocabulary.regions[region].name }
            return Agency(name: name, acronym: acronym, aliases: name == ev.text ? [] : [ev.text], kind: "local-agency", mentions: [ev])
        }
        if let head = c.captures["head"], let parent = c.captures["parent"] {
            let name = text.text(head) + " " + text.text(parent)
            return Agency(name: name, acronym: nil, aliases: [], kind: "branch", mentions: [ev])
        }
        if spec.id == "agencies.named-facility", let head = c.captures["head"], let nameCap = c.captures["name"] {
            let type = Self.facilityNames[text.text(head).lowercased()] ?? text.text(head)
            let kelas = text.tokens[nameCap.start - 2 >= 0 ? nameCap.start - 2 : 0].lower == "kelas" ? "Kelas " + text.text(nameCap.start - 1, nameCap.start) + " " : ""
            let rest = c.captures["rest"].map { " " + text.text($0) } ?? ""
            return Agency(name: type + rest + " " + kelas + text.text(nameCap), acronym: nil, aliases: [ev.text], kind: "facility", mentions: [ev])
        }
        if let nameCap = c.captures["name"] {
            let form = c.captures["form"].map { text.text($0) } ?? "PT"
            var name = spec.id == "agencies.company" ? form + " " + text.text(nameCap) : text.text(nameCap)
            let acronym = c.captures["acronym"].map { text.text($0) }
            // An acronym in parentheses starts with its name's first letter ("Taruna Siaga Bencana (Tagana)");
            // "(GAF)" after "Dinas PUPR ... Gusti Anwar Fadillah" abbreviates a person, not the body.
            if let acronym, let a = acronym.first, let n = name.first, a.lowercased() != n.lowercased() { return nil }
            // "Rumah Sakit Umum Daerah (RSUD)" defines a kind of body, not a body; so does a name
            // that only begins known bodies' names ("Badan Penyelenggara Jaminan Sosial (BPJS)").
            if spec.id == "agencies.defined", let g = vocabulary.gazetteers["agency_prefix"] {
                let toks = Tokenizer.tokenize(name)
                if g.matches(in: toks, at: 0).contains(where: { $0.length == toks.count }) { return nil }
                let lower = name.lowercased() + " "
                if vocabulary.agencies.contains(where: { $0.name.lowercased().hasPrefix(lower) }) { return nil }
            }
            if spec.id == "agencies.company" {
                name = Self.withoutTrailingPerson(name, after: c.end, text: text)
            }
            return Agency(name: name, acronym: acronym, aliases: [], kind: spec.id == "agencies.company" ? "company" : nil, mentions: [ev])
        }
        return nil
    }
}
