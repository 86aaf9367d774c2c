import WartaRules

/// A regulation reference from a `laws` rule: `type` (a law_type entry),
/// `number` (leading zeros dropped), `year`.
struct LawBuilder: Sendable {
    let vocabulary: Vocabulary

    func build(_ c: Candidate, rule: String, text: ArticleText) -> Law? {
        guard let typeCap = c.captures["type"], let row = typeCap.row, let numberCap = c.captures["number"] else { return nil }
        let type = vocabulary.lawTypes[row].type
        var number = text.text(numberCap)
        while number.count > 1, number.hasPrefix("0") { number.removeFirst() }
        let year = c.captures["year"].flatMap { Int(text.text($0)) }
        return Law(type: type, number: number, year: year, mentions: [text.evidence(c.start, c.end, rule: rule)])
    }
}
