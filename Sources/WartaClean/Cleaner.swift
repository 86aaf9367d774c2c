import WartaPage

/// Stage 1 of the pipeline: a decoded `Page` in, an `Article` out.
public struct Cleaner: Sendable {
    public init() {}

    public func clean(_ page: Page) throws -> Article {
        var article: Article
        switch page.content {
        case .html(let bytes, let charset):
            do {
                article = try HTMLCleaner().clean(bytes: bytes, charset: charset, url: page.url)
            } catch {
                throw InputError.unparsable
            }
        case .text(let text):
            article = TextDumpCleaner().clean(text: text)
            if article.url == nil { article.url = page.url }
        }
        article.warnings = page.warnings + article.warnings
        if article.paragraphs.isEmpty { throw InputError.noArticleText }
        return article
    }
}
