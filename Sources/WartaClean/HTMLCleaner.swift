/// Cleans one HTML page: finds the article's container, keeps its running
/// text minus in-article furniture, and reads the metadata.
import WartaPage

struct HTMLCleaner {
    func clean(bytes: [UInt8], charset: String, url: String?) throws -> Article {
        guard let doc = HTMLDocument(bytes: bytes, encoding: charset) else {
            throw CleanError.unparsable
        }
        let signals = PageSignals(doc: doc)
        var blocks = BlockBuilder.build(doc)
        ContentLocator.vetoFurniture(doc: doc, blocks: &blocks)
        ContentLocator.markTeasers(doc: doc, blocks: &blocks)
        let articleBody = signals.jsonLD("articleBody")
        let siteName = PublisherFinder.siteName(signals)
        let title = TitleFinder.find(signals, siteName: siteName)

        var paragraphs: [String] = []
        var headings: [Bool] = []
        var firstKept: Int?
        if let located = ContentLocator.locate(doc: doc, blocks: blocks, articleBodyHint: articleBody) {
            let inside = Self.blocksInside(located.container, doc: doc, blocks: blocks)
            for i in inside {
                let block = blocks[i]
                guard keep(block, container: located.container, doc: doc, title: title) else { continue }
                if firstKept == nil { firstKept = i }
                paragraphs.append(block.text)
                headings.append(block.heading > 0)
            }
            if let first = firstKept {
                let lede = Self.ledeBlocks(before: first, blocks: blocks, doc: doc, description: signals.first("og:description", "description", "twitter:description"))
                paragraphs.insert(contentsOf: lede.map { blocks[$0].text }, at: 0)
                headings.insert(contentsOf: lede.map { _ in false }, at: 0)
            }
            // A heading with no text after it closes nothing: it belongs to what follows the article.
            while headings.last == true { headings.removeLast(); paragraphs.removeLast() }
            paragraphs = Self.trimEdges(paragraphs)
        }
        if let body = articleBody, body.count > 2 * max(200, paragraphs.reduce(0) { $0 + $1.count }) {
            paragraphs = body.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
                .map { TextNormalizer.fold(String($0)) }.filter { !$0.isEmpty && BoilerplateLines.reason($0) == nil }
        }

        // Short lines around the headline and the article: dates and credits live there.
        let titleBlock = blocks.firstIndex { $0.heading == 1 } ?? 0
        let start = firstKept ?? blocks.count
        let nearTitle = blocks[min(titleBlock, start)..<min(max(start, titleBlock + 1) + 3, blocks.count)]
            .map(\.text).filter { $0.count <= 160 }
        let creditLines = Self.creditLines(blocks)

        let dateline = paragraphs.first.flatMap(Dateline.parse)
        let publisher = siteName ?? dateline?.outlet
        let published = PublishedFinder.find(signals, doc: doc, url: url, nearTitle: nearTitle)
        let authors = AuthorFinder.find(signals, doc: doc, creditLines: creditLines, publisher: publisher)
        return Article(title: title, published: published, publisher: publisher, authors: authors,
                       dateline: dateline?.place, paragraphs: paragraphs,
                       url: signals.canonical ?? signals.first("og:url") ?? url)
    }

    func keep(_ block: Block, container: Int, doc: HTMLDocument, title: String?) -> Bool {
        if block.furnitureAncestor >= 0 && block.furnitureAncestor != container
            && doc.isInside(block.furnitureAncestor, container) { return false }
        if block.heading == 1 || block.teaser { return false }
        if Self.looksLikeMarkup(block.text) { return false }
        if let title, block.text == title { return false }
        if block.linkDensity >= 0.6 { return false }
        if block.linkDensity > 0.3 && (block.chars < 100 || block.inListItem) { return false }
        if block.boilerplate != nil { return false }
        return true
    }

    static let ledeHints = ["lead", "lede", "standfirst", "intro", "summary", "subtitle", "sub-title", "subhead", "dek", "deck", "excerpt", "sapo", "chapo", "abstract", "teaser-text", "description", "article-title-tertiary"]

    /// The standfirst between the headline and the article's container: a
    /// block named like a lede (class "lead", "standfirst", "summary" ...)
    /// or repeating the page's description. It belongs to the article.
    static func ledeBlocks(before first: Int, blocks: [Block], doc: HTMLDocument, description: String?) -> [Int] {
        guard let h1 = blocks[..<first].lastIndex(where: { $0.heading == 1 }) else { return [] }
        let desc = description.map { TitleFinder.comparable($0) } ?? ""
        var out: [Int] = []
        for i in (h1 + 1)..<first {
            let b = blocks[i]
            guard b.chars >= 40, b.linkDensity < 0.3, b.furnitureAncestor < 0, !b.teaser,
                  b.boilerplate == nil, !looksLikeMeta(b.text) else { continue }
            let key = TitleFinder.comparable(b.text)
            var hinted = desc.count >= 30 && (desc.containsBytes(key) || key.containsBytes(desc))
            var n = b.container
            for _ in 0..<3 where n >= 0 && !hinted {
                let cls = ((doc.attr(n, "class") ?? "") + " " + (doc.attr(n, "id") ?? "")).lowercased()
                if ledeHints.contains(where: { cls.containsBytes($0) }) { hinted = true }
                n = Int(doc.parent[n])
            }
            if hinted { out.append(i) }
        }
        return out
    }

    /// Short blocks that credit reporters; a bare label ("Oleh:") takes the
    /// block after it as its value.
    static func creditLines(_ blocks: [Block]) -> [String] {
        var out: [String] = []
        for (i, b) in blocks.enumerated() where b.chars <= 200 {
            if CreditLines.isBareLabel(b.text), i + 1 < blocks.count, blocks[i + 1].chars <= 80 {
                out.append(b.text.trimmingCharacters(in: [" ", ":"]) + ": " + blocks[i + 1].text)
            } else if !CreditLines.authors(in: b.text).isEmpty {
                out.append(b.text)
            }
        }
        return out
    }

    /// Markup shown as text (`<img src=...>` inside `<noscript>`, escaped embeds).
    static func looksLikeMarkup(_ text: String) -> Bool {
        guard text.hasPrefix("<"), let second = text.dropFirst().first else { return false }
        return (second.isLetter || second == "/" || second == "!") && text.containsBytes(">")
    }

    static func blocksInside(_ container: Int, doc: HTMLDocument, blocks: [Block]) -> [Int] {
        var memo: [Int: Bool] = [:]
        return blocks.indices.filter { i in
            let c = blocks[i].container
            if let m = memo[c] { return m }
            let v = c >= 0 && doc.isInside(c, container)
            memo[c] = v
            return v
        }
    }

    /// Drops short non-sentences at the ends of the body (dates, bylines,
    /// "(*)" alone is kept).
    static func trimEdges(_ paragraphs: [String]) -> [String] {
        var p = ArraySlice(paragraphs)
        while let first = p.first, first.count < 60, looksLikeMeta(first) { p = p.dropFirst() }
        while let last = p.last, last.count < 60, looksLikeMeta(last) { p = p.dropLast() }
        return Array(p)
    }

    static func looksLikeMeta(_ line: String) -> Bool {
        if DateParser.parseText(line) != nil { return true }
        if !CreditLines.authors(in: line).isEmpty { return true }
        let lower = line.lowercased()
        return lower.hasSuffix(" wib") || lower.hasSuffix(" wita") || lower.hasSuffix(" wit") || lower.containsBytes("menit lalu") || lower.containsBytes("jam lalu")
    }
}

enum CleanError: Error {
    case unparsable
}
