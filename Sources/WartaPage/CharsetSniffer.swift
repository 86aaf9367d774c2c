import CHTML

/// Finds the charset a page declares in its first bytes (`<meta charset>`,
/// `<meta http-equiv="Content-Type" content="...; charset=...">`, or an XML
/// declaration) and maps labels onto the names libxml2's iconv knows.
public enum CharsetSniffer {
    public static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(8192), as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let found = head.range(of: "charset", range: searchStart..<head.endIndex) {
            searchStart = found.upperBound
            // Only inside a <meta ...> or <?xml ...> tag.
            guard let open = head[..<found.lowerBound].lastIndex(of: "<") else { continue }
            let tagStart = head[open...]
            guard tagStart.hasPrefix("<meta") || tagStart.hasPrefix("<?xml") else { continue }
            if let close = head[open..<found.lowerBound].firstIndex(of: ">"), close < found.lowerBound { continue }
            var i = found.upperBound
            while i < head.endIndex, head[i] == " " { i = head.index(after: i) }
            guard i < head.endIndex, head[i] == "=" else { continue }
            i = head.index(after: i)
            while i < head.endIndex, head[i] == " " || head[i] == "\"" || head[i] == "'" { i = head.index(after: i) }
            var label = ""
            while i < head.endIndex, head[i].isLetter || head[i].isNumber || "-_:.".contains(head[i]) {
                label.append(head[i]); i = head.index(after: i)
            }
            if !label.isEmpty { return label }
        }
        if tagXMLEncoding(head) != nil { return tagXMLEncoding(head) }
        return nil
    }

    private static func tagXMLEncoding(_ head: String) -> String? {
        guard head.hasPrefix("<?xml"), let r = head.range(of: "encoding=") else { return nil }
        let rest = head[r.upperBound...].drop { $0 == "\"" || $0 == "'" }
        let label = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return label.isEmpty ? nil : String(label)
    }

    /// The name to hand libxml2. Latin-1 and ASCII are read as windows-1252,
    /// as browsers do.
    public static func canonical(_ label: String) -> String {
        switch label.lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252",
             "cp1252", "x-cp1252", "iso_8859-1", "cp819", "ibm819": return "windows-1252"
        case "gb2312", "gbk", "x-gbk": return "GBK"
        case "shift_jis", "sjis", "x-sjis", "ms_kanji": return "SHIFT_JIS"
        default: return label.uppercased()
        }
    }

    /// Whether libxml2 (through iconv) can read `charset`.
    public static func isSupported(_ charset: String) -> Bool {
        charset.withCString { chtml_charset_known($0) != 0 }
    }
}
