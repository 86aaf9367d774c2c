import WartaPage
/// Reporter credits written as lines: "Pewarta: X", "Penulis: X | Editor: Y",
/// "Reporter: X", "Kontributor X", "Oleh: X". Editors are never authors.
enum CreditLines {
    static let authorLabels = ["pewarta", "penulis", "reporter", "kontributor", "oleh", "laporan wartawan", "laporan reporter", "wartawan", "writer", "written by", "by", "teks"]
    static let stopLabels = ["editor", "penyunting", "redaktur", "foto", "fotografer", "sumber", "uploader", "copyright", "©"]

    /// Author names credited in `line`, or [] when it is not a credit line.
    static func authors(in line: String) -> [String] {
        guard line.count <= 200 else { return [] }
        var out: [String] = []
        // A line may hold several credits: "Penulis: A | Editor: B".
        for segment in line.split(whereSeparator: { $0 == "|" || $0 == "\n" }) {
            let seg = segment.trimmingCharacters(in: [" ", "\u{a0}"])
            let lower = seg.lowercased()
            guard let label = authorLabels.first(where: { lower.hasPrefix($0) }) else { continue }
            var rest = seg.dropFirst(label.count)
            while let f = rest.first, f == " " || f == "\u{a0}" { rest = rest.dropFirst() }
            guard rest.first == ":" || label == "oleh" || label == "by" || label == "laporan wartawan" || label == "laporan reporter" else { continue }
            if rest.first == ":" { rest = rest.dropFirst() }
            if label == "by" || label == "oleh", !(rest.first.map { $0 == " " || $0.isUppercase } ?? false) { continue }
            for name in splitNames(String(rest)) { out.append(name) }
        }
        return out
    }

    static func splitNames(_ raw: String) -> [String] {
        var text = raw
        for stop in stopLabels {
            if let r = text.lowercased().range(of: stop) {
                let offset = text.lowercased().distance(from: text.lowercased().startIndex, to: r.lowerBound)
                text = String(text.prefix(offset))
            }
        }
        var parts: [String] = []
        for chunk in text.replacingOccurrences(of: " dan ", with: ",").replacingOccurrences(of: " and ", with: ",")
            .replacingOccurrences(of: "&", with: ",").split(separator: ",") {
            var name = chunk.trimmingCharacters(in: [" ", "\u{a0}", ".", ":", "-", "–", "(", ")"])
            if let paren = name.firstIndex(of: "(") { name = name[..<paren].trimmingCharacters(in: [" "]) }
            if let slash = name.firstIndex(of: "/") { name = name[..<slash].trimmingCharacters(in: [" "]) }
            let words = name.split(separator: " ")
            guard !name.isEmpty, words.count <= 6, name.first?.isLetter == true,
                  !name.containsBytes("@"), !name.lowercased().hasPrefix("http") else { continue }
            parts.append(name)
        }
        return parts
    }
}
