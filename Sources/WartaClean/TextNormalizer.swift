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

    /// Folds on UTF-8 bytes: ASCII whitespace and the multibyte spaces and
    /// invisible characters news pages use (NBSP, thin spaces, zero-width
    /// spaces, BOM, soft hyphen) are recognised by their byte sequences.
    public static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { input -> String in
            var out = [UInt8]()
            out.reserveCapacity(input.count)
            var pendingSpace = false
            var i = 0
            let n = input.count
            while i < n {
                let b = input[i]
                var width = 0        // bytes of a space or invisible sequence at i
                var invisible = false
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    width = 1
                } else if b == 0xC2, i + 1 < n {
                    let c = input[i + 1]
                    if c == 0xA0 || c == 0x85 { width = 2 } else if c == 0xAD { width = 2; invisible = true }
                } else if b == 0xE2, i + 2 < n {
                    let c = input[i + 1], d = input[i + 2]
                    if c == 0x80 {
                        if d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF { width = 3 }
                        else if d >= 0x8B && d <= 0x8D { width = 3; invisible = true }
                    } else if c == 0x81 && d == 0x9F { width = 3 }
                } else if b == 0xE3, i + 2 < n, input[i + 1] == 0x80, input[i + 2] == 0x80 {
                    width = 3
                } else if b == 0xE1, i + 2 < n, input[i + 1] == 0x9A, input[i + 2] == 0x80 {
                    width = 3
                } else if b == 0xEF, i + 2 < n, input[i + 1] == 0xBB, input[i + 2] == 0xBF {
                    width = 3; invisible = true
                }
                if width > 0 {
                    if !invisible { pendingSpace = !out.isEmpty }
                    i += width
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
