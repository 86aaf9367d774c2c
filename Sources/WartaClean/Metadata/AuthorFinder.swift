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
                found += PageSignals.personNames(o["author"]).map { TextNormalizer.fold($0) }
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
            // Byline elements: class "author", "byline", "penulis", "reporter" with a short text.
            for n in 0..<doc.count where doc.kind[n] == .element {
                guard let cls = doc.attr(n, "class")?.lowercased(), ["author", "byline", "penulis", "reporter"].contains(where: { cls.containsBytes($0) }),
                      !cls.containsBytes("box"), !cls.containsBytes("bio"), !cls.containsBytes("avatar") else { continue }
                let t = TextNormalizer.fold(doc.textContent(n))
                guard t.count >= 3, t.count <= 80 else { continue }
                let names = CreditLines.authors(in: t)
                found += names.isEmpty ? CreditLines.splitNames(t) : names
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
        let outlet = publisher?.lowercased()
        return found.compactMap { raw -> String? in
            let name = raw.trimmingCharacters(in: [" ", ",", "."])
            guard !name.isEmpty, name.count <= 80, name.lowercased() != outlet, seen.insert(name.lowercased()).inserted else { return nil }
            return name
        }
    }
}
