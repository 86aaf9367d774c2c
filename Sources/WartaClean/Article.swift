/// A cleaned article: the page's own text and metadata, boilerplate removed.
public struct Article: Sendable, Equatable {
    public var title: String?
    /// ISO 8601 date (`YYYY-MM-DD`) the page states it was published.
    public var published: String?
    public var publisher: String?
    public var authors: [String]
    /// The dateline place ("Palu" in "Palu (ANTARA) - ...").
    public var dateline: String?
    public var paragraphs: [String]
    public var url: String?
    /// Non-fatal notes about the page (repaired bytes, fallbacks taken).
    public var warnings: [String]

    public init(title: String? = nil, published: String? = nil, publisher: String? = nil,
                authors: [String] = [], dateline: String? = nil, paragraphs: [String] = [],
                url: String? = nil, warnings: [String] = []) {
        self.title = title
        self.published = published
        self.publisher = publisher
        self.authors = authors
        self.dateline = dateline
        self.paragraphs = paragraphs
        self.url = url
        self.warnings = warnings
    }

    /// Paragraphs separated by a blank line, as GOLD-FORMAT.md's `body`.
    public var body: String { paragraphs.joined(separator: "\n\n") }
}
