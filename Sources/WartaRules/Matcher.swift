/// What one capture of a pattern matched: a token range, and for a
/// gazetteer element the row of the entry it matched.
public struct Capture: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var gazetteer: String?
    public var row: Int?
}

/// Runs a `Pattern` over tokens with backtracking (greedy repetitions,
/// longest gazetteer entries first). Literal words are tokenized like the
/// text, so `"No."` matches the two tokens `No` and `.`.
public struct Matcher: Sendable {
    public let vocabulary: Vocabulary
    public let classes: TokenClasses

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        self.classes = TokenClasses(vocabulary: vocabulary)
    }

    /// The first match of `pattern` starting exactly at `index`: its end and captures.
    public func match(_ pattern: Pattern, in tokens: [Token], at index: Int) -> (end: Int, captures: [String: Capture])? {
        var captures: [String: Capture] = [:]
        var result: Int?
        _ = seq(pattern.nodes[...], tokens, index, &captures) { end, _ in result = end; return true }
        guard let end = result, end > index else { return nil }
        return (end, captures)
    }

    typealias Continuation = (Int, inout [String: Capture]) -> Bool

    private func seq(_ nodes: ArraySlice<PatternNode>, _ t: [Token], _ i: Int, _ caps: inout [String: Capture], _ k: Continuation) -> Bool {
        guard let first = nodes.first else { return k(i, &caps) }
        let rest = nodes.dropFirst()
        return node(first, t, i, &caps) { j, c in self.seq(rest, t, j, &c, k) }
    }

    private func node(_ n: PatternNode, _ t: [Token], _ i: Int, _ caps: inout [String: Capture], _ k: Continuation) -> Bool {
        switch n {
        case .literal(let text):
            let parts = Tokenizer.tokenize(text)
            guard i + parts.count <= t.count, !parts.isEmpty else { return false }
            for (o, p) in parts.enumerated() where t[i + o].lower != p.lower { return false }
            return k(i + parts.count, &caps)
        case .tokenClass(let name):
            for length in classes.lengths(name, t, i) {
                if k(i + length, &caps) { return true }
            }
            return false
        case .gazetteer(let name):
            guard let g = vocabulary.gazetteers[name] else { return false }
            for m in g.matches(in: t, at: i) {
                var c = caps
                c["\u{0}last"] = Capture(start: i, end: i + m.length, gazetteer: name, row: m.entry.row)
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

    private func repeatNode(_ inner: PatternNode, _ min: Int, _ max: Int, _ done: Int, _ t: [Token], _ i: Int,
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
