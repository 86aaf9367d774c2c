import WartaRules

/// One rule match before conflicts are settled.
public struct Candidate: Sendable {
    public var ruleIndex: Int
    public var start: Int          // token index
    public var end: Int            // token index, exclusive
    public var captures: [String: Capture]
}

/// Why a candidate lost, for `warta explain`.
public struct Rejection: Sendable {
    public var candidate: Candidate
    public var reason: String
}

/// Runs every compiled rule at every token and settles overlaps.
///
/// Conflict policy, per field: higher priority wins; then the longer match;
/// then the earlier one, then the rule listed first; agencies may nest inside one another ("Dinas Sosial
/// Pemkot Balikpapan" and "Pemkot Balikpapan"), other overlaps lose. A winner of an `ignore` rule produces nothing but
/// still blocks what it overlaps (dates, years, numbers inside names). Across
/// fields, a figure never overlaps a regulation reference.
public struct CandidateFinder: Sendable {
    public let rules: RuleSet

    public init(rules: RuleSet) { self.rules = rules }

    public func candidates(_ tokens: [Token]) -> [Candidate] {
        var out: [Candidate] = []
        let context = MatchContext(tokens: tokens)
        for (r, rule) in rules.rules.enumerated() {
            for i in tokens.indices {
                if let m = rules.matcher.match(rule.pattern, in: context, at: i) {
                    out.append(Candidate(ruleIndex: r, start: i, end: m.end, captures: m.captures))
                }
            }
        }
        return out
    }

    public func settle(_ all: [Candidate]) -> (winners: [Candidate], rejected: [Rejection]) {
        var winners: [Candidate] = []
        var rejected: [Rejection] = []
        var byField: [String: [Candidate]] = [:]
        for c in all { byField[rules.rules[c.ruleIndex].field, default: []].append(c) }
        var lawSpans: [(Int, Int)] = []
        for field in ["laws", "agencies", "places", "officials", "figures"] {
            let sorted = (byField[field] ?? []).sorted { a, b in
                let pa = rules.rules[a.ruleIndex].spec.priority, pb = rules.rules[b.ruleIndex].spec.priority
                if pa != pb { return pa > pb }
                if a.end - a.start != b.end - b.start { return a.end - a.start > b.end - b.start }
                if a.start != b.start { return a.start < b.start }
                return a.ruleIndex < b.ruleIndex
            }
            var taken: [Candidate] = []
            for c in sorted {
                // Agencies nest ("Dinas Sosial Pemkot Balikpapan" holds "Pemkot Balikpapan"): containment is no conflict there.
                let nests = field == "agencies"
                if let other = taken.first(where: { o in
                    o.start < c.end && c.start < o.end
                        && !(nests && ((o.start <= c.start && c.end <= o.end) || (c.start <= o.start && o.end <= c.end)) && (o.start, o.end) != (c.start, c.end))
                }) {
                    rejected.append(Rejection(candidate: c, reason: "overlaps \(rules.rules[other.ruleIndex].spec.id) (priority \(rules.rules[other.ruleIndex].spec.priority), \(other.end - other.start) tokens)"))
                    continue
                }
                if field == "figures", let law = lawSpans.first(where: { $0.0 < c.end && c.start < $0.1 }) {
                    _ = law
                    rejected.append(Rejection(candidate: c, reason: "inside a regulation reference"))
                    continue
                }
                taken.append(c)
            }
            if field == "laws" { lawSpans = taken.map { ($0.start, $0.end) } }
            winners += taken
        }
        return (winners.sorted { ($0.start, $0.ruleIndex) < ($1.start, $1.ruleIndex) }, rejected)
    }
}
