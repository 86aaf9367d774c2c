import WartaPage
/// Reads what an element's attributes say about it: hidden from readers,
/// or named like page furniture (share bars, related stories, ads ...).
enum ElementHints {
    /// `display:none`, `visibility:hidden`, the `hidden` attribute and
    /// `aria-hidden="true"`: text a reader never sees.
    static func isHidden(_ doc: HTMLDocument, _ node: Int) -> Bool {
        for (name, value) in doc.attributes(node) {
            switch name {
            case "hidden":
                // React streaming puts server-rendered content in <div hidden id="S:0"> and shows it by script.
                if let id = doc.attr(node, "id"), id.hasPrefix("S:") { continue }
                return true
            case "aria-hidden": if value.lowercased() == "true" { return true }
            case "style":
                let s = value.lowercased().filter { $0 != " " }
                if s.containsBytes("display:none") || s.containsBytes("visibility:hidden") { return true }
            case "class":
                let tokens = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
                // "hidden lg:block" (utility CSS) shows the element on wide screens.
                if tokens.contains(where: { hiddenClasses.contains(String($0)) })
                    && !tokens.contains(where: { $0.containsBytes(":") && shownSuffixes.contains(where: $0.hasSuffix) }) {
                    return true
                }
            default: break
            }
        }
        return false
    }

    static let shownSuffixes = [":block", ":flex", ":grid", ":inline", ":inline-block", ":table", ":contents", ":inline-flex"]

    static let hiddenClasses: Set<String> = ["displaynone", "display-none", "u-hidden", "hidden", "d-none", "hide", "sr-only", "visually-hidden", "screen-reader-text", "is-hidden", "invisible"]

    /// Fragments of class/id tokens that name page furniture.
    static let furniture: [String] = [
        "share", "sharing", "social", "sosmed", "related", "terkait", "bacajuga", "baca-juga", "readalso",
        "read-also", "recommend", "rekomendasi", "comment", "komentar", "disqus", "sidebar", "widget",
        "advert", "iklan", "banner", "promo", "newsletter", "subscribe", "breadcrumb", "pagination",
        "pager", "paging", "popular", "populer", "trending", "terkini", "outbrain", "taboola",
        "modal", "popup", "cookie", "gdpr", "toolbar", "caption", "credit", "byline", "author",
        "tags", "tag-list", "taglist", "topik", "jp-relatedposts", "sharedaddy", "footer", "masthead",
        "navbar", "navigation", "menu", "signup", "donate", "video-player", "embed",
        "twitter-tweet", "instagram-media", "tiktok-embed", "lihat-juga", "lihatjuga", "see-also",
        "more-stories", "newsfeed", "carousel", "slideshow", "second-article", "next-article", "article-next", "load-more", "infinite", "gallery", "galeri", "wp-caption", "media-caption", "image-desc", "img-desc", "photo-desc", "foto-desc", "photo-credit", "kommentar", "consent", "onetrust", "cmp-", "privacy", "breaking", "headline-list", "list-berita", "berita-lain",
    ]

    /// Exact class/id tokens that name furniture but are too short to match as fragments.
    static let furnitureTokens: Set<String> = ["ad", "ads", "adv", "tag", "meta", "nav", "foot", "rss", "print", "date", "time"]

    /// Tokens that mark the article itself; they win over furniture fragments.
    static let contentTokens: [String] = ["articlebody", "article-body", "article__body", "post-content", "entry-content", "story-body", "detail-text", "read__content", "detail__body-text", "itp_bodycontent"]

    /// Furniture that stays furniture however much text it holds: consent
    /// dialogs, comment threads, modals.
    static let strongFurniture = ["consent", "onetrust", "cookie", "gdpr", "privacy", "modal", "popup", "comment", "komentar", "kommentar", "disqus", "newsletter"]

    static func isStrongFurniture(_ doc: HTMLDocument, _ node: Int) -> Bool {
        let text = ((doc.attr(node, "class") ?? "") + " " + (doc.attr(node, "id") ?? "")).lowercased()
        return text.split(separator: " ").contains { token in
            // "commentary" and "comments-enabled" describe an article, not a thread.
            !token.containsBytes("commentary") && !token.containsBytes("enabled") && !token.hasPrefix("has-")
                && strongFurniture.contains { token.containsBytes($0) }
        }
    }

    static func isFurniture(_ doc: HTMLDocument, _ node: Int) -> Bool {
        var tokens: [Substring] = []
        if let c = doc.attr(node, "class") { tokens += c.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) }
        if let i = doc.attr(node, "id") { tokens.append(Substring(i)) }
        if let role = doc.attr(node, "role"), ["navigation", "complementary", "banner", "contentinfo", "dialog"].contains(role) {
            return true
        }
        var hit = false
        for raw in tokens {
            let token = raw.lowercased()
            if contentTokens.contains(where: { token.containsBytes($0) }) { return false }
            if furnitureTokens.contains(token) { hit = true; continue }
            if token.hasPrefix("ad-") || token.hasPrefix("ads-") || token.hasSuffix("-ad") || token.hasSuffix("-ads")
                || token.hasPrefix("div-gpt-ad") || token.hasPrefix("gpt-") {
                hit = true; continue
            }
            if token.containsBytes("commentary") || token.hasSuffix("-enabled") || token.hasPrefix("has-") { continue }
            if furniture.contains(where: { token.containsBytes($0) }) { hit = true }
        }
        return hit
    }
}
