import CHTML

/// Finds the charset a page declares in its first bytes (`<meta charset>`,
/// `<meta http-equiv="Content-Type" content="...; charset=...">`, or an XML
/// declaration) and maps labels onto the names libxml2's iconv knows.
public enum CharsetSniffer {
    public static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(8192).map { ($0 >= 65 && $0 <= 90) ? $0 | 0x20 : $0 }
        let charset = Array("charset".utf8)
        var i = 0
        while i + charset.count < head.count {
            guard head[i] == UInt8(ascii: "c"), Array(head[i..<(i + charset.count)]) == charset else { i += 1; continue }
            let at = i
            i += charset.count
            // Only inside a <meta ...> or <?xml ...> tag that is still open here.
            guard let open = head[..<at].lastIndex(of: UInt8(ascii: "<")),
                  head[open..<at].firstIndex(of: UInt8(ascii: ">")) == nil else { continue }
            let tag = head[open..<min(open + 5, head.count)]
            guard tag.elementsEqual("<meta".utf8) || tag.elementsEqual("<?xml".utf8) else { continue }
            var j = i
            while j < head.count, head[j] == 0x20 { j += 1 }
            guard j < head.count, head[j] == UInt8(ascii: "=") else { continue }
            j += 1
            while j < head.count, head[j] == 0x20 || head[j] == UInt8(ascii: "\"") || head[j] == UInt8(ascii: "'") { j += 1 }
            var label: [UInt8] = []
            while j < head.count, isLabelByte(head[j]) { label.append(head[j]); j += 1 }
            if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
        }
        // <?xml version="1.0" encoding="..."?>
        if head.starts(with: Array("<?xml".utf8)) {
            let text = String(decoding: head.prefix(200), as: UTF8.self)
            if let r = text.range(of: "encoding=") {
                let label = text[r.upperBound...].drop { $0 == "\"" || $0 == "'" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                if !label.isEmpty { return String(label) }
            }
        }
        return nil
    }

    static func isLabelByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
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
