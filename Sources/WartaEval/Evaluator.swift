import Foundation
import WartaExport
import WartaPage

/// `warta eval`: pairs every `NAME.gold.json` with its page (or with
/// `NAME.json` in a predictions folder) and sums the scores.
public struct Evaluator {
    public struct Case: Sendable {
        public var name: String
        public var goldPath: String
        public var pagePath: String?
    }

    public struct Report: Sendable {
        public var articles = 0
        public var failures: [String] = []
        public var body = SetScore()
        public var title = Accuracy()
        public var published = Accuracy()
        public var publisher = Accuracy()
        public var authors = SetScore()
        public var lists: [String: SetScore] = [:]
        public var officialTitle = Accuracy()
        public var officialOrganization = Accuracy()
        public var perArticle: [(name: String, score: ArticleScore)] = []

        mutating func add(_ name: String, _ s: ArticleScore) {
            articles += 1
            body += s.body
            for (flag, acc) in [(s.title, \Report.title), (s.published, \Report.published), (s.publisher, \Report.publisher)] {
                if let ok = flag { self[keyPath: acc].total += 1; if ok { self[keyPath: acc].right += 1 } }
            }
            authors += s.authors
            for field in FieldScorer.listFields { if let v = s.lists[field] { lists[field, default: SetScore()] += v } }
            officialTitle.right += s.officialTitle.right; officialTitle.total += s.officialTitle.total
            officialOrganization.right += s.officialOrganization.right; officialOrganization.total += s.officialOrganization.total
            perArticle.append((name, s))
        }
    }

    public var pipeline: Pipeline

    public init(pipeline: Pipeline = Pipeline()) {
        self.pipeline = pipeline
    }

    static let pageExtensions = [".html", ".htm", ".html.gz", ".htm.gz", ".txt"]

    public static func cases(in folder: String) throws -> [Case] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw Pipeline.Failure(source: folder, stage: "eval", reason: "not a folder")
        }
        var out: [Case] = []
        let walker = fm.enumerator(atPath: folder)
        while let rel = walker?.nextObject() as? String {
            guard rel.hasSuffix(".gold.json") else { continue }
            let name = String(rel.dropLast(".gold.json".count))
            let base = (folder as NSString).appendingPathComponent(name)
            let page = pageExtensions.map { base + $0 }.first { fm.fileExists(atPath: $0) }
            out.append(Case(name: name, goldPath: (folder as NSString).appendingPathComponent(rel), pagePath: page))
        }
        return out.sorted { $0.name < $1.name }
    }

    /// Scores every case; `predictions` is a folder of `NAME.json` records,
    /// or nil to run Warta's own extraction on the pages.
    public func run(goldFolder: String, predictions: String?) throws -> Report {
        var report = Report()
        for c in try Self.cases(in: goldFolder) {
            guard let goldData = FileManager.default.contents(atPath: c.goldPath),
                  let gold = try? JSONSerialization.jsonObject(with: goldData) as? [String: Any] else {
                report.failures.append("\(c.goldPath): not a gold JSON object")
                continue
            }
            var predicted: [String: Any] = [:]
            if let predictions {
                let path = (predictions as NSString).appendingPathComponent(c.name + ".json")
                if let data = FileManager.default.contents(atPath: path),
                   let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
                    predicted = object
                } else {
                    report.failures.append("\(path): missing or unreadable prediction (scored as empty)")
                }
            } else if let page = c.pagePath {
                do {
                    let format = PageDecoder.format(ofPath: page) ?? .html
                    let record = try pipeline.record(bytes: try pipeline.read(page), format: format, source: page,
                                                     url: gold["url"] as? String)
                    let data = try RecordCoder.encode(record, pretty: false)
                    predicted = (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
                } catch {
                    report.failures.append("\(error) (scored as empty)")
                }
            } else {
                report.failures.append("\(c.goldPath): no page beside it (NAME.html, .htm, .html.gz or .txt)")
                continue
            }
            report.add(c.name, FieldScorer.score(gold: gold, predicted: predicted))
        }
        return report
    }
}
