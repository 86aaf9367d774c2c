/// How the cleaner treats each HTML element name.
enum Tags {
    /// Elements whose whole subtree never holds article text.
    static let junk: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
        "video", "audio", "source", "track", "map", "button", "input", "select", "option", "textarea",
        "nav", "aside", "footer", "figcaption", "dialog", "menu", "head", "title", "meta",
        "link", "base", "picture", "img", "math", "label", "amp-ad", "amp-analytics", "amp-sidebar",
        "amp-social-share", "ins",
    ]

    /// Elements that start a new block of text.
    static let block: Set<String> = [
        "html", "body", "main", "article", "section", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
        "tr", "td", "th", "caption", "header", "footer", "figure", "figcaption", "address", "center",
        "hr", "details", "summary", "fieldset", "legend", "hgroup", "nav", "aside", "form",
    ]

    static func headingLevel(_ name: String) -> Int {
        let u = name.utf8
        guard u.count == 2, u.first == UInt8(ascii: "h") else { return 0 }
        let d = Int(u[u.index(after: u.startIndex)]) - 48
        return (1...6).contains(d) ? d : 0
    }
}
