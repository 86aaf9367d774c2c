/// A phrase list matched over tokens: every entry is a token sequence (its
/// forms tokenized like the text) pointing at a payload row. Lookup is by
/// the first token's lower-case form, then the longest entries first —
/// built once per run, never per article.
public struct Gazetteer: Sendable {
    public struct Entry: Sendable {
        public var tokens: [String]        // lower-case token texts
        public var row: Int                // index into the payload rows
        public var form: String            // the form as written in the table
        /// Acronym entries ("RI", "PAN", "UU") match only tokens written in the same capitals.
        public var exactCase: [String]?
    }

    public let name: String
    /// When true, the text's first token must start with a capital letter.
    public let requiresCapital: Bool
    private var byFirst: [String: [Entry]] = [:]
    public private(set) var count = 0

    public init(name: String, requiresCapital: Bool) {
        self.name = name
        self.requiresCapital = requiresCapital
    }

    public mutating func add(form: String, row: Int) {
        let toks = Tokenizer.tokenize(form)
        guard !toks.isEmpty else { return }
        let letters = form.unicodeScalars.filter { $0.properties.isAlphabetic }
        let isAcronym = letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { $0.properties.isUppercase } && toks.count == 1
        let entry = Entry(tokens: toks.map(\.lower), row: row, form: form, exactCase: isAcronym ? toks.map(\.text) : nil)
        byFirst[entry.tokens[0], default: []].append(entry)
        byFirst[entry.tokens[0]]!.sort { $0.tokens.count > $1.tokens.count }
        count += 1
    }

    /// (token length, payload row) of the entries matching at `index`, longest first.
    public func matchRows(in tokens: [Token], at index: Int) -> [(length: Int, row: Int)] {
        matches(in: tokens, at: index).map { ($0.length, $0.entry.row) }
    }

    /// Whether any entry starts with this token's text (a cheap first check).
    public func mayStart(_ token: Token) -> Bool { byFirst[token.lower] != nil }

    /// Entries matching at `index`, longest first.
    public func matches(in tokens: [Token], at index: Int) -> [(length: Int, entry: Entry)] {
        guard index < tokens.count, let candidates = byFirst[tokens[index].lower] else { return [] }
        if requiresCapital && !(tokens[index].isCapitalized || tokens[index].kind == .number) { return [] }
        var out: [(Int, Entry)] = []
        for e in candidates where index + e.tokens.count <= tokens.count {
            var ok = true
            for k in 0..<e.tokens.count where tokens[index + k].lower != e.tokens[k] { ok = false; break }
            if ok, let exact = e.exactCase {
                for k in 0..<exact.count where tokens[index + k].text != exact[k] { ok = false; break }
            }
            // A match must not stop in the middle of a word run glued by a hyphen or apostrophe.
            if ok { out.append((e.tokens.count, e)) }
        }
        return out
    }
}
