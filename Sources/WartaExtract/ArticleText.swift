import WartaRules

/// The body being extracted: its tokens and code points, and span helpers.
public struct ArticleText: Sendable {
    public let body: String
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]

    public init(body: String) {
        self.body = body
        self.scalars = Array(body.unicodeScalars)
        self.tokens = Tokenizer.tokenize(body)
    }

    /// The text of tokens `start..<end` as written (spaces included).
    public func text(_ start: Int, _ end: Int) -> String {
        guard start < end, end <= tokens.count else { return "" }
        return slice(tokens[start].start, tokens[end - 1].end)
    }

    public func slice(_ a: Int, _ b: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[a..<b])
        return String(v)
    }

    public func text(_ c: Capture) -> String { text(c.start, c.end) }

    public func evidence(_ start: Int, _ end: Int, rule: String) -> Evidence {
        Evidence(start: tokens[start].start, end: tokens[end - 1].end, text: text(start, end), rule: rule)
    }

    /// The sentence around code point `at` (from the previous ". " or paragraph break to the next).
    public func sentence(around at: Int) -> String {
        var a = at
        while a > 0 {
            let p = scalars[a - 1]
            if p == "\n" { break }
            if (p == " " && a >= 2 && (scalars[a - 2] == "." || scalars[a - 2] == "!" || scalars[a - 2] == "?")) { break }
            a -= 1
        }
        var b = at
        while b < scalars.count {
            let p = scalars[b]
            if p == "\n" { break }
            if (p == "." || p == "!" || p == "?") && (b + 1 == scalars.count || scalars[b + 1] == " " || scalars[b + 1] == "\n") { b += 1; break }
            b += 1
        }
        return slice(a, b).trimmingCharacters(in: [" "])
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
