import WartaPage
/// The dateline that opens an Indonesian news story: "Palu (ANTARA) - ",
/// "KOMPAS.com - ", "Liputan6.com, Jakarta - ", "MAKASSAR, RAKYATSULBAR.COM – ",
/// "Jakarta, CNN Indonesia -- ", "TRIBUNKALTIM.CO, SAMARINDA - ".
public struct Dateline: Equatable, Sendable {
    public var place: String?
    public var outlet: String?

    static let dashes = [" -- ", " - ", " – ", " — ", " —", " –", "--"]

    public static func parse(_ paragraph: String) -> Dateline? {
        let head = String(paragraph.prefix(90))
        var cut: Range<String.Index>?
        for d in dashes {
            if let r = head.range(of: d), cut == nil || r.lowerBound < cut!.lowerBound { cut = r }
        }
        guard let cut else { return nil }
        let prefix = head[..<cut.lowerBound].trimmingCharacters(in: [" ", "\u{a0}"])
        guard !prefix.isEmpty, prefix.count <= 60, prefix.first!.isUppercase else { return nil }
        var place: String?
        var outlet: String?
        if let open = prefix.firstIndex(of: "("), let close = prefix.lastIndex(of: ")"), open < close {
            place = prefix[..<open].trimmingCharacters(in: [" ", ","])
            outlet = String(prefix[prefix.index(after: open)..<close])
        } else {
            for part in prefix.split(separator: ",").map({ $0.trimmingCharacters(in: [" "]) }) {
                if isOutlet(part) { outlet = part } else if place == nil { place = part }
            }
        }
        guard place != nil || outlet != nil else { return nil }
        if let p = place {
            let words = p.split(separator: " ")
            guard !p.isEmpty, words.count <= 4, words.allSatisfy({ $0.first!.isUppercase }) else {
                return outlet.map { Dateline(place: nil, outlet: $0) }
            }
            place = titleCase(p)
        }
        return Dateline(place: place?.isEmpty == true ? nil : place, outlet: outlet)
    }

    static func isOutlet(_ s: String) -> Bool {
        let lower = s.lowercased()
        if lower.containsBytes(".com") || lower.containsBytes(".co") || lower.containsBytes(".id") || lower.containsBytes(".net") || lower.containsBytes(".news") { return true }
        let known = ["antara", "cnn indonesia", "kompas", "tempo", "detik", "liputan6", "merdeka", "suara", "kumparan", "jpnn", "okezone", "sindonews", "republika", "tribun", "inews", "idn times", "viva", "bisnis", "kontan", "beritasatu", "metro tv", "tvone", "media indonesia"]
        return known.contains { lower.hasPrefix($0) }
    }

    /// "MAKASSAR" → "Makassar", "KOTA BARU" → "Kota Baru"; mixed case is kept.
    static func titleCase(_ s: String) -> String {
        guard s == s.uppercased() else { return s }
        return s.lowercased().split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
