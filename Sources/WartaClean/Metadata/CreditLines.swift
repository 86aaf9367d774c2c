import WartaPage

/// Reporter credits written as lines: "Pewarta: X", "Penulis: X | Editor: Y",
/// "Redaktur : Y Reporter : X", "Oleh: X", "Kontributor Madiun, X".
/// Editors are never authors.
enum CreditLines {
    static let authorLabels = ["pewarta", "penulis", "reporter", "kontributor", "oleh", "laporan wartawan", "laporan reporter", "wartawan", "writer", "written by", "by", "teks", "rep"]
    static let otherLabels = ["editor", "penyunting", "redaktur", "foto", "fotografer", "sumber", "uploader", "red", "penerjemah", "editing by", "reporting by"]

    /// A label standing alone ("Oleh:", "Penulis") whose value is the next line.
    static func isBareLabel(_ line: String) -> Bool {
        let t = line.lowercased().trimmingCharacters(in: [" ", ":", "\u{a0}"])
        return authorLabels.contains(t)
    }

    /// Author names credited in `line`, or [] when it is not a credit line.
    static func authors(in line: String) -> [String] {
        guard line.utf8.count <= 400 else { return [] }
        // Cheap rejection: every credit has a colon, or opens with "oleh", "by" or "kontributor".
        let head = line.prefix(12).lowercased()
        guard line.utf8.contains(UInt8(ascii: ":")) || head.hasPrefix("oleh") || head.hasPrefix("by ") || head.hasPrefix("kontributor") else { return [] }
        guard line.unicodeScalars.count <= 200 else { return [] }
        let lower = Array(line.lowercased())
        let chars = Array(line)
        guard lower.count == chars.count else { return [] }
        // Every label at a word start followed by ":" ("oleh"/"by" may take a plain space).
        var marks: [(at: Int, valueStart: Int, author: Bool)] = []
        for (labels, author) in [(authorLabels, true), (otherLabels, false)] {
            for label in labels {
                let l = Array(label)
                var i = 0
                while i + l.count <= lower.count {
                    defer { i += 1 }
                    guard Array(lower[i..<(i + l.count)]) == l, i == 0 || !lower[i - 1].isLetter else { continue }
                    var j = i + l.count
                    guard j == lower.count || !lower[j].isLetter else { continue }
                    while j < lower.count, lower[j] == " " || lower[j] == "\u{a0}" { j += 1 }
                    if j < lower.count, lower[j] == ":" {
                        marks.append((i, j + 1, author))
                    } else if (label == "oleh" || label == "by") && i == 0 && j < chars.count && chars[j].isUppercase {
                        marks.append((i, j, author))
                    } else if label == "kontributor" && i == 0 {
                        marks.append((i, j, author))
                    }
                }
            }
        }
        marks.sort { $0.at < $1.at }
        // Overlapping labels ("laporan wartawan" and "wartawan"): keep the first.
        var kept: [(at: Int, valueStart: Int, author: Bool)] = []
        for m in marks where kept.last.map({ m.at >= $0.valueStart }) ?? true { kept.append(m) }
        var out: [String] = []
        for (k, m) in kept.enumerated() where m.author {
            let end = k + 1 < kept.count ? kept[k + 1].at : chars.count
            guard m.valueStart <= end else { continue }
            var value = String(chars[m.valueStart..<end])
            // "Kontributor Madiun, Nama": the first part names the bureau.
            if lower[m.at...].starts(with: Array("kontributor")), let comma = value.firstIndex(of: ","), !String(chars[0..<m.valueStart]).contains(":") {
                value = String(value[value.index(after: comma)...])
            }
            out += splitNames(value)
        }
        return out
    }

    static func splitNames(_ raw: String) -> [String] {
        var text = raw
        for sep in [" | ", "|", " - ", " – ", " / "] {
            if let r = text.range(of: sep) { text = String(text[..<r.lowerBound]) }
        }
        var parts: [String] = []
        for chunk in text.replacingOccurrences(of: " dan ", with: ",").replacingOccurrences(of: " and ", with: ",")
            .replacingOccurrences(of: "&", with: ",").split(separator: ",") {
            var name = chunk.trimmingCharacters(in: [" ", "\u{a0}", ".", ":", "-", "–", "(", ")"])
            if let paren = name.firstIndex(of: "(") { name = name[..<paren].trimmingCharacters(in: [" "]) }
            if let slash = name.firstIndex(of: "/") { name = name[..<slash].trimmingCharacters(in: [" "]) }
            let words = name.split(separator: " ")
            guard !name.isEmpty, words.count <= 6, name.first?.isLetter == true, name.first?.isUppercase == true,
                  !name.containsBytes("@"), !name.lowercased().hasPrefix("http") else { continue }
            parts.append(name)
        }
        return parts
    }
}
