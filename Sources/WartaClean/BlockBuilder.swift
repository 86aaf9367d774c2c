import WartaPage
/// Walks a document and cuts its visible text into `Block`s, skipping junk
/// elements (scripts, forms, navigation, captions) and hidden ones.
struct BlockBuilder {
    let doc: HTMLDocument
    private(set) var blocks: [Block] = []

    private var buffer = ""
    private var bufferLinkChars = 0
    private var containers: [Int] = []
    private var linkDepth = 0
    private var headingLevels: [Int] = []
    private var listDepth = 0
    private var cellDepth = 0
    private var quoteDepth = 0
    private var furniture: [Int] = []
    /// Pages repeat the same class names: judge each class/id/role once.
    private var furnitureCache: [String: Bool] = [:]

    init(doc: HTMLDocument) {
        self.doc = doc
    }

    static func build(_ doc: HTMLDocument) -> [Block] {
        var builder = BlockBuilder(doc: doc)
        for root in doc.roots { builder.visit(root) }
        builder.flush()
        return builder.blocks
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        let text = TextNormalizer.fold(buffer)
        let linkChars = bufferLinkChars
        buffer = ""
        bufferLinkChars = 0
        guard !text.isEmpty else { return }
        let chars = text.unicodeScalars.count
        blocks.append(Block(
            text: text, container: containers.last ?? -1, chars: chars,
            linkChars: min(linkChars, chars), heading: headingLevels.last ?? 0,
            inListItem: listDepth > 0, furnitureAncestor: furniture.last ?? -1, furnitureChain: furniture,
            inTableCell: cellDepth > 0, inBlockquote: quoteDepth > 0))
        blocks[blocks.count - 1].boilerplate = BoilerplateLines.reason(text)
    }

    private mutating func visit(_ node: Int) {
        if doc.kind[node] == .text {
            let t = doc.text[node]
            buffer += t
            if linkDepth > 0 { bufferLinkChars += Self.visibleChars(t) }
            return
        }
        let name = doc.name[node]
        if name == "br" { flush(); return }
        if Tags.junk.contains(name) || ElementHints.isHidden(doc, node) { return }
        if name == "script" { return }
        let isBlock = Tags.block.contains(name)
        if isBlock { flush(); containers.append(node) }
        let heading = Tags.headingLevel(name)
        if heading > 0 { headingLevels.append(heading) }
        let isFurniture = !Self.neverFurniture.contains(name) && furnitureHint(node)
        if isFurniture { furniture.append(node) }
        if name == "a" { linkDepth += 1 }
        if name == "li" || name == "dd" || name == "dt" { listDepth += 1 }
        if name == "td" || name == "th" { cellDepth += 1 }
        if name == "blockquote" { quoteDepth += 1 }

        var child = doc.firstChild[node]
        while child >= 0 {
            visit(Int(child))
            child = doc.nextSibling[Int(child)]
        }

        // Text still buffered belongs to this element: flush before leaving it.
        if isBlock { flush() }
        if name == "a" { linkDepth -= 1 }
        if name == "li" || name == "dd" || name == "dt" { listDepth -= 1 }
        if name == "td" || name == "th" { cellDepth -= 1 }
        if name == "blockquote" { quoteDepth -= 1 }
        if isFurniture { furniture.removeLast() }
        if heading > 0 { headingLevels.removeLast() }
        if isBlock { containers.removeLast() }
    }

    private mutating func furnitureHint(_ node: Int) -> Bool {
        let cls = doc.attr(node, "class"), id = doc.attr(node, "id"), role = doc.attr(node, "role")
        if cls == nil && id == nil && role == nil { return false }
        let key = (cls ?? "") + "\u{1}" + (id ?? "") + "\u{1}" + (role ?? "")
        if let known = furnitureCache[key] { return known }
        let value = ElementHints.isFurniture(doc, node)
        furnitureCache[key] = value
        return value
    }

    static let neverFurniture: Set<String> = ["html", "body", "main"]

    static func visibleChars(_ s: String) -> Int {
        var n = 0
        var lastSpace = true
        for u in s.unicodeScalars {
            if TextNormalizer.isSpace(u) {
                if !lastSpace { n += 1 }
                lastSpace = true
            } else {
                n += 1
                lastSpace = false
            }
        }
        return n
    }
}
