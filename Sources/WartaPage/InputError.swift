/// Why an input file could not be turned into an article. Each case reads as
/// one clear reason on stderr and in the errors file.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(String)
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case binary
    case corruptGzip
    case truncated
    case undecodable(String)
    case unsupportedCharset(String)
    case unparsable
    case noArticleText

    public var description: String {
        switch self {
        case .unreadable(let why): return "unreadable: \(why)"
        case .empty: return "empty file"
        case .tooLarge(let bytes, let limit): return "too large: \(bytes) bytes, limit is \(limit) bytes (--max-bytes)"
        case .binary: return "binary data, not a page or a text dump"
        case .corruptGzip: return "corrupt or truncated gzip data"
        case .truncated: return "truncated page: the HTML stops inside a tag"
        case .undecodable(let why): return "undecodable text: \(why)"
        case .unsupportedCharset(let name): return "unsupported charset \"\(name)\""
        case .unparsable: return "libxml2 could not parse the page"
        case .noArticleText: return "no article text found"
        }
    }
}
