/// Whitespace folding as a browser shows text: every run of white space
/// (spaces, tabs, newlines, no-break and other Unicode spaces, zero-width
/// characters) becomes one space, and the ends are trimmed.
public enum TextNormalizer {
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x200B || s.value == 0x200C || s.value == 0x200D || s.value == 0xFEFF || s.value == 0xAD
    }

    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            if isInvisible(s) { continue }
            if isSpace(s) { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(s)
        }
        return String(out)
    }
}
