import WartaRules

/// A place from a `places` rule: a region row (canonical name, kind, code,
/// province), a country or named area, or a district/village named with its
/// kind word.
struct PlaceBuilder: Sendable {
    let vocabulary: Vocabulary
    /// Regions sharing a name ("Bandung": a regency and a city), by lower-case name.
    let sameName: [String: [Int]]
    let provinceByCode: [String: String]

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        var same: [String: [Int]] = [:]
        var provinces: [String: String] = [:]
        for (i, r) in vocabulary.regions.enumerated() {
            same[r.name.lowercased(), default: []].append(i)
            if r.kind == "province" { provinces[r.code] = r.name }
        }
        sameName = same
        provinceByCode = provinces
    }

    struct Mention {
        var place: Place
        /// Other regions the bare name may mean (a regency and a city of one name).
        var alternatives: [Int]
        var explicitKind: Bool
    }

    func place(region index: Int, form: String, evidence: Evidence) -> Place {
        let r = vocabulary.regions[index]
        return Place(name: r.name, kind: r.kind, code: r.code, province: r.kind == "province" ? nil : provinceByCode[r.province],
                     aliases: form.lowercased() == r.name.lowercased() ? [] : [form], mentions: [evidence])
    }

    func build(_ c: Candidate, spec: RuleSpec, text: ArticleText) -> Mention? {
        if spec.output?["ignore"] == "true" { return nil }
        let ev = text.evidence(c.start, c.end, rule: spec.id)
        if let cap = c.captures["place"], let row = cap.row {
            let form = text.text(cap)
            if cap.gazetteer == "region" {
                let index = vocabulary.regionFormRows[row]
                let explicit = !vocabulary.regionFormKinds[row].isEmpty
                let alternatives = explicit ? [] : (sameName[vocabulary.regions[index].name.lowercased()] ?? []).filter { $0 != index }
                return Mention(place: place(region: index, form: form, evidence: ev), alternatives: alternatives, explicitKind: explicit)
            }
            let p = vocabulary.places[row]
            return Mention(place: Place(name: p.name, kind: p.kind, code: nil, province: nil,
                                        aliases: form.lowercased() == p.name.lowercased() ? [] : [form], mentions: [ev]),
                           alternatives: [], explicitKind: true)
        }
        if let cap = c.captures["name"], let kind = spec.output?["kind"] {
            let name = spec.output?["keep_kind_word"] == "true" ? ev.text : text.text(cap)
            return Mention(place: Place(name: name, kind: kind, code: nil, province: nil, aliases: [ev.text], mentions: [ev]),
                           alternatives: [], explicitKind: true)
        }
        return nil
    }
}
