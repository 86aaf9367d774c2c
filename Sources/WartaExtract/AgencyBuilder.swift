import WartaRules

/// A body from an `agencies` rule, with its full name written out:
/// national bodies from agencies.tsv; local ones from a prefix of
/// agency-patterns.tsv and a region ("Pemkab Morowali" → "Pemerintah
/// Kabupaten Morowali", "Polres Gowa" → "Kepolisian Resor Gowa",
/// "Dinas Sosial Sigi" → "Dinas Sosial Kabupaten Sigi"); bodies defined
/// with their acronym; companies.
struct AgencyBuilder: Sendable {
    let vocabulary: Vocabulary

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
        if let head = c.captures["head"], let nameCap = c.captures["name"], let place = c.captures["place"], let prow = place.row {
            let region = vocabulary.regionFormRows[prow]
            let name = (text.text(head) + " " + text.text(nameCap)).replacingAll(" & ", with: " dan ") + " " + regionPhrase(region)
            let acronym = c.captures["acronym"].map { text.text($0) + " " + vocabulary.regions[region].name }
            return Agency(name: name, acronym: acronym, aliases: name == ev.text ? [] : [ev.text], kind: "local-agency", mentions: [ev])
        }
        if let head = c.captures["head"], let parent = c.captures["parent"] {
            let name = text.text(head) + " " + text.text(parent)
            return Agency(name: name, acronym: nil, aliases: [], kind: "branch", mentions: [ev])
        }
        if let nameCap = c.captures["name"] {
            let name = spec.id == "agencies.company" ? "PT " + text.text(nameCap) : text.text(nameCap)
            let acronym = c.captures["acronym"].map { text.text($0) }
            return Agency(name: name, acronym: acronym, aliases: [], kind: spec.id == "agencies.company" ? "company" : nil, mentions: [ev])
        }
        return nil
    }
}
