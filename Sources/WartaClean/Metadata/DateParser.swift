import WartaPage
/// Reads dates written in the ways news pages write them and returns ISO
/// `YYYY-MM-DD`: ISO timestamps, `2022/07/05`, `05/07/2022` (day first, as
/// Indonesia writes it), "Selasa, 5 Juli 2022 14:30 WIB", "5 Jul 2022",
/// "July 5, 2022", and `/2022/07/05/` or `/20220705` in URL paths.
public enum DateParser {
    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "january": 1, "janvier": 1, "januar": 1, "enero": 1, "gennaio": 1,
        "februari": 2, "feb": 2, "febr": 2, "pebruari": 2, "february": 2, "februar": 2, "février": 2, "febrero": 2, "febbraio": 2,
        "maret": 3, "mar": 3, "march": 3, "märz": 3, "mars": 3, "marzo": 3, "mrt": 3,
        "april": 4, "apr": 4, "avril": 4, "abril": 4, "aprile": 4,
        "mei": 5, "may": 5, "mai": 5, "mayo": 5, "maggio": 5,
        "juni": 6, "jun": 6, "june": 6, "juin": 6, "junio": 6, "giugno": 6,
        "juli": 7, "jul": 7, "july": 7, "juillet": 7, "julio": 7, "luglio": 7,
        "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8, "aug": 8, "august": 8, "août": 8, "agosto": 8,
        "september": 9, "sep": 9, "sept": 9, "septembre": 9, "septiembre": 9, "settembre": 9,
        "oktober": 10, "okt": 10, "oct": 10, "october": 10, "octobre": 10, "octubre": 10, "ottobre": 10,
        "november": 11, "nov": 11, "nopember": 11, "novembre": 11, "noviembre": 11,
        "desember": 12, "des": 12, "dec": 12, "december": 12, "dezember": 12, "décembre": 12, "diciembre": 12, "dicembre": 12, "dez": 12,
    ]

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1990...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        let mm = m < 10 ? "0\(m)" : "\(m)"
        let dd = d < 10 ? "0\(d)" : "\(d)"
        return "\(y)-\(mm)-\(dd)"
    }

    /// A machine date (`datetime` attributes, meta tags, JSON-LD).
    public static func parseMachine(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: [" ", "\n", "\t"])
        let digits = Array(s.utf8)
        // YYYY-MM-DD or YYYY/MM/DD at the start.
        if digits.count >= 10, let y = number(digits, 0, 4), let m = number(digits, 5, 2), let d = number(digits, 8, 2),
           digits[4] == digits[7], digits[4] == UInt8(ascii: "-") || digits[4] == UInt8(ascii: "/") {
            return iso(y, m, d)
        }
        // YYYYMMDD
        if digits.count >= 8, let y = number(digits, 0, 4), let m = number(digits, 4, 2), let d = number(digits, 6, 2) {
            if let v = iso(y, m, d) { return v }
        }
        // Unix seconds or milliseconds.
        if digits.count >= 9, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }), let t = Int(s) {
            let secs = digits.count >= 12 ? t / 1000 : t
            return fromUnix(secs)
        }
        return parseText(s)
    }

    static func fromUnix(_ secs: Int) -> String? {
        // Civil-from-days (Howard Hinnant's algorithm), UTC.
        let z = secs / 86400 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return iso(y, m, d)
    }

    static func number(_ bytes: [UInt8], _ at: Int, _ len: Int) -> Int? {
        guard at + len <= bytes.count else { return nil }
        var v = 0
        for i in at..<(at + len) {
            let b = bytes[i]
            guard b >= 48 && b <= 57 else { return nil }
            v = v * 10 + Int(b - 48)
        }
        return v
    }

    /// A date written for people, anywhere in `text`; the first one found.
    public static func parseText(_ text: String) -> String? {
        let tokens = tokenize(text)
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            // D Month YYYY
            if let d = Int(t), d >= 1, d <= 31, i + 2 < tokens.count, let m = months[tokens[i + 1]],
               let y = Int(tokens[i + 2]), tokens[i + 2].count == 4, let v = iso(y, m, d) {
                return v
            }
            // Month D, YYYY
            if let m = months[t], i + 2 < tokens.count, let d = Int(tokens[i + 1]), let y = Int(tokens[i + 2]),
               tokens[i + 2].count == 4, let v = iso(y, m, d) {
                return v
            }
            // DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY, or YYYY-MM-DD inside text
            if t.containsBytes("/") || t.containsBytes("-") || t.containsBytes(".") {
                let parts = t.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).compactMap { Int($0) }
                let raw = t.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
                if parts.count == 3 && raw.count == 3 {
                    if raw[0].count == 4, let v = iso(parts[0], parts[1], parts[2]) { return v }
                    if raw[2].count == 4, let v = iso(parts[2], parts[1], parts[0]) { return v }
                }
            }
            i += 1
        }
        return nil
    }

    static func tokenize(_ text: String) -> [String] {
        var out: [String] = []
        var cur = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "/" || ch == "-" || (ch == "." && !cur.isEmpty && cur.last!.isNumber) {
                cur.append(ch)
            } else {
                if !cur.isEmpty { out.append(cur.trimmingCharacters(in: [".", "-", "/"])) ; cur = "" }
            }
        }
        if !cur.isEmpty { out.append(cur.trimmingCharacters(in: [".", "-", "/"])) }
        return out.filter { !$0.isEmpty }
    }

    /// `/2022/07/05/`, `/2022-07-05/`, `/20220705...` in a URL path.
    public static func parseURL(_ url: String) -> String? {
        var path = Substring(url)
        if let scheme = path.range(of: "://") { path = path[scheme.upperBound...] }
        guard let slash = path.firstIndex(of: "/") else { return nil }
        path = path[slash...]
        if let q = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<q] }
        let parts = path.split(separator: "/")
        for (i, part) in parts.enumerated() {
            // /2022/07/05/
            if part.count == 4, let y = Int(part), i + 2 < parts.count,
               let m = Int(parts[i + 1]), parts[i + 1].count <= 2,
               let dText = parts[i + 2].prefix(while: { $0.isNumber }) as Substring?, dText.count >= 1, dText.count <= 2,
               let d = Int(dText), let v = iso(y, m, d) {
                return v
            }
            // /2022-07-05/ or /2022-07-05-slug
            let bytes = Array(part.utf8)
            if bytes.count >= 10, let y = number(bytes, 0, 4), let m = number(bytes, 5, 2), let d = number(bytes, 8, 2),
               bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), let v = iso(y, m, d) {
                return v
            }
            // /20220705... (8+ digits starting with a plausible date)
            let lead = part.prefix(while: { $0.isNumber })
            if lead.count >= 8, lead.count <= 14, let v = parseMachine(String(lead.prefix(8))),
               Int(lead.prefix(4)).map({ (2000...2100).contains($0) }) == true {
                return v
            }
        }
        return nil
    }
}
