import WartaPage
/// Finds the element that holds the article without knowing the outlet.
///
/// Every block of running text ("good": long enough, few links, not inside
/// furniture) credits its length to all its ancestors; link text and text in
/// furniture debit them. The element with the best balance is the article:
/// going up the tree past it adds menus, teasers and link lists faster than
/// article text. `itemprop=articleBody` and `<article>` earn a small bonus
/// as hints, and JSON-LD `articleBody` (when present) credits the blocks it
/// contains.
struct ContentLocator {
    static let minimumGoodChars = 25
    static let maximumGoodLinkDensity = 0.35
    static let linkPenalty = 1.0
    static let furniturePenalty = 0.25
    static let shortParagraphWeight = 0.3
    static let fullParagraphChars = 200.0

    struct Result {
        var container: Int
        var goodChars: Int
    }

    /// Un-marks furniture that holds most of the page's running text: a
    /// class such as "subType-unsubscribed" on a wrapper is not a share bar.
    static func vetoFurniture(doc: HTMLDocument, blocks: inout [Block]) {
        var raw: [Int: Int] = [:]
        var total = 0
        for block in blocks where isGood(block, ignoringFurniture: true) {
            let g = block.chars - block.linkChars
            total += g
            for f in Set(block.furnitureChain) { raw[f, default: 0] += g }
        }
        let vetoed = Set(raw.filter { $0.value * 5 >= total * 2 && total > 0 && !ElementHints.isStrongFurniture(doc, $0.key) }.keys)
        guard !vetoed.isEmpty else { return }
        for i in blocks.indices where !blocks[i].furnitureChain.isEmpty {
            blocks[i].furnitureChain.removeAll { vetoed.contains($0) }
            blocks[i].furnitureAncestor = blocks[i].furnitureChain.last ?? -1
        }
    }

    /// Marks teaser blurbs: a good block whose container, parent or
    /// grandparent is a small card holding a headline link and no other
    /// running text. Teasers of other stories then neither pull the
    /// locator towards a list of them nor reach the body.
    static func markTeasers(doc: HTMLDocument, blocks: inout [Block]) {
        var total = [Int32](repeating: 0, count: doc.count)
        var linkBlocks = [Int32](repeating: 0, count: doc.count)
        var goodBlocks = [Int32](repeating: 0, count: doc.count)
        var good = [Bool](repeating: false, count: blocks.count)
        for (i, block) in blocks.enumerated() where block.container >= 0 {
            good[i] = isGood(block)
            let isLinkBlock = block.linkDensity >= 0.6 && block.chars >= 15
            var n = block.container
            while n >= 0 {
                total[n] += Int32(block.chars)
                if isLinkBlock { linkBlocks[n] += Int32(block.chars) }
                if good[i] { goodBlocks[n] += 1 }
                n = Int(doc.parent[n])
            }
        }
        var marked: [Int] = []
        for i in blocks.indices where good[i] {
            var n = blocks[i].container
            for _ in 0..<3 where n >= 0 {
                if goodBlocks[n] == 1 && linkBlocks[n] >= 15 && total[n] < 600 { marked.append(i); break }
                if goodBlocks[n] > 1 { break }
                n = Int(doc.parent[n])
            }
        }
        // A page of one short story beside its own links is not a teaser list.
        let remaining = good.filter { $0 }.count - marked.count
        guard remaining >= 1 else { return }
        for i in marked { blocks[i].teaser = true }
    }

    static func locate(doc: HTMLDocument, blocks: [Block], articleBodyHint: String?) -> Result? {
        var good = [Double](repeating: 0, count: doc.count)
        var bad = [Double](repeating: 0, count: doc.count)
        let hintWords = articleBodyHint.map(WordBag.init)
        for block in blocks where block.container >= 0 {
            var g = 0.0, b = Double(block.linkChars)
            if isGood(block) {
                // Short blurbs (teaser summaries) count for less than paragraphs.
                let text = Double(block.chars - block.linkChars)
                g = text * min(1, max(shortParagraphWeight, text / fullParagraphChars))
                if let hint = hintWords, hint.count > 50, hint.containsMost(of: block.text) { g *= 1.5 }
            } else if block.furnitureAncestor >= 0 {
                b += furniturePenalty * Double(block.chars - block.linkChars)
            }
            if g == 0 && b == 0 { continue }
            var n = block.container
            while n >= 0 {
                good[n] += g
                bad[n] += b
                n = Int(doc.parent[n])
            }
        }
        var best = -1
        var bestScore = 0.0
        for n in 0..<doc.count where doc.kind[n] == .element && good[n] > 0 {
            var score = good[n] - linkPenalty * bad[n]
            if isArticleHint(doc, n) { score += 0.1 * good[n] }
            // Deeper wins ties: a parent with nothing more to add is no better.
            if score > bestScore + 0.5 || (best >= 0 && abs(score - bestScore) <= 0.5 && doc.isInside(n, best)) {
                best = n
                bestScore = score
            }
        }
        guard best >= 0 else { return nil }
        return Result(container: best, goodChars: Int(good[best]))
    }

    static func isGood(_ block: Block, ignoringFurniture: Bool = false) -> Bool {
        !block.teaser && block.chars >= minimumGoodChars && block.linkDensity <= maximumGoodLinkDensity
            && (ignoringFurniture || block.furnitureAncestor < 0) && block.heading != 1
            && block.boilerplate == nil
    }

    static func isArticleHint(_ doc: HTMLDocument, _ n: Int) -> Bool {
        if doc.name[n] == "article" { return true }
        if let p = doc.attr(n, "itemprop"), p.lowercased() == "articlebody" { return true }
        return false
    }
}
