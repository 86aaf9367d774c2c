import WartaRules

/// The text of `warta explain`: the body with numbered markers, every
/// extraction with its rule, the entities, and the losers of each conflict.
public enum ExplainReport {
    public static func render(_ trace: Extractor.Trace, rules: RuleSet) -> String {
        var out: [String] = ["== body (offsets in code points)", trace.text.body, "", "== matches (field, rule, span, text)"]
        for c in trace.winners {
            let r = rules.rules[c.ruleIndex]
            let ev = trace.text.evidence(c.start, c.end, rule: r.spec.id)
            let ignored = r.spec.output?["ignore"] == "true" ? "  (ignored: not a figure)" : ""
            out.append("  \(r.field.padding(10)) \(r.spec.id.padding(32)) \(ev.start)-\(ev.end)  \(ev.text)\(ignored)")
            let parts = c.captures.filter { !$0.key.hasPrefix("\u{0}") }.sorted { $0.value.start < $1.value.start }
                .map { "\($0.key)=\"\(trace.text.text($0.value))\"" + ($0.value.gazetteer.map { " <\($0)>" } ?? "") }
            if !parts.isEmpty { out.append("  " + String(repeating: " ", count: 44) + parts.joined(separator: " ")) }
        }
        out.append("")
        out.append("== entities")
        let e = trace.entities
        for o in e.officials { out.append("  official  \(o.name) | \(o.title ?? "-") | \(o.organization ?? "-")  [\(o.mentions.map { "\($0.start)-\($0.end) \($0.rule)" }.joined(separator: ", "))]") }
        for a in e.agencies { out.append("  agency    \(a.name) | acronym \(a.acronym ?? "-") | aliases \(a.aliases)  [\(a.mentions.count) mentions]") }
        for p in e.places { out.append("  place     \(p.name) (\(p.kind)\(p.province.map { ", " + $0 } ?? "")) aliases \(p.aliases)  [\(p.mentions.count) mentions]") }
        for f in e.figures { out.append("  figure    \(f.text) = \(f.value) \(f.unit)\(f.place.map { " @" + $0 } ?? "")\(f.agency.map { " @" + $0 } ?? "")  [\(f.mentions.map(\.rule).joined(separator: ", "))]") }
        for l in e.laws { out.append("  law       \(l.type) \(l.number)/\(l.year.map(String.init) ?? "?")  [\(l.mentions.map(\.text).joined(separator: "; "))]") }
        out.append("")
        out.append("== candidates that lost")
        for r in trace.rejected {
            let rule = rules.rules[r.candidate.ruleIndex]
            out.append("  \(rule.spec.id.padding(32)) \(trace.text.text(r.candidate.start, r.candidate.end))  — \(r.reason)")
        }
        return out.joined(separator: "\n")
    }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
