/// One input article before cleaning: an HTML page (raw bytes plus the
/// charset to read them with) or a text dump (already decoded).
public struct Page: Sendable {
    public enum Content: Sendable {
        /// Raw HTML bytes and the charset libxml2 should read them with.
        case html(bytes: [UInt8], charset: String)
        /// A text dump: the text of a page copied with its boilerplate lines.
        case text(String)
    }

    /// Where the page came from (a path, or `file:line` for JSON Lines input).
    public var source: String
    public var content: Content
    /// The page's URL when known (JSON Lines input, canonical link).
    public var url: String?
    /// Things worth knowing that did not stop the page (e.g. repaired bytes).
    public var warnings: [String]

    public init(source: String, content: Content, url: String? = nil, warnings: [String] = []) {
        self.source = source
        self.content = content
        self.url = url
        self.warnings = warnings
    }
}
