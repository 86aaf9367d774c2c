/// One token of a text, with its span in Unicode code points.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable { case word, number, punct }
    public var text: String
    public var lower: String
    public var kind: Kind
    /// Start and end (exclusive) in code points from the start of the text.
    public var start: Int
    public var end: Int

    public var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    /// Two or more capitals and no lower-case run longer than the capitals: "BPJS", "BPJamsostek", "DPRD".
    public var isAcronymLike: Bool {
        guard kind == .word, text.unicodeScalars.count >= 2 else { return false }
        let upper = text.unicodeScalars.filter { $0.properties.isUppercase }.count
        return upper >= 2 && isCapitalized
    }
}

/// Cuts text into words, numbers and punctuation, keeping code-point
/// offsets. Words keep inner apostrophes and hyphens ("Ma'mun", "Undang-Undang",
/// "ke-40"); numbers keep inner separators ("7.000", "48,55"); letters and
/// digits that touch are split ("Rp2,8" → "Rp", "2,8").
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        let n = scalars.count
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        func make(_ a: Int, _ b: Int, _ kind: Token.Kind) {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[a..<b])
            let t = String(v)
            tokens.append(Token(text: t, lower: t.lowercased(), kind: kind, start: a, end: b))
        }
        while i < n {
            let s = scalars[i]
            if TextSpace.isSpace(s) { i += 1; continue }
            if isDigit(s) {
                var j = i + 1
                while j < n {
                    if isDigit(scalars[j]) { j += 1; continue }
                    if (scalars[j] == "." || scalars[j] == ","), j + 1 < n, isDigit(scalars[j + 1]) { j += 2; continue }
                    break
                }
                make(i, j, .number)
                i = j
                continue
            }
            if isLetter(s) {
                var j = i + 1
                while j < n {
                    let c = scalars[j]
                    if isLetter(c) || c.properties.generalCategory == .nonspacingMark { j += 1; continue }
                    if (c == "'" || c == "’" || c == "-"), j + 1 < n, isLetter(scalars[j + 1]) || (c == "-" && isDigit(scalars[j + 1])) {
                        // "ke-40" keeps its digits; "Undang-Undang", "Ma'mun" keep their letters.
                        j += 2
                        while j < n, isLetter(scalars[j]) || isDigit(scalars[j]) { j += 1 }
                        continue
                    }
                    break
                }
                make(i, j, .word)
                i = j
                continue
            }
            make(i, i + 1, .punct)
            i += 1
        }
        return tokens
    }
}

enum TextSpace {
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}
