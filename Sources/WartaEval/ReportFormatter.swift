import Foundation

/// Prints an evaluation report as a table for people or JSON for machines.
public enum ReportFormatter {
    public static func text(_ r: Evaluator.Report, verbose: Bool) -> String {
        var lines: [String] = []
        lines.append("articles: \(r.articles)")
        lines.append(pad("field", 22) + pad("P", 8) + pad("R", 8) + pad("F1", 8) + "support (gold/pred)")
        func row(_ name: String, _ s: SetScore) {
            lines.append(pad(name, 22) + pad(f(s.precision), 8) + pad(f(s.recall), 8) + pad(f(s.f1), 8) + "\(s.gold)/\(s.predicted)")
        }
        func acc(_ name: String, _ a: Accuracy) {
            guard a.total > 0 else { return }
            lines.append(pad(name, 22) + pad("", 16) + pad(f(a.value), 8) + "\(a.right)/\(a.total) right")
        }
        if r.body.gold > 0 || r.body.predicted > 0 { row("body (words)", r.body) }
        acc("title (exact)", r.title)
        acc("published (exact)", r.published)
        acc("publisher (exact)", r.publisher)
        if r.authors.gold > 0 || r.authors.predicted > 0 { row("authors", r.authors) }
        for field in FieldScorer.listFields {
            if let s = r.lists[field] { row(field, s) }
        }
        acc("officials.title", r.officialTitle)
        acc("officials.organization", r.officialOrganization)
        if verbose {
            for (name, s) in r.perArticle {
                let bodyNote = s.body.gold > 0 ? " body F1 \(f(s.body.f1)) (P \(f(s.body.precision)) R \(f(s.body.recall)))" : ""
                lines.append("")
                lines.append("== \(name)\(bodyNote)")
                for n in s.notes { lines.append("  \(n)") }
            }
        }
        for failure in r.failures { lines.append("failed: \(failure)") }
        return lines.joined(separator: "\n")
    }

    public static func json(_ r: Evaluator.Report) throws -> String {
        func set(_ s: SetScore) -> [String: Any] {
            ["precision": s.precision, "recall": s.recall, "f1": s.f1, "gold": s.gold, "predicted": s.predicted, "true_positives": s.truePositives]
        }
        func acc(_ a: Accuracy) -> [String: Any] { ["accuracy": a.value, "right": a.right, "total": a.total] }
        var fields: [String: Any] = ["body": set(r.body), "authors": set(r.authors)]
        if r.title.total > 0 { fields["title"] = acc(r.title) }
        if r.published.total > 0 { fields["published"] = acc(r.published) }
        if r.publisher.total > 0 { fields["publisher"] = acc(r.publisher) }
        for (k, v) in r.lists { fields[k] = set(v) }
        if r.officialTitle.total > 0 { fields["officials.title"] = acc(r.officialTitle) }
        if r.officialOrganization.total > 0 { fields["officials.organization"] = acc(r.officialOrganization) }
        let articles: [[String: Any]] = r.perArticle.map { ["name": $0.name, "body_f1": $0.score.body.f1, "notes": $0.score.notes] }
        let object: [String: Any] = ["articles": r.articles, "fields": fields, "failures": r.failures, "per_article": articles]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self)
    }

    static func f(_ v: Double) -> String { String(format: "%.3f", v) }
    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
}
