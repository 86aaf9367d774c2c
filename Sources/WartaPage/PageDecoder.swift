import CHTML

/// Turns the bytes of one input file into a `Page`, or says why it cannot.
///
/// HTML keeps its raw bytes (libxml2 parses them) with the charset decided
/// here: a byte-order mark first, then `<meta charset>` / http-equiv, then
/// UTF-8 if the bytes are valid UTF-8, else windows-1252 (the HTML standard's
/// reading of latin-1). Text dumps are decoded to a `String` the same way.
public struct PageDecoder: Sendable {
    public enum Format: Sendable { case html, text }

    /// Largest input accepted, before and after gzip decompression.
    public var maxBytes: Int

    public init(maxBytes: Int = 50 * 1024 * 1024) {
        self.maxBytes = maxBytes
    }

    /// The format a file name stands for, or nil when it is not an input.
    public static func format(ofPath path: String) -> Format? {
        let lower = path.lowercased()
        if lower.hasSuffix(".gold.json") { return nil }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".html.gz")
            || lower.hasSuffix(".htm.gz") { return .html }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".txt.gz") { return .text }
        return nil
    }

    public func decode(bytes input: [UInt8], format: Format, source: String) throws -> Page {
        guard input.count <= maxBytes else { throw InputError.tooLarge(bytes: input.count, limit: maxBytes) }
        var bytes = input
        if bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B { bytes = try gunzip(bytes) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw InputError.empty }
        var warnings: [String] = []
        switch format {
        case .text:
            let text = try Self.decodeText(bytes, warnings: &warnings)
            if text.allSatisfy({ $0.isWhitespace }) { throw InputError.empty }
            return Page(source: source, content: .text(text), warnings: warnings)
        case .html:
            let (body, charset) = try Self.prepareHTML(bytes, warnings: &warnings)
            if Self.looksTruncated(body) { throw InputError.truncated }
            if Self.lacksEnd(body) { warnings.append("no </body> or </html>: the page may be incomplete") }
            return Page(source: source, content: .html(bytes: body, charset: charset), warnings: warnings)
        }
    }

    func gunzip(_ bytes: [UInt8]) throws -> [UInt8] {
        var out: UnsafeMutablePointer<UInt8>? = nil
        var length = 0
        let status = bytes.withUnsafeBufferPointer {
            chtml_gunzip($0.baseAddress, $0.count, maxBytes, &out, &length)
        }
        if status == 2 { throw InputError.tooLarge(bytes: maxBytes + 1, limit: maxBytes) }
        guard status == 0, let out else { throw InputError.corruptGzip }
        defer { chtml_buffer_free(out) }
        return Array(UnsafeBufferPointer(start: out, count: length))
    }

    // MARK: charsets

    static func decodeText(_ bytes: [UInt8], warnings: inout [String]) throws -> String {
        if let (text, _) = try decodeByBOM(bytes) { return text }
        if containsBinary(bytes[...]) { throw InputError.binary }
        if UTF8Validator.isValid(bytes[...]) { return String(decoding: bytes, as: UTF8.self) }
        if UTF8Validator.mostlyUTF8(bytes[...]) {
            warnings.append("invalid UTF-8 bytes replaced with U+FFFD")
            return String(decoding: bytes, as: UTF8.self)
        }
        warnings.append("not UTF-8: read as windows-1252")
        return Windows1252.decode(bytes[...])
    }

    /// Text for UTF-8/16 byte-order marks; nil when there is none.
    static func decodeByBOM(_ bytes: [UInt8]) throws -> (String, String)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), "UTF-8")
        }
        let bigEndian: Bool
        if bytes.starts(with: [0xFF, 0xFE]) { bigEndian = false }
        else if bytes.starts(with: [0xFE, 0xFF]) { bigEndian = true }
        else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        return (String(decoding: units, as: UTF16.self), "UTF-16")
    }

    static func prepareHTML(_ bytes: [UInt8], warnings: inout [String]) throws -> ([UInt8], String) {
        if let (text, _) = try decodeByBOM(bytes) { return (Array(text.utf8), "UTF-8") }
        if containsBinary(bytes[...]) { throw InputError.binary }
        let declared = CharsetSniffer.declaredCharset(in: bytes)
        let canonical = declared.map(CharsetSniffer.canonical)
        let valid = UTF8Validator.isValid(bytes[...])
        if canonical == nil || canonical == "UTF-8" {
            if valid { return (bytes, "UTF-8") }
            if canonical == nil && !UTF8Validator.mostlyUTF8(bytes[...]) {
                warnings.append("no charset declared and not UTF-8: read as windows-1252")
                return (bytes, "windows-1252")
            }
            warnings.append("invalid UTF-8 bytes replaced with U+FFFD")
            return (Array(String(decoding: bytes, as: UTF8.self).utf8), "UTF-8")
        }
        if canonical == "windows-1252" {
            // Pages that say latin-1 but hold UTF-8 are common: trust real multibyte UTF-8.
            if valid && UTF8Validator.hasMultibyte(bytes[...]) { return (bytes, "UTF-8") }
            return (bytes, "windows-1252")
        }
        let other = canonical!
        // A legacy charset declared over bytes that are clean multibyte UTF-8: the bytes win.
        if valid && UTF8Validator.hasMultibyte(bytes[...]) && !other.hasPrefix("UTF-16") { return (bytes, "UTF-8") }
        guard CharsetSniffer.isSupported(other) else { throw InputError.unsupportedCharset(declared ?? other) }
        return (bytes, other)
    }

    /// NUL bytes or many control characters in the first 8 KiB mean binary data.
    static func containsBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        return controls * 20 > head.count
    }

    /// A page cut off inside a tag, comment or script: its last `<` comes
    /// after its last `>`, or a `<script`/`<!--` is never closed.
    static func looksTruncated(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count
        while end > 0, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[end - 1]) { end -= 1 }
        guard end > 0 else { return false }
        let lastOpen = bytes[..<end].lastIndex(of: UInt8(ascii: "<"))
        let lastClose = bytes[..<end].lastIndex(of: UInt8(ascii: ">"))
        guard let open = lastOpen else { return false }
        return lastClose.map { open > $0 } ?? true
    }

    /// No `</body>` or `</html>` near the end: worth a warning, not a failure.
    static func lacksEnd(_ bytes: [UInt8]) -> Bool {
        let tail = bytes.suffix(65536)
        return !ByteSearch.containsCaseInsensitive(tail, "</body") && !ByteSearch.containsCaseInsensitive(tail, "</html")
    }
}
