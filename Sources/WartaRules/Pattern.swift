/// The token pattern language of rule files.
///
///     type=<law_type> (RI)? ( "(" <law_type> ")" )? (Nomor|No|"No.")? number=@number (Tahun year=@year)?
///
/// - `word` or `"Rp."`: one token, compared case-insensitively;
/// - `@class`: a token class (`@number`, `@year`, `@cap`, `@lower`, `@word`,
///   `@acronym`, `@punct`, `@any`, and the multi-token `@person`);
/// - `<gazetteer>`: a phrase from `Rules/gazetteers` (`<region>`, `<agency>`,
///   `<title>`, `<unit>`, `<scale>`, `<currency>`, `<law_type>`, `<month>` ...);
/// - `( a | b c )`: alternatives; `?`, `*`, `+` after any element;
/// - `name=element`: captures what the element matched.
public indirect enum PatternNode: Sendable, Equatable {
    /// Lower-case token texts: a literal is tokenized like the text ("No." is "no" and ".").
    case literal([String])
    case tokenClass(String)
    case gazetteer(String)
    case alternatives([[PatternNode]])
    case capture(String, PatternNode)
    case repetition(PatternNode, min: Int, max: Int)
}

/// What can stand first in a match, for a cheap check before matching.
public enum Starter: Sendable, Equatable, Hashable {
    case word(String)          // a literal's first token, lower case
    case gazetteer(String)
    case anything              // a token class: no cheap check
}

public struct Pattern: Sendable, Equatable {
    public var nodes: [PatternNode]
    public var source: String
    /// Every element that may match the first token; worked out at compile time.
    public var starters: Set<Starter> = []

    public static let tokenClasses: Set<String> = ["number", "year", "cap", "lower", "word", "acronym", "punct", "any", "person", "initial", "numword", "office", "countnoun", "propername", "orgname", "inparen"]

    public init(_ source: String, gazetteers: Set<String>) throws {
        self.source = source
        var parser = PatternParser(text: Array(source), gazetteers: gazetteers)
        nodes = try parser.sequence(until: nil)
        guard !nodes.isEmpty else { throw PatternError("empty pattern") }
        starters = Self.starters(of: nodes[...]).set
    }

    /// The starters of a sequence, and whether it can match no token at all.
    static func starters(of nodes: ArraySlice<PatternNode>) -> (set: Set<Starter>, canBeEmpty: Bool) {
        var out = Set<Starter>()
        for node in nodes {
            let (s, empty) = starters(of: node)
            out.formUnion(s)
            if !empty { return (out, false) }
        }
        return (out, true)
    }

    static func starters(of node: PatternNode) -> (set: Set<Starter>, canBeEmpty: Bool) {
        switch node {
        case .literal(let parts): return ([.word(parts[0])], false)
        case .gazetteer(let name): return ([.gazetteer(name)], false)
        case .tokenClass: return ([.anything], false)
        case .capture(_, let inner): return starters(of: inner)
        case .repetition(let inner, let min, _):
            let (s, e) = starters(of: inner)
            return (s, e || min == 0)
        case .alternatives(let alts):
            var out = Set<Starter>(), empty = false
            for a in alts {
                let (s, e) = starters(of: a[...])
                out.formUnion(s)
                empty = empty || e
            }
            return (out, empty)
        }
    }
}

public struct PatternError: Error, CustomStringConvertible, Equatable {
    public var description: String
    init(_ d: String) { description = d }
}

struct PatternParser {
    let text: [Character]
    let gazetteers: Set<String>
    var i = 0

    mutating func skipSpace() { while i < text.count, text[i] == " " { i += 1 } }

    mutating func sequence(until close: Character?) throws -> [PatternNode] {
        var out: [PatternNode] = []
        while true {
            skipSpace()
            guard i < text.count else {
                if close != nil { throw PatternError("missing ')'") }
                return out
            }
            if let close, text[i] == close || text[i] == "|" { return out }
            if text[i] == ")" || text[i] == "|" { throw PatternError("unexpected '\(text[i])' at \(i)") }
            out.append(try element())
        }
    }

    mutating func element() throws -> PatternNode {
        var name: String?
        // name=...
        var j = i
        while j < text.count, text[j].isLetter || text[j] == "_" { j += 1 }
        if j > i, j < text.count, text[j] == "=" {
            name = String(text[i..<j])
            i = j + 1
        }
        var node = try atom()
        if i < text.count, "?*+".contains(text[i]) {
            let q = text[i]; i += 1
            node = .repetition(node, min: q == "+" ? 1 : 0, max: q == "?" ? 1 : 12)
        }
        if let name { node = .capture(name, node) }
        return node
    }

    mutating func atom() throws -> PatternNode {
        guard i < text.count else { throw PatternError("pattern ends where an element was expected") }
        let c = text[i]
        if c == "(" {
            i += 1
            var alts: [[PatternNode]] = []
            while true {
                alts.append(try sequence(until: ")"))
                guard i < text.count else { throw PatternError("missing ')'") }
                if text[i] == "|" { i += 1; continue }
                i += 1  // ')'
                break
            }
            return .alternatives(alts)
        }
        if c == "\"" {
            i += 1
            var lit = ""
            while i < text.count, text[i] != "\"" { lit.append(text[i]); i += 1 }
            guard i < text.count else { throw PatternError("missing closing quote") }
            i += 1
            return try Self.literal(lit)
        }
        if c == "@" {
            i += 1
            let name = word()
            guard Pattern.tokenClasses.contains(name) else { throw PatternError("unknown token class @\(name)") }
            return .tokenClass(name)
        }
        if c == "<" {
            i += 1
            let name = word()
            guard i < text.count, text[i] == ">" else { throw PatternError("missing '>' after <\(name)") }
            i += 1
            guard gazetteers.contains(name) else { throw PatternError("unknown gazetteer <\(name)>") }
            return .gazetteer(name)
        }
        let w = literalWord()
        guard !w.isEmpty else { throw PatternError("unexpected '\(c)' at \(i)") }
        return try Self.literal(w)
    }

    static func literal(_ text: String) throws -> PatternNode {
        let parts = Tokenizer.tokenize(text).map(\.lower)
        guard !parts.isEmpty else { throw PatternError("empty literal") }
        return .literal(parts)
    }

    mutating func word() -> String {
        var s = ""
        while i < text.count, text[i].isLetter || text[i] == "_" { s.append(text[i]); i += 1 }
        return s
    }

    mutating func literalWord() -> String {
        var s = ""
        while i < text.count, !" ()|?*+\"".contains(text[i]) { s.append(text[i]); i += 1 }
        return s
    }
}
