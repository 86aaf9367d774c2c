import WartaPage
/// The reporters: credit lines ("Pewarta:", "Penulis:", "Reporter:") where
/// the page has them, else JSON-LD `author`, author meta tags, and byline
/// elements (`rel=author`, `itemprop=author`, `class=author...`).
enum AuthorFinder {
    static func find(_ s: PageSignals, doc: HTMLDocument, creditLines: [String], publisher: String?) -> [String] {
        var found: [String] = []
        for line in creditLines { found += CreditLines.authors(in: line) }
        if found.isEmpty {
            for o in s.articleObjects {
                found += PageSignals.names(o["author"]).map { TextNormalizer.fold($0) }
                if !found.isEmpty { break }
            }
        }
        if found.isEmpty {
            for key in ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "itemprop:author"] {
                for v in s.meta[key] ?? [] where !v.containsBytes("://") && !v.containsBytes("www.") {
                    let t = TextNormalizer.fold(v)
                    found += t.lowercased().hasPrefix("by ") ? CreditLines.splitNames(String(t.dropFirst(3))) : CreditLines.splitNames(t)
                }
                if !found.isEmpty { break }
            }
        }
        if found.isEmpty {
            for n in 0..<doc.count where doc.kind[n] == .element {
                let rel = doc.attr(n, "rel")?.lowercased()
                let prop = doc.attr(n, "itemprop")?.lowercased()
                guard rel == "author" || prop == "author" else { continue }
                let t = TextNormalizer.fold(doc.textContent(n))
                let names = t.lowercased().hasPrefix("by ") ? CreditLines.splitNames(String(t.dropFirst(3))) : CreditLines.authors(in: t) + (CreditLines.authors(in: t).isEmpty ? CreditLines.splitNames(t) : [])
                found += names
            }
        }
        var seen = Set<String>()
        return found.compactMap { raw -> String? in
            let name = raw.trimmingCharacters(in: [" ", ",", "."])
            guard !name.isEmpty, name.count <= 80, seen.insert(name.lowercased()).inserted else { return nil }
            return name
        }
    }
}
