import WartaClean

/// The JSON record written for one article. Its first fields carry
/// GOLD-FORMAT.md's names and meanings (`title`, `published`, `publisher`,
/// `authors`, `body`); the rest help an analyst audit it.
///
/// Offsets (`paragraphs[].start`/`end`) count Unicode scalars (code points)
/// from the start of `body`, as Python's `str` indexes text.
public struct Record: Codable, Equatable, Sendable {
    public struct Paragraph: Codable, Equatable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
    }

    public var source: String
    public var url: String?
    public var title: String?
    public var published: String?
    public var publisher: String?
    public var authors: [String]
    public var dateline: String?
    public var body: String
    public var paragraphs: [Paragraph]
    public var warnings: [String]

    public init(source: String, article: Article) {
        self.source = source
        self.url = article.url
        self.title = article.title
        self.published = article.published
        self.publisher = article.publisher
        self.authors = article.authors
        self.dateline = article.dateline
        self.body = article.body
        self.warnings = article.warnings
        var offset = 0
        var paragraphs: [Paragraph] = []
        for text in article.paragraphs {
            let length = text.unicodeScalars.count
            paragraphs.append(Paragraph(start: offset, end: offset + length, text: text))
            offset += length + 2
        }
        self.paragraphs = paragraphs
    }

    enum CodingKeys: String, CodingKey {
        case source, url, title, published, publisher, authors, dateline, body, paragraphs, warnings
    }

    // Missing values are written as null, as in the gold files.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
        try c.encode(title, forKey: .title)
        try c.encode(published, forKey: .published)
        try c.encode(publisher, forKey: .publisher)
        try c.encode(authors, forKey: .authors)
        try c.encode(dateline, forKey: .dateline)
        try c.encode(body, forKey: .body)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(warnings, forKey: .warnings)
    }
}
