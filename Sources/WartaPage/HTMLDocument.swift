import CHTML

/// A parsed HTML page as flat arrays: element and text nodes in document
/// order, linked by parent / first child / next sibling indices.
///
/// Built by libxml2 (through CHTML) from the raw bytes, so the page's own
/// charset declaration is honoured. Script text is kept only for JSON
/// blocks (JSON-LD), style text never, comments never.
public struct HTMLDocument: Sendable {
    public enum Kind: UInt8, Sendable { case element, text }

    public private(set) var kind: [Kind] = []
    public private(set) var parent: [Int32] = []
    public private(set) var firstChild: [Int32] = []
    public private(set) var nextSibling: [Int32] = []
    /// Lower-case tag name for elements, "" for text nodes.
    public private(set) var name: [String] = []
    /// Text for text nodes, "" for elements.
    public private(set) var text: [String] = []
    private var attrRange: [Range<Int32>] = []
    private var attrNames: [String] = []
    private var attrValues: [String] = []

    public var count: Int { kind.count }

    /// Parses `bytes`; `encoding` nil lets libxml2 read the page's declaration.
    public init?(bytes: [UInt8], encoding: String?) {
        let parsed: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                if let encoding {
                    return encoding.withCString { chtml_parse(base, buffer.count, $0) }
                }
                return chtml_parse(base, buffer.count, nil)
            }
        }
        guard let doc = parsed else { return nil }
        defer { chtml_free(doc) }
        let n = chtml_node_count(doc)
        let nodes = UnsafeBufferPointer(start: chtml_nodes(doc), count: n)
        let attrs = UnsafeBufferPointer(start: chtml_attrs(doc), count: chtml_attr_count(doc))
        let pool = chtml_pool(doc)!
        kind.reserveCapacity(n); parent.reserveCapacity(n); firstChild.reserveCapacity(n)
        nextSibling.reserveCapacity(n); name.reserveCapacity(n); text.reserveCapacity(n)
        attrRange.reserveCapacity(n)
        func pooled(_ offset: UInt32) -> String { String(cString: pool + Int(offset)) }
        for node in nodes {
            parent.append(node.parent)
            firstChild.append(node.first_child)
            nextSibling.append(node.next_sibling)
            if node.kind == Int32(CHTML_TEXT) {
                kind.append(.text)
                name.append("")
                let raw = UnsafeRawPointer(pool + Int(node.text)).assumingMemoryBound(to: UInt8.self)
                text.append(String(decoding: UnsafeBufferPointer(start: raw, count: Int(node.text_len)), as: UTF8.self))
                attrRange.append(0..<0)
            } else {
                kind.append(.element)
                text.append("")
                name.append(pooled(node.name))
                let start = Int32(attrNames.count)
                for i in Int(node.attr_start)..<Int(node.attr_start + node.attr_count) {
                    attrNames.append(pooled(attrs[i].name))
                    let raw = UnsafeRawPointer(pool + Int(attrs[i].value)).assumingMemoryBound(to: UInt8.self)
                    attrValues.append(String(decoding: UnsafeBufferPointer(start: raw, count: Int(attrs[i].value_len)), as: UTF8.self))
                }
                attrRange.append(start..<Int32(attrNames.count))
            }
        }
    }

    /// The value of attribute `attribute` (lower case) on node `node`.
    public func attr(_ node: Int, _ attribute: String) -> String? {
        for i in attrRange[node] where attrNames[Int(i)] == attribute { return attrValues[Int(i)] }
        return nil
    }

    /// All attributes of `node`, in source order.
    public func attributes(_ node: Int) -> [(name: String, value: String)] {
        attrRange[node].map { (attrNames[Int($0)], attrValues[Int($0)]) }
    }

    /// Children of `node` in order.
    public func children(_ node: Int) -> [Int] {
        var out: [Int] = []
        var c = firstChild[node]
        while c >= 0 { out.append(Int(c)); c = nextSibling[Int(c)] }
        return out
    }

    /// Indices of root nodes (usually just `<html>`).
    public var roots: [Int] { (0..<count).filter { parent[$0] < 0 } }

    /// All elements named `tag`, in document order.
    public func elements(named tag: String) -> [Int] {
        (0..<count).filter { kind[$0] == .element && name[$0] == tag }
    }

    /// True when `node` lies inside `ancestor` (or is it).
    public func isInside(_ node: Int, _ ancestor: Int) -> Bool {
        var n = node
        while n >= 0 {
            if n == ancestor { return true }
            n = Int(parent[n])
        }
        return false
    }

    /// The concatenated text of `node`'s subtree (raw, whitespace as in the page).
    public func textContent(_ node: Int) -> String {
        if kind[node] == .text { return text[node] }
        var out = ""
        var stack: [Int] = []
        var c = firstChild[node]
        while c >= 0 { stack.append(Int(c)); c = nextSibling[Int(c)] }
        stack.reverse()
        while let n = stack.popLast() {
            if kind[n] == .text { out += text[n]; continue }
            var kids: [Int] = []
            var k = firstChild[n]
            while k >= 0 { kids.append(Int(k)); k = nextSibling[Int(k)] }
            stack.append(contentsOf: kids.reversed())
        }
        return out
    }
}
