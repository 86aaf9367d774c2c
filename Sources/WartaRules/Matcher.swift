/// What one capture of a pattern matched: a token range, and for a
/// gazetteer element the row of the entry it matched.
public struct Capture: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var gazetteer: String?
    public var row: Int?
}

/// The tokens of one text and what has been worked out about them:
/// gazetteer matches and multi-token classes per position, computed once
/// and shared by every rule. Made per article; never shared across threads.
public final class MatchContext {
    public let tokens: [Token]
    var gazetteerRows: [String: [[(length: Int, row: Int)]?]] = [:]
    var classLengths: [String: [[Int]?]] = [:]

    public init(tokens: [Token]) { self.tokens = tokens }

    func rows(_ g: Gazetteer, _ i: Int) -> [(length: Int, row: Int)] {
        if gazetteerRows[g.name] == nil { gazetteerRows[g.name] = Array(repeating: nil, count: tokens.count + 1) }
        if let cached = gazetteerRows[g.name]![i] { return cached }
        let found = i < tokens.count && g.mayStart(tokens[i]) ? g.matchRows(in: tokens, at: i) : []
        gazetteerRows[g.name]![i] = found
        return found
    }

    func lengths(_ name: String, _ i: Int, _ compute: () -> [Int]) -> [Int] {
        if classLengths[name] == nil { classLengths[name] = Array(repeating: nil, count: tokens.count + 1) }
        if let cached = classLengths[name]![i] { return cached }
        let found = compute()
        classLengths[name]![i] = found
        return found
    }
}

/// Runs a `Pattern` over tokens with backtracking (greedy repetitions,
/// longest gazetteer entries first). Literal words are tokenized like the
/// text, so `"No."` matches the two tokens `No` and `.`.
public final class Matcher: Sendable {
    public let vocabulary: Vocabulary
    public let classes: TokenClasses

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        self.classes = TokenClasses(vocabulary: vocabulary)
    }

    /// The first match of `pattern` starting exactly at `index`: its end and captures.
    public func match(_ pattern: Pattern, in tokens: [Token], at index: Int) -> (end: Int, captures: [String: Capture])? {
        match(pattern, in: MatchContext(tokens: tokens), at: index)
    }

    public func match(_ pattern: Pattern, in context: MatchContext, at index: Int) -> (end: Int, captures: [String: Capture])? {
        guard mayStart(pattern, context, index) else { return nil }
        var captures: [String: Capture] = [:]
        var result: Int?
        _ = seq(pattern.nodes[...], context, index, &captures) { end, _ in result = end; return true }
        guard let end = result, end > index else { return nil }
        return (end, captures)
    }

    /// A cheap look at the first token: can any element that may come first match here?
    func mayStart(_ pattern: Pattern, _ cx: MatchContext, _ i: Int) -> Bool {
        guard i < cx.tokens.count else { return false }
        let tok = cx.tokens[i]
        for s in pattern.starters {
            switch s {
            case .anything: return true
            case .word(let w): if tok.lower == w { return true }
            case .gazetteer(let name): if vocabulary.gazetteers[name]?.mayStart(tok) ?? false { return true }
            }
        }
        return false
    }

    typealias Continuation = (Int, inout [String: Capture]) -> Bool

    private func seq(_ nodes: ArraySlice<PatternNode>, _ t: MatchContext, _ i: Int, _ caps: inout [String: Capture], _ k: Continuation) -> Bool {
        guard let first = nodes.first else { return k(i, &caps) }
        let rest = nodes.dropFirst()
        return node(first, t, i, &caps) { j, c in self.seq(rest, t, j, &c, k) }
    }

    private func node(_ n: PatternNode, _ t: MatchContext, _ i: Int, _ caps: inout [String: Capture], _ k: Continuation) -> Bool {
        switch n {
        case .literal(let parts):
            guard i + parts.count <= t.tokens.count else { return false }
            for (o, p) in parts.enumerated() where t.tokens[i + o].lower != p { return false }
            return k(i + parts.count, &caps)
        case .tokenClass(let name):
            for length in classes.lengths(name, t, i) {
                if k(i + length, &caps) { return true }
            }
            return false
        case .gazetteer(let name):
            guard let g = vocabulary.gazetteers[name] else { return false }
            for m in t.rows(g, i) {
                var c = caps
                c["\u{0}last"] = Capture(start: i, end: i + m.length, gazetteer: name, row: m.row)
                if k(i + m.length, &c) { caps = c; return true }
            }
            return false
        case .alternatives(let alts):
            for alt in alts {
                var c = caps
                if seq(alt[...], t, i, &c, k) { caps = c; return true }
            }
            return false
        case .capture(let name, let inner):
            return node(inner, t, i, &caps) { j, c in
                var c2 = c
                // An optional element that matched nothing captures nothing.
                if j == i { return k(j, &c) }
                var cap = Capture(start: i, end: j, gazetteer: nil, row: nil)
                if let last = c["\u{0}last"], last.start == i, last.end == j { cap.gazetteer = last.gazetteer; cap.row = last.row }
                c2[name] = cap
                if k(j, &c2) { c = c2; return true }
                return false
            }
        case .repetition(let inner, let min, let max):
            return repeatNode(inner, min, max, 0, t, i, &caps, k)
        }
    }

    private func repeatNode(_ inner: PatternNode, _ min: Int, _ max: Int, _ done: Int, _ t: MatchContext, _ i: Int,
                            _ caps: inout [String: Capture], _ k: Continuation) -> Bool {
        // Greedy: one more first, then stop here if the minimum is met.
        if done < max {
            var c = caps
            let more = node(inner, t, i, &c) { j, c2 in
                guard j > i else { return false }
                return self.repeatNode(inner, min, max, done + 1, t, j, &c2, k)
            }
            if more { caps = c; return true }
        }
        return done >= min ? k(i, &caps) : false
    }
}
