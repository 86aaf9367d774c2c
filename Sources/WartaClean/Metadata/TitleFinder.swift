import WartaPage
/// The headline: the page's `<h1>` when it agrees with the title the page
/// declares (og:title, JSON-LD headline, `<title>`); otherwise the declared
/// title with the outlet's suffix (" - Kompas.com", " | detikNews") removed.
enum TitleFinder {
    static func find(_ s: PageSignals, siteName: String?) -> String? {
        let declared = [s.first("og:title"), s.jsonLD("headline"), s.first("twitter:title"), s.first("itemprop:headline")]
            .compactMap { $0 }.first { !$0.isEmpty }
        if let declared {
            // og:title is often the headline plus the outlet's name: then the <h1> is the headline.
            let key = comparable(declared)
            for h1 in s.h1s {
                let h = comparable(h1.text)
                if h.count >= 8, key.count > h.count, key.containsBytes(h) { return h1.text }
            }
            let stripped = stripSiteSuffix(declared, siteName: siteName)
            if stripped.count >= 5 { return stripped }
        }
        if let tag = s.titleTag {
            let key = comparable(tag)
            for h1 in s.h1s {
                let h = comparable(h1.text)
                if h.count >= 8, key.containsBytes(h) { return h1.text }
            }
            let stripped = stripSiteSuffix(tag, siteName: siteName)
            if stripped.count >= 5 { return stripped }
        }
        return s.h1s.first?.text
    }

    static func comparable(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { CharacterSetLite.isAlphanumeric($0) }.map(Character.init))
    }

    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " // ", " • ", " ‹ ", " › ", " » "]

    /// Drops a leading or trailing segment that names the site.
    static func stripSiteSuffix(_ title: String, siteName: String?) -> String {
        var t = title
        let site = siteName.map(comparable)
        for _ in 0..<2 {
            var cut = false
            for sep in separators {
                guard let r = t.range(of: sep, options: .backwards) else { continue }
                let tail = String(t[r.upperBound...])
                let tailKey = comparable(tail)
                let looksLikeSite = (site.map { !$0.isEmpty && (tailKey.containsBytes($0) || $0.containsBytes(tailKey)) } ?? false)
                    || tail.containsBytes(".com") || tail.containsBytes(".co") || tail.containsBytes(".id") || tail.containsBytes(".net")
                    || (tail.split(separator: " ").count <= 3 && t[..<r.lowerBound].count > tail.count * 2)
                if looksLikeSite && !tailKey.isEmpty {
                    t = String(t[..<r.lowerBound])
                    cut = true
                    break
                }
                if let rf = t.range(of: sep) {
                    let head = String(t[..<rf.lowerBound])
                    let headKey = comparable(head)
                    if let site, !site.isEmpty, !headKey.isEmpty, headKey == site || site.contains(headKey) && headKey.count > 3 {
                        t = String(t[rf.upperBound...])
                        cut = true
                        break
                    }
                }
            }
            if !cut { break }
        }
        return t.trimmingCharacters(in: [" "])
    }
}

/// Unicode letter/digit test without Foundation's CharacterSet.
enum CharacterSetLite {
    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
