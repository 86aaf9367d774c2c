import WartaPage
/// The outlet: `og:site_name`, JSON-LD `publisher`, `application-name`.
/// The caller falls back to the dateline's outlet ("(ANTARA)").
enum PublisherFinder {
    static func siteName(_ s: PageSignals) -> String? {
        if let v = s.first("og:site_name"), !v.isEmpty { return v }
        for o in s.articleObjects {
            if let n = PageSignals.names(o["publisher"]).first, !n.isEmpty { return TextNormalizer.fold(n) }
        }
        for o in s.otherObjects {
            let t = (o["@type"] as? String)?.lowercased() ?? ""
            if t == "newsmediaorganization" || t == "organization", let n = o["name"] as? String, !n.isEmpty {
                return TextNormalizer.fold(n)
            }
        }
        if let v = s.first("application-name", "al:android:app_name", "al:ios:app_name", "twitter:site"), !v.isEmpty {
            return v.hasPrefix("@") ? String(v.dropFirst()) : v
        }
        return nil
    }
}
