/// Scores one predicted record against one gold file, field by field, as
/// GOLD-FORMAT.md defines it. Records and gold are read as JSON objects, so
/// any tool's output in the gold format can be scored the same way.
public struct ArticleScore: Sendable {
    public var body = SetScore()
    public var title: Bool?
    public var published: Bool?
    public var publisher: Bool?
    public var authors = SetScore()
    public var lists: [String: SetScore] = [:]
    public var officialTitle = Accuracy()
    public var officialOrganization = Accuracy()
    /// Human-readable misses and extras, for `--verbose`.
    public var notes: [String] = []
}

public enum FieldScorer {
    public static let listFields = ["officials", "agencies", "places", "figures", "laws"]

    public static func score(gold: [String: Any], predicted: [String: Any]) -> ArticleScore {
        var s = ArticleScore()
        if let goldBody = gold["body"] as? String {
            let g = Tokens.words(goldBody)
            let p = Tokens.words(predicted["body"] as? String ?? "")
            s.body.truePositives = Tokens.overlap(g, p)
            s.body.gold = g.count
            s.body.predicted = p.count
        }
        for key in ["title", "published", "publisher"] where gold.keys.contains(key) {
            let g = folded(gold[key] as? String)
            let p = folded(predicted[key] as? String)
            let ok = g == p
            switch key {
            case "title": s.title = ok
            case "published": s.published = ok
            default: s.publisher = ok
            }
            if !ok { s.notes.append("\(key): expected \(g.map { "\"\($0)\"" } ?? "null"), got \(p.map { "\"\($0)\"" } ?? "null")") }
        }
        if let goldAuthors = gold["authors"] as? [Any] {
            let g = goldAuthors.compactMap { ($0 as? String).map(nameKey) }
            let p = (predicted["authors"] as? [Any] ?? []).compactMap { ($0 as? String).map(nameKey) }
            s.authors = matchSets(g, p, label: "authors", notes: &s.notes) { $0 == $1 }
        }
        for field in listFields {
            guard let goldItems = gold[field] as? [[String: Any]] else { continue }
            let predItems = predicted[field] as? [[String: Any]] ?? []
            switch field {
            case "officials":
                var pairs: [(Int, Int)] = []
                s.lists[field] = matchObjects(goldItems, predItems, label: field, notes: &s.notes, describe: { nameKey($0["name"] as? String ?? "") }, pairs: &pairs) {
                    nameKey($0["name"] as? String ?? "") == nameKey($1["name"] as? String ?? "")
                }
                for (gi, pi) in pairs {
                    for (attr, acc) in [("title", \ArticleScore.officialTitle), ("organization", \ArticleScore.officialOrganization)] {
                        let g = folded(goldItems[gi][attr] as? String)?.lowercased()
                        let p = folded(predItems[pi][attr] as? String)?.lowercased()
                        let ok: Bool
                        if let g, let p { ok = g.contains(p) || p.contains(g) } else { ok = g == nil && p == nil }
                        s[keyPath: acc].total += 1
                        if ok { s[keyPath: acc].right += 1 } else {
                            s.notes.append("officials \(goldItems[gi]["name"] as? String ?? "?") \(attr): expected \(g ?? "null"), got \(p ?? "null")")
                        }
                    }
                }
            case "agencies", "places":
                var pairs: [(Int, Int)] = []
                s.lists[field] = matchObjects(goldItems, predItems, label: field, notes: &s.notes, describe: { $0["name"] as? String ?? "?" }, pairs: &pairs) {
                    !Set(forms($0)).isDisjoint(with: forms($1))
                }
            case "figures":
                var pairs: [(Int, Int)] = []
                s.lists[field] = matchObjects(goldItems, predItems, label: field, notes: &s.notes, describe: { "\($0["text"] as? String ?? "") = \(number($0["value"]).map { "\($0)" } ?? "?") \($0["unit"] as? String ?? "?")" }, pairs: &pairs) {
                    guard let gu = ($0["unit"] as? String)?.lowercased(), let pu = ($1["unit"] as? String)?.lowercased(), gu == pu,
                          let gv = number($0["value"]), let pv = number($1["value"]) else { return false }
                    return abs(gv - pv) <= 0.01 * max(abs(gv), abs(pv)) || gv == pv
                }
            default:
                var pairs: [(Int, Int)] = []
                s.lists[field] = matchObjects(goldItems, predItems, label: field, notes: &s.notes, describe: lawKey, pairs: &pairs) {
                    lawKey($0) == lawKey($1)
                }
            }
        }
        return s
    }

    static func folded(_ s: String?) -> String? {
        guard let s else { return nil }
        let words = s.split(whereSeparator: { $0.isWhitespace })
        return words.joined(separator: " ")
    }

    static func number(_ v: Any?) -> Double? {
        switch v {
        case let d as Double: return d
        case let i as Int: return Double(i)
        case let s as String: return Double(s)
        default: return nil
        }
    }

    static func forms(_ item: [String: Any]) -> [String] {
        var out: [String] = []
        for key in ["name", "acronym"] { if let s = item[key] as? String { out.append(s) } }
        for a in item["aliases"] as? [Any] ?? [] { if let s = a as? String { out.append(s) } }
        return out.compactMap { folded($0)?.lowercased() }.filter { !$0.isEmpty }
    }

    static func lawKey(_ item: [String: Any]) -> String {
        let type = (item["type"] as? String ?? "").lowercased()
        var num = (item["number"] as? String) ?? number(item["number"]).map { String(Int($0)) } ?? ""
        num = num.trimmingCharacters(in: [" "])
        let year = number(item["year"]).map { String(Int($0)) } ?? "null"
        return "\(type) \(num) \(year)"
    }

    /// Honorifics and degrees that do not count in an official's name.
    static let honorifics: Set<String> = ["bapak", "pak", "ibu", "bu", "h", "hj", "dr", "drs", "dra", "ir", "prof", "kh", "haji", "hajjah", "tuan", "nyonya", "sdr", "saudara"]
    static let degrees: Set<String> = ["sh", "se", "ssos", "spd", "skom", "st", "msi", "mm", "mh", "mpd", "mba", "phd", "sip", "map", "sag", "mkes", "mt", "msc", "ma", "skm", "ked", "sked", "spog", "mkn", "lc", "mag", "mpa", "ssi", "shi", "sp", "mp", "ak", "cpa", "ca", "mse", "dea", "sth", "sstp", "mikom", "ssn", "shum", "spsi", "msn", "mars", "mkm", "amd", "spa", "sppd", "sptp", "mtp"]

    public static func nameKey(_ name: String) -> String {
        var main = name
        if let comma = main.firstIndex(of: ",") { main = String(main[..<comma]) }
        let tokens = main.lowercased().split(whereSeparator: { $0.isWhitespace })
        var kept: [String] = []
        for (i, t) in tokens.enumerated() {
            let bare = t.filter { $0.isLetter }
            if i == kept.count && honorifics.contains(bare) && tokens.count - i > 1 { continue }
            if degrees.contains(bare) && t.contains(".") { continue }
            kept.append(String(t))
        }
        return kept.joined(separator: " ")
    }

    static func matchSets(_ gold: [String], _ predicted: [String], label: String, notes: inout [String], _ same: (String, String) -> Bool) -> SetScore {
        var score = SetScore()
        score.gold = gold.count
        score.predicted = predicted.count
        var used = [Bool](repeating: false, count: predicted.count)
        for g in gold {
            if let j = predicted.indices.first(where: { !used[$0] && same(g, predicted[$0]) }) {
                used[j] = true
                score.truePositives += 1
            } else {
                notes.append("\(label) missed: \(g)")
            }
        }
        for j in predicted.indices where !used[j] { notes.append("\(label) extra: \(predicted[j])") }
        return score
    }

    static func matchObjects(_ gold: [[String: Any]], _ predicted: [[String: Any]], label: String, notes: inout [String],
                             describe: ([String: Any]) -> String, pairs: inout [(Int, Int)],
                             _ same: ([String: Any], [String: Any]) -> Bool) -> SetScore {
        var score = SetScore()
        score.gold = gold.count
        score.predicted = predicted.count
        var used = [Bool](repeating: false, count: predicted.count)
        for (i, g) in gold.enumerated() {
            if let j = predicted.indices.first(where: { !used[$0] && same(g, predicted[$0]) }) {
                used[j] = true
                pairs.append((i, j))
                score.truePositives += 1
            } else {
                notes.append("\(label) missed: \(describe(g))")
            }
        }
        for j in predicted.indices where !used[j] { notes.append("\(label) extra: \(describe(predicted[j]))") }
        return score
    }
}
