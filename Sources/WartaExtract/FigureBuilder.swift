import WartaRules

/// A quantity from a `figures` rule: the number (numeral or words) times its
/// scale word and unit scale, with the unit from the currency, the rule's
/// `output.unit`, the unit gazetteer, or `count`.
struct FigureBuilder: Sendable {
    let vocabulary: Vocabulary

    func build(_ c: Candidate, spec: RuleSpec, text: ArticleText) -> Figure? {
        if spec.output?["ignore"] == "true" { return nil }
        guard let numberCap = c.captures["number"] else { return nil }
        var value: Double
        let raw = text.text(numberCap)
        if let v = NumberWords.numeral(raw) { value = v }
        else if let w = NumberWords.parse(text.tokens, numberCap.start) { value = w.value }
        else { return nil }
        if let s = c.captures["scale"], let row = s.row { value *= vocabulary.scales[row].multiplier }
        var unit = spec.output?["unit"] ?? "count"
        var noun: String?
        if let cur = c.captures["currency"], let row = cur.row { unit = vocabulary.currencies[row].unit }
        else if let u = c.captures["unit"], let row = u.row {
            unit = vocabulary.units[row].unit
            value *= vocabulary.units[row].scale
            noun = text.text(u)
        } else if let n = c.captures["noun"] {
            noun = text.text(n)
        }
        let ev = text.evidence(c.start, c.end, rule: spec.id)
        return Figure(text: ev.text, value: value, unit: unit, noun: noun, place: nil, agency: nil,
                      sentence: text.sentence(around: ev.start), mentions: [ev])
    }
}
