import WartaRules

/// Runs every rule's examples and counter-examples: the rule files are
/// their own specification. A failure names the file, the rule and the
/// example.
public struct RuleExamples {
    public struct Failure: Sendable, CustomStringConvertible {
        public var file: String
        public var rule: String
        public var example: String
        public var problem: String
        public var description: String { "\(file): \(rule): \(problem)\n    example: \(example)" }
    }

    public let extractor: Extractor
    public init(extractor: Extractor) { self.extractor = extractor }

    /// (examples checked, failures)
    public func run() -> (checked: Int, failures: [Failure]) {
        var failures: [Failure] = []
        var checked = 0
        let rules = extractor.rules
        for (index, rule) in rules.rules.enumerated() {
            for example in rule.spec.examples {
                checked += 1
                guard let (text, start, end) = example.marked() else {
                    failures.append(Failure(file: rule.file, rule: rule.spec.id, example: example.text, problem: "no [span] marked"))
                    continue
                }
                let article = ArticleText(body: text)
                let matches = extractor.finder.matches(ruleIndex: index, in: article.tokens)
                guard let m = matches.first(where: { article.tokens[$0.start].start == start && article.tokens[$0.end - 1].end == end }) else {
                    let found = matches.map { "[\(article.text($0.start, $0.end))]" }.joined(separator: ", ")
                    failures.append(Failure(file: rule.file, rule: rule.spec.id, example: example.text,
                                            problem: "expected a match on [\(article.slice(start, end))], found \(found.isEmpty ? "none" : found)"))
                    continue
                }
                if let expect = example.expect {
                    let got = extractor.fields(of: m, ruleIndex: index, text: article)
                    for (key, want) in expect.sorted(by: { $0.key < $1.key }) {
                        let have = got[key] ?? "nil"
                        if !Self.same(have, want) {
                            failures.append(Failure(file: rule.file, rule: rule.spec.id, example: example.text,
                                                    problem: "\(key): expected \(want), got \(have)"))
                        }
                    }
                }
            }
            for counter in rule.spec.counterExamples ?? [] {
                checked += 1
                let article = ArticleText(body: counter)
                let matches = extractor.finder.matches(ruleIndex: index, in: article.tokens)
                if let m = matches.first {
                    failures.append(Failure(file: rule.file, rule: rule.spec.id, example: counter,
                                            problem: "counter-example matched [\(article.text(m.start, m.end))]"))
                }
            }
        }
        return (checked, failures)
    }

    static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if let x = Double(a), let y = Double(b) { return abs(x - y) <= 1e-6 * max(1, abs(y)) }
        return false
    }
}

extension CandidateFinder {
    /// All matches of one rule, in order, not settled against other rules.
    public func matches(ruleIndex: Int, in tokens: [Token]) -> [Candidate] {
        let rule = rules.rules[ruleIndex]
        var out: [Candidate] = []
        let context = MatchContext(tokens: tokens)
        for i in tokens.indices {
            if let m = rules.matcher.match(rule.pattern, in: context, at: i) {
                out.append(Candidate(ruleIndex: ruleIndex, start: i, end: m.end, captures: m.captures))
            }
        }
        return out
    }
}

extension Extractor {
    /// The fields one match builds, as strings, for checking examples.
    public func fields(of c: Candidate, ruleIndex: Int, text: ArticleText) -> [String: String] {
        let rule = rules.rules[ruleIndex]
        func num(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
        switch rule.field {
        case "laws":
            guard let l = laws.build(c, rule: rule.spec.id, text: text) else { return [:] }
            return ["type": l.type, "number": l.number, "year": l.year.map(String.init) ?? "nil"]
        case "figures":
            guard let f = figures.build(c, spec: rule.spec, text: text) else { return [:] }
            return ["value": num(f.value), "unit": f.unit, "noun": f.noun ?? "nil"]
        case "places":
            guard let p = places.build(c, spec: rule.spec, text: text) else { return [:] }
            return ["name": p.place.name, "kind": p.place.kind]
        case "agencies":
            guard let a = agencies.build(c, spec: rule.spec, text: text) else { return [:] }
            return ["name": a.name, "acronym": a.acronym ?? "nil"]
        case "officials":
            guard let o = officials.build(c, spec: rule.spec, text: text) else { return [:] }
            return ["name": o.name, "title": o.title ?? "nil", "organization": o.organization ?? "nil"]
        default:
            return [:]
        }
    }
}
