import WartaPage
/// Cleans a text dump: the text of a page copied with its furniture lines
/// (headline, tags, caption, share words, "ADVERTISEMENT", "Baca juga:",
/// "Pewarta:", copyright, a list of other stories) still in.
///
/// The body runs from the dateline (or the first sentence-like line) to the
/// last sentence-like line; furniture lines inside it are dropped.
struct TextDumpCleaner {
    func clean(text: String) -> Article {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\u{2029}" })
            .map { TextNormalizer.fold(String($0)) }
        let nonEmpty = lines.indices.filter { !lines[$0].isEmpty }
        guard !nonEmpty.isEmpty else { return Article() }

        // Start: a dateline in the first lines, else the first sentence-like line.
        var start = nonEmpty.prefix(25).first { i in
            if let d = Dateline.parse(lines[i]), d.outlet != nil || d.place != nil, lines[i].count > 80 { return true }
            return false
        }
        if start == nil { start = nonEmpty.first { isSentence(lines[$0]) && !isCaption(lines[$0]) && BoilerplateLines.reason(lines[$0]) == nil } }
        let first = start ?? nonEmpty[0]
        // The body stops at the first closing furniture: credits, copyright,
        // a bullet list or a related-stories heading.
        let stop = nonEmpty.first { $0 > first && isClosing(lines[$0]) } ?? (lines.count)
        let last = nonEmpty.last { $0 >= first && $0 < stop && isSentence(lines[$0]) && BoilerplateLines.reason(lines[$0]) == nil } ?? first

        var paragraphs: [String] = []
        var skippingLinks = false
        for i in first...last {
            let line = lines[i]
            if line.isEmpty { continue }
            // "Baca Juga:" alone on its line: the story titles under it are links, up to the next sentence.
            if BoilerplateLines.reason(line) != nil {
                skippingLinks = Self.isBareReadAlso(line)
                continue
            }
            if skippingLinks && !isSentence(line) { continue }
            skippingLinks = false
            guard !isCaption(line) else { continue }
            paragraphs.append(line)
        }
        let before = nonEmpty.filter { $0 < first }.map { lines[$0] }
        let after = nonEmpty.filter { $0 > last }.map { lines[$0] }

        // The headline: the first line before the body long enough to be one (menus come first in some dumps).
        let title = before.prefix(8).first { head in
            head.count <= 200 && head.split(separator: " ").count >= 4 && !head.hasSuffix(".")
                && BoilerplateLines.reason(head) == nil && !isCaption(head) && CreditLines.authors(in: head).isEmpty
                && DateParser.parseText(head) == nil
        }
        let published = before.filter { $0.split(separator: " ").count <= 8 }.lazy.compactMap(DateParser.parseText).first
        var authors: [String] = []
        for line in before + after {
            for name in CreditLines.authors(in: line) where !authors.contains(name) { authors.append(name) }
        }
        let dateline = paragraphs.first.flatMap(Dateline.parse)
        var publisher = dateline?.outlet
        if publisher == nil, let copy = after.first(where: { $0.lowercased().containsBytes("copyright") || $0.containsBytes("©") }) {
            publisher = Self.outletInCopyright(copy)
        }
        return Article(title: title, published: published, publisher: publisher, authors: authors,
                       dateline: dateline?.place, paragraphs: paragraphs)
    }

    static let closingReasons: Set<String> = ["reporter line", "editor line", "copyright line", "syndication line", "tag list", "related stories"]
    static let closingWords: Set<String> = ["-", "•", "·", "pilihan", "terpopuler", "terkini", "berita terkini", "rekomendasi", "berita lainnya", "artikel lainnya", "populer", "most popular", "baca berita lainnya", "topik terkait", "berita terkait", "artikel terkait", "terbaru", "berita populer"]

    func isClosing(_ line: String) -> Bool {
        if Self.closingWords.contains(line.lowercased()) { return true }
        if let r = BoilerplateLines.reason(line), Self.closingReasons.contains(r) { return true }
        return false
    }

    static func isBareReadAlso(_ line: String) -> Bool {
        let t = line.lowercased().trimmingCharacters(in: [" ", ":", "\u{a0}"])
        return ["baca juga", "baca", "simak juga", "lihat juga", "berita terkait", "artikel terkait", "baca selengkapnya"].contains(t)
    }

    /// Running text: long, or ending like a sentence.
    func isSentence(_ line: String) -> Bool {
        if line.count >= 160 { return true }
        guard line.count >= 40, let last = line.last else { return false }
        return ".!?\"”’)*".contains(last)
    }

    /// A photo caption: ends with a credit such as "ANTARA/HO-Kominfo X",
    /// "(foto: Dok. istimewa)", "(ANTARA FOTO/Nama)".
    func isCaption(_ line: String) -> Bool {
        let lower = line.lowercased()
        let tail = String(lower.suffix(70))
        return tail.containsBytes("antara/") || tail.containsBytes("antara foto/") || tail.containsBytes("(foto:") || tail.containsBytes("(foto :")
            || tail.containsBytes("foto: ") || tail.containsBytes("/ho-") || tail.containsBytes("(dok.") || tail.containsBytes("dok. istimewa")
            || tail.containsBytes("(ist)") || tail.containsBytes("(istimewa)") || tail.hasSuffix("/ist") || tail.containsBytes("getty images")
            || tail.containsBytes("(reuters/") || tail.containsBytes("(ap photo") || tail.containsBytes("(afp")
    }

    /// "Copyright © ANTARA 2022" → "ANTARA".
    static func outletInCopyright(_ line: String) -> String? {
        let words = line.split(separator: " ").filter { w in
            let l = w.lowercased()
            return l != "copyright" && w != "©" && !w.allSatisfy({ $0.isNumber }) && l != "(c)"
        }
        return words.first.map(String.init)
    }
}
