/// A run of text that a browser shows as one block: a paragraph, a heading,
/// a list item, or a piece of a `<div>` between `<br>` breaks.
struct Block: Sendable {
    var text: String
    /// The nearest block-level element holding the text.
    var container: Int
    /// Characters (Unicode scalars) of the text, and of the part inside links.
    var chars: Int
    var linkChars: Int
    /// 1–6 inside `<h1>`–`<h6>`, else 0.
    var heading: Int
    var inListItem: Bool
    /// The nearest ancestor named like page furniture, or -1.
    var furnitureAncestor: Int
    /// All ancestors named like furniture, nearest last.
    var furnitureChain: [Int]
    var inTableCell: Bool
    /// The summary of a teaser card (a headline link and one blurb): another story, not this one.
    var teaser = false
    /// Why the text reads as furniture ("read-also link", "reporter line" ...), computed once.
    var boilerplate: String?
    var inBlockquote: Bool

    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}
