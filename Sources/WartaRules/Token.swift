/// One token of a text, with its span in Unicode code points.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable { case word, number, punct }
    public var text: String
    public var lower: String
    public var kind: Kind
    /// Start and end (exclusive) in code points from the start of the text.
    public var start: Int
    public var end: Int

    /// Starts with a capital letter.
    public let isCapitalized: Bool
    /// A word with two or more capitals that starts with one: "BPJS", "BPJamsostek", "DPRD".
    public let isAcronymLike: Bool
    /// No lower-case letter at all: "PUPR", "D".
    public let isAllCaps: Bool

    public init(text: String, lower: String, kind: Kind, start: Int, end: Int) {
        self.text = text
        self.lower = lower
        self.kind = kind
        self.start = start
        self.end = end
        var upper = 0, lowerCount = 0, first = true, capital = false
        for s in text.unicodeScalars {
            let isUpper: Bool, isLower: Bool
            if s.isASCII {
                isUpper = s.value >= 65 && s.value <= 90
                isLower = s.value >= 97 && s.value <= 122
            } else {
                isUpper = s.properties.isUppercase
                isLower = s.properties.isLowercase
            }
            if first { capital = isUpper; first = false }
            if isUpper { upper += 1 }
            if isLower { lowerCount += 1 }
        }
        isCapitalized = capital
        isAcronymLike = kind == .word && capital && upper >= 2
        isAllCaps = kind == .word && lowerCount == 0 && upper > 0
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
        func isLetter(_ s: Unicode.Scalar) -> Bool {
            if s.isASCII { return (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122) }
            return s.properties.isAlphabetic
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        func make(_ a: Int, _ b: Int, _ kind: Token.Kind) {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[a..<b])
            let t = String(v)
            tokens.append(Token(text: t, lower: t.lowercased(), kind: kind, start: a, end: b))
        }
        while i < n {
            let s = scalars[i]
            if s == " " || TextSpace.isSpace(s) { i += 1; continue }
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
                    if isLetter(c) || (!c.isASCII && c.properties.generalCategory == .nonspacingMark) { j += 1; continue }
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
