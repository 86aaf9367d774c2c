import Foundation
import WartaExport
import WartaExtract

/// The tables of `warta stats`, gathered record by record: agencies,
/// officials and places by number of articles, places rolled up to their
/// province, laws, mentions by published month, and the figures table
/// (streamed to CSV, its first rows kept for the terminal).
public final class Statistics {
    public struct Count: Sendable {
        public var key: [String]     // the row's identifying columns
        public var articles: Int
    }

    public private(set) var articles = 0
    var agencies: [String: (acronym: String, kind: String, articles: Int)] = [:]
    var officials: [String: (name: String, titles: [String: Int], organizations: [String: Int], articles: Int)] = [:]
    var places: [String: (name: String, kind: String, province: String, articles: Int)] = [:]
    var provinces: [String: Int] = [:]
    var laws: [String: (type: String, number: String, year: String, articles: Int)] = [:]
    var months: [String: [Int]] = [:]   // month → [articles, officials, agencies, places, figures, laws]
    public private(set) var figureRows = 0
    var firstFigures: [[String]] = []
    let figuresCSV: CSVWriter?
    let keepFigures: Int

    public static let figureHeader = ["value", "unit", "noun", "text", "place", "agency", "article", "published", "sentence"]

    public init(figuresCSV: String? = nil, keepFigures: Int = 20) throws {
        self.figuresCSV = try figuresCSV.map { try CSVWriter(path: $0, header: Self.figureHeader) }
        self.keepFigures = keepFigures
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }

    public func add(_ r: Record) throws {
        articles += 1
        for a in r.agencies {
            var e = agencies[a.name] ?? (a.acronym ?? "", a.kind ?? "", 0)
            e.articles += 1
            agencies[a.name] = e
        }
        for o in r.officials {
            let key = o.name.lowercased()
            var e = officials[key] ?? (o.name, [:], [:], 0)
            e.articles += 1
            if let t = o.title { e.titles[t, default: 0] += 1 }
            if let org = o.organization { e.organizations[org, default: 0] += 1 }
            officials[key] = e
        }
        var provincesHere = Set<String>()
        for p in r.places {
            let key = p.name + "|" + p.kind
            var e = places[key] ?? (p.name, p.kind, p.province ?? "", 0)
            e.articles += 1
            places[key] = e
            if p.kind == "province" { provincesHere.insert(p.name) }
            if let prov = p.province { provincesHere.insert(prov) }
        }
        for prov in provincesHere { provinces[prov, default: 0] += 1 }
        for l in r.laws {
            let key = "\(l.type) \(l.number) \(l.year.map(String.init) ?? "")"
            var e = laws[key] ?? (l.type, l.number, l.year.map(String.init) ?? "", 0)
            e.articles += 1
            laws[key] = e
        }
        let month = r.published.map { String($0.prefix(7)) } ?? "unknown"
        var m = months[month] ?? [0, 0, 0, 0, 0, 0]
        m[0] += 1
        m[1] += r.officials.count; m[2] += r.agencies.count; m[3] += r.places.count; m[4] += r.figures.count; m[5] += r.laws.count
        months[month] = m
        for f in r.figures {
            let row = [Self.number(f.value), f.unit, f.noun ?? "", f.text, f.place ?? "", f.agency ?? "", r.source, r.published ?? "", f.sentence]
            try figuresCSV?.row(row)
            if firstFigures.count < keepFigures { firstFigures.append(row) }
            figureRows += 1
        }
    }

    func top<T>(_ d: [String: T], by count: (T) -> Int) -> [(String, T)] {
        d.sorted { count($0.value) != count($1.value) ? count($0.value) > count($1.value) : $0.key < $1.key }
    }

    /// Every table as header + rows, sorted by number of articles (then name).
    public func tables() -> [(name: String, header: [String], rows: [[String]])] {
        func mostCommon(_ d: [String: Int]) -> String { d.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? "" }
        return [
            ("agencies", ["agency", "acronym", "kind", "articles"],
             top(agencies) { $0.articles }.map { [$0.0, $0.1.acronym, $0.1.kind, String($0.1.articles)] }),
            ("officials", ["name", "title", "organization", "articles"],
             top(officials) { $0.articles }.map { [$0.1.name, mostCommon($0.1.titles), mostCommon($0.1.organizations), String($0.1.articles)] }),
            ("places", ["place", "kind", "province", "articles"],
             top(places) { $0.articles }.map { [$0.1.name, $0.1.kind, $0.1.province, String($0.1.articles)] }),
            ("provinces", ["province", "articles"],
             top(provinces) { $0 }.map { [$0.0, String($0.1)] }),
            ("laws", ["type", "number", "year", "articles"],
             top(laws) { $0.articles }.map { [$0.1.type, $0.1.number, $0.1.year, String($0.1.articles)] }),
            ("months", ["month", "articles", "officials", "agencies", "places", "figures", "laws"],
             months.sorted { $0.key < $1.key }.map { [$0.key] + $0.value.map(String.init) }),
        ]
    }

    public func finish() throws { try figuresCSV?.close() }

    public func writeCSV(folder: String) throws {
        for t in tables() {
            let w = try CSVWriter(path: (folder as NSString).appendingPathComponent(t.name + ".csv"), header: t.header)
            for r in t.rows { try w.row(r) }
            try w.close()
        }
    }

    public func markdown(limit: Int) -> String {
        var out = "# Warta statistics: \(articles) articles\n"
        for t in tables() {
            out += "\n## \(t.name) (\(t.rows.count) rows\(t.rows.count > limit ? ", first \(limit)" : ""))\n\n"
            out += Self.markdownTable(t.header, Array(t.rows.prefix(limit)))
        }
        out += "\n## figures (\(figureRows) rows\(figureRows > firstFigures.count ? ", first \(firstFigures.count)" : ""))\n\n"
        out += Self.markdownTable(Self.figureHeader, firstFigures.map { row in row.map { $0.count > 80 ? String($0.prefix(77)) + "..." : $0 } })
        return out
    }

    static func markdownTable(_ header: [String], _ rows: [[String]]) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var out = "| " + header.joined(separator: " | ") + " |\n|" + header.map { _ in "---|" }.joined() + "\n"
        for r in rows { out += "| " + r.map(cell).joined(separator: " | ") + " |\n" }
        return out
    }
}
