import WartaPage

extension Cleaner {
    /// Every text block of an HTML page with what the cleaner decided about
    /// it: the chosen container, and per block whether it was kept and why
    /// not. For `warta clean --explain`, when a page comes out wrong.
    public func diagnose(_ page: Page) -> String {
        guard case .html(let bytes, let charset) = page.content,
              let doc = HTMLDocument(bytes: bytes, encoding: charset) else { return "not an HTML page\n" }
        var blocks = BlockBuilder.build(doc)
        ContentLocator.vetoFurniture(doc: doc, blocks: &blocks)
        ContentLocator.markTeasers(doc: doc, blocks: &blocks)
        let signals = PageSignals(doc: doc)
        let located = ContentLocator.locate(doc: doc, blocks: blocks, articleBodyHint: signals.jsonLD("articleBody"))
        var out = "charset \(charset), \(doc.count) nodes, \(blocks.count) blocks\n"
        out += "json-ld: \(signals.articleObjects.count) article objects, \(signals.otherObjects.count) others; datePublished \(signals.jsonLD("datePublished") ?? "none")\n"
        guard let located else {
            return out + "no container found\n" + blocks.map { "  \($0.container) ld=\($0.linkDensity) good=\(ContentLocator.isGood($0)) furn=\($0.furnitureAncestor) \($0.text.prefix(80))" }.joined(separator: "\n") + "\n"
        }
        func describe(_ n: Int) -> String {
            var s = "<\(doc.name[n])"
            if let id = doc.attr(n, "id") { s += " id=\"\(id)\"" }
            if let c = doc.attr(n, "class") { s += " class=\"\(c)\"" }
            return s + ">"
        }
        var path: [String] = []
        var n = located.container
        while n >= 0 { path.append(describe(n)); n = Int(doc.parent[n]) }
        out += "container: " + path.reversed().joined(separator: " ") + " good=\(located.goodChars)\n"
        let inside = Set(HTMLCleaner.blocksInside(located.container, doc: doc, blocks: blocks))
        let cleaner = HTMLCleaner()
        for (i, b) in blocks.enumerated() {
            let mark: String
            if !inside.contains(i) { mark = "  out " }
            else if cleaner.keep(b, container: located.container, doc: doc, title: nil) { mark = "KEEP  " }
            else { mark = "  drop" }
            var why = ""
            if let r = b.boilerplate { why += " [\(r)]" }
            if b.furnitureAncestor >= 0 { why += " [furniture \(describe(b.furnitureAncestor))]" }
            if ContentLocator.isGood(b) { why += " [good]" }
            if b.teaser { why += " [teaser]" }
            out += "\(mark) \(describe(b.container)) ld=\(String(format: "%.2f", b.linkDensity)) \(b.text.prefix(100))\(why)\n"
        }
        return out
    }
}
