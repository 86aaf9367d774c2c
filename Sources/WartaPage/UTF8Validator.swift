/// Byte-level UTF-8 checks (no String allocation).
public enum UTF8Validator {
    public static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        invalidSequences(bytes, stopAfter: 1) == 0
    }

    /// Valid multibyte sequences outnumber invalid bytes by far: a UTF-8 file
    /// with a few damaged bytes, not a file in another charset.
    public static func mostlyUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var multibyte = 0
        let invalid = invalidSequences(bytes, stopAfter: Int.max, multibyte: &multibyte)
        return multibyte >= 4 * invalid && multibyte > 0
    }

    public static func hasMultibyte(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.contains { $0 >= 0x80 }
    }

    static func invalidSequences(_ bytes: ArraySlice<UInt8>, stopAfter: Int) -> Int {
        var ignored = 0
        return invalidSequences(bytes, stopAfter: stopAfter, multibyte: &ignored)
    }

    static func invalidSequences(_ bytes: ArraySlice<UInt8>, stopAfter: Int, multibyte: inout Int) -> Int {
        var invalid = 0
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var minimum: UInt32 = 0
            var scalar: UInt32 = 0
            if b & 0xE0 == 0xC0 { need = 1; minimum = 0x80; scalar = UInt32(b & 0x1F) }
            else if b & 0xF0 == 0xE0 { need = 2; minimum = 0x800; scalar = UInt32(b & 0x0F) }
            else if b & 0xF8 == 0xF0 { need = 3; minimum = 0x10000; scalar = UInt32(b & 0x07) }
            else { invalid += 1; if invalid >= stopAfter { return invalid }; i += 1; continue }
            var ok = i + need < end
            if ok {
                for k in 1...need {
                    let c = bytes[i + k]
                    if c & 0xC0 != 0x80 { ok = false; break }
                    scalar = scalar << 6 | UInt32(c & 0x3F)
                }
            }
            if ok && (scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar)) { ok = false }
            if ok { multibyte += 1; i += need + 1 }
            else { invalid += 1; if invalid >= stopAfter { return invalid }; i += 1 }
        }
        return invalid
    }
}
