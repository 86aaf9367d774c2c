import WartaClean
import WartaExtract

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
    public var officials: [Official]
    public var agencies: [Agency]
    public var places: [Place]
    public var figures: [Figure]
    public var laws: [Law]

    public init(source: String, article: Article, entities: Entities = Entities()) {
        self.officials = entities.officials
        self.agencies = entities.agencies
        self.places = entities.places
        self.figures = entities.figures
        self.laws = entities.laws
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
        case officials, agencies, places, figures, laws
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher)
        authors = try c.decodeIfPresent([String].self, forKey: .authors) ?? []
        dateline = try c.decodeIfPresent(String.self, forKey: .dateline)
        body = try c.decode(String.self, forKey: .body)
        paragraphs = try c.decodeIfPresent([Paragraph].self, forKey: .paragraphs) ?? []
        warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
        officials = try c.decodeIfPresent([Official].self, forKey: .officials) ?? []
        agencies = try c.decodeIfPresent([Agency].self, forKey: .agencies) ?? []
        places = try c.decodeIfPresent([Place].self, forKey: .places) ?? []
        figures = try c.decodeIfPresent([Figure].self, forKey: .figures) ?? []
        laws = try c.decodeIfPresent([Law].self, forKey: .laws) ?? []
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
        try c.encode(officials, forKey: .officials)
        try c.encode(agencies, forKey: .agencies)
        try c.encode(places, forKey: .places)
        try c.encode(figures, forKey: .figures)
        try c.encode(laws, forKey: .laws)
    }
}
