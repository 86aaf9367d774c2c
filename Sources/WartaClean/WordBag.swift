/// A multiset of lower-case words, for comparing texts loosely.
struct WordBag {
    private var counts: [Substring: Int] = [:]
    private(set) var count = 0

    init(_ text: String) {
        for w in WordBag.words(text) { counts[w, default: 0] += 1; count += 1 }
    }

    static func words(_ text: String) -> [Substring] {
        let lower = text.lowercased()
        return lower.split { !($0.isLetter || $0.isNumber) }
    }

    /// Whether at least 80% of `text`'s words occur in this bag.
    func containsMost(of text: String) -> Bool {
        let ws = WordBag.words(text)
        guard !ws.isEmpty else { return false }
        let hits = ws.filter { counts[$0] != nil }.count
        return hits * 5 >= ws.count * 4
    }
}
