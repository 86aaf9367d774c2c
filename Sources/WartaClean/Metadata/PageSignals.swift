import WartaPage
import Foundation

/// What a page says about itself outside its running text: `<meta>` tags,
/// JSON-LD objects, `<title>`, canonical URL, `<time>` elements and `<h1>`s.
/// Gathered once; the finders for title, date, authors and publisher read it.
struct PageSignals {
    /// Meta values by lower-case `property`/`name`/`itemprop`, in page order.
    var meta: [String: [String]] = [:]
    /// JSON-LD objects of article types (NewsArticle, Article, ...), in page order.
    var articleObjects: [[String: Any]] = []
    /// Other JSON-LD objects (WebPage, Organization, ...).
    var otherObjects: [[String: Any]] = []
    var titleTag: String?
    var canonical: String?
    var h1s: [(node: Int, text: String)] = []
    var times: [(node: Int, datetime: String?, text: String)] = []

    init(doc: HTMLDocument) {
        for n in 0..<doc.count where doc.kind[n] == .element {
            switch doc.name[n] {
            case "meta":
                guard let content = doc.attr(n, "content") else { continue }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let k = doc.attr(n, key) { meta[k.lowercased(), default: []].append(content) }
                }
            case "title":
                if titleTag == nil { titleTag = TextNormalizer.fold(doc.textContent(n)) }
            case "link":
                if let rel = doc.attr(n, "rel")?.lowercased(), rel == "canonical", let href = doc.attr(n, "href") {
                    canonical = canonical ?? href
                }
            case "script":
                if let type = doc.attr(n, "type")?.lowercased(), type.containsBytes("ld+json") {
                    collectJSONLD(doc.textContent(n))
                }
            case "h1":
                let t = TextNormalizer.fold(doc.textContent(n))
                if !t.isEmpty && !ElementHints.isHidden(doc, n) { h1s.append((n, t)) }
            case "time":
                times.append((n, doc.attr(n, "datetime"), TextNormalizer.fold(doc.textContent(n))))
            default:
                if let prop = doc.attr(n, "itemprop")?.lowercased(), prop == "datepublished" || prop == "author" || prop == "headline" {
                    let value = doc.attr(n, "content") ?? doc.attr(n, "datetime") ?? TextNormalizer.fold(doc.textContent(n))
                    if !value.isEmpty { meta["itemprop:" + prop, default: []].append(value) }
                }
            }
        }
    }

    func first(_ keys: String...) -> String? {
        for k in keys {
            if let v = meta[k]?.first(where: { !$0.trimmingCharacters(in: [" "]).isEmpty }) {
                return TextNormalizer.fold(v)
            }
        }
        return nil
    }

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting", "socialmediaposting", "scholarlyarticle",
        "techarticle", "report", "claimreview", "reportagenewsarticle",
    ]

    private mutating func collectJSONLD(_ raw: String) {
        let cleaned = raw.trimmingCharacters(in: [" ", "\n", "\t", "\r"])
        guard let data = cleaned.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
        visit(json)
    }

    private mutating func visit(_ json: Any) {
        if let array = json as? [Any] { array.forEach { visit($0) }; return }
        guard let object = json as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph) }
        let types: [String]
        if let t = object["@type"] as? String { types = [t] }
        else if let t = object["@type"] as? [String] { types = t }
        else { types = [] }
        let lower = types.map { $0.lowercased() }
        if lower.contains(where: { Self.articleTypes.contains($0) || $0.hasSuffix("article") || $0.hasSuffix("posting") }) {
            articleObjects.append(object)
        } else if !types.isEmpty {
            otherObjects.append(object)
            if let main = object["mainEntity"] { visit(main) }
        }
    }

    /// A string field of the first article object that has it.
    func jsonLD(_ key: String) -> String? {
        for o in articleObjects {
            if let s = o[key] as? String, !s.isEmpty { return TextNormalizer.fold(s) }
        }
        return nil
    }

    /// Names of people in a JSON-LD author field: organisations are not reporters.
    static func personNames(_ value: Any?) -> [String] {
        switch value {
        case let o as [String: Any]:
            if let t = o["@type"] as? String, t.lowercased().containsBytes("organization") { return [] }
            return names(o)
        case let a as [Any]: return a.flatMap { personNames($0) }
        default: return names(value)
        }
    }

    /// Names in a JSON-LD person/organisation field (string, object, array).
    static func names(_ value: Any?) -> [String] {
        switch value {
        case let s as String: return [s]
        case let o as [String: Any]:
            if let n = o["name"] as? String { return [n] }
            if let n = o["name"] as? [String] { return n }
            return []
        case let a as [Any]: return a.flatMap { names($0) }
        default: return []
        }
    }
}
