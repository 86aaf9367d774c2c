/// Words for the body score: lower-case runs of letters and digits.
enum Tokens {
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        for s in text.lowercased().unicodeScalars {
            if s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark {
                cur.append(s)
            } else if !cur.isEmpty {
                out.append(String(cur)); cur = String.UnicodeScalarView()
            }
        }
        if !cur.isEmpty { out.append(String(cur)) }
        return out
    }

    /// Clipped bag-of-words overlap: Σ min(count in a, count in b).
    static func overlap(_ a: [String], _ b: [String]) -> Int {
        var counts: [String: Int] = [:]
        for w in a { counts[w, default: 0] += 1 }
        var hits = 0
        for w in b {
            if let c = counts[w], c > 0 { hits += 1; counts[w] = c - 1 }
        }
        return hits
    }
}
