import WartaPage
/// Recognises lines (paragraphs) that are page furniture by their words:
/// "Baca juga:", "ADVERTISEMENT", "Pewarta: ...", "Copyright © ...", share
/// words, pagers, video prompts. Used for HTML blocks and text-dump lines.
public enum BoilerplateLines {
    /// Why a line is boilerplate, or nil when it may be article text.
    public static func reason(_ line: String) -> String? {
        let length = line.unicodeScalars.count
        // Long paragraphs can only match the rules without a length limit.
        if length > longestLimited {
            let lower = line.lowercased()
            for p in unlimited where p.isPrefix ? lower.hasPrefix(p.text) : lower.containsBytes(p.text) { return p.reason }
            return nil
        }
        let lower = line.lowercased()
        let trimmed = lower.trimmingCharacters(in: punctuationAndSpace)
        if trimmed.isEmpty { return line.isEmpty ? "empty" : (length <= 3 ? nil : "punctuation") }
        if exact.contains(trimmed) { return "furniture word" }
        for p in prefixes where lower.hasPrefix(p.text) {
            if p.maxLength == 0 || length <= p.maxLength { return p.reason }
        }
        for p in anywhere where lower.containsBytes(p.text) {
            if p.maxLength == 0 || length <= p.maxLength { return p.reason }
        }
        if let label = labelReason(lower, length: length) { return label }
        if isDeskCode(trimmed, original: line) { return "desk code" }
        if length <= 12, line.unicodeScalars.allSatisfy({ ($0.value >= 48 && $0.value <= 57) || ".,: ".unicodeScalars.contains($0) }) {
            return "counter"
        }
        if isPager(trimmed) { return "pager" }
        return nil
    }

    /// Rules that apply to lines of any length, and the longest limit of the others.
    static let unlimited: [(text: String, reason: String, isPrefix: Bool)] =
        prefixes.filter { $0.maxLength == 0 }.map { ($0.text, $0.reason, true) } + anywhere.filter { $0.maxLength == 0 }.map { ($0.text, $0.reason, false) }
    static let longestLimited = max(160, (prefixes + anywhere).map(\.maxLength).max() ?? 0)

    static let punctuationAndSpace: Set<Character> = [" ", ".", ",", ":", ";", "-", "–", "—", "|", "·", "•", "*", "/", "\u{a0}", "(", ")", "[", "]", ">", "<", "»", "«", "!", "?", "#", "=", "+", "_"]

    struct Pattern {
        let text: String
        let reason: String
        /// The rule applies only to lines up to this many characters (0: any).
        let maxLength: Int
    }

    static let exact: Set<String> = [
        "advertisement", "advertisment", "iklan", "ads", "scroll to continue with content",
        "advertisement scroll to continue with content", "scroll untuk melanjutkan", "bagikan",
        "share", "tweet", "whatsapp", "facebook", "twitter", "telegram", "line", "linkedin", "salin link",
        "copy link", "copy-link", "salin tautan", "komentar", "comment", "berita terkait", "artikel terkait",
        "baca juga", "lihat juga", "simak juga", "tonton juga", "tag", "tags", "topik", "topik terkait",
        "terpopuler", "berita terkini", "terkini", "pilihan editor", "rekomendasi", "zoom-in-whiteperbesar",
        "perbesar", "tampilkan semua", "selanjutnya", "sebelumnya", "next", "prev", "konten media partner",
        "konten ini diproduksi oleh mitra", "more", "more-vertical", "sosmed-whatsapp-white", "copy-link-circle",
        "read more", "baca selengkapnya", "selengkapnya", "lanjutkan membaca", "dengarkan", "dengarkan berita",
        "play", "loading", "loading...", "0", "ikuti kami", "follow us", "related", "related posts", "related articles",
        "you may also like", "most read", "trending", "recommended", "sponsored", "advertorial", "video",
        "foto", "galeri", "infografis", "ikuti whatsapp channel", "google news",
    ]

    static let prefixes: [Pattern] = [
        Pattern(text: "baca juga", reason: "read-also link", maxLength: 300),
        Pattern(text: "baca :", reason: "read-also link", maxLength: 200),
        Pattern(text: "baca:", reason: "read-also link", maxLength: 200),
        Pattern(text: "simak juga", reason: "read-also link", maxLength: 300),
        Pattern(text: "lihat juga", reason: "read-also link", maxLength: 300),
        Pattern(text: "tonton juga", reason: "video prompt", maxLength: 300),
        Pattern(text: "baca berita", reason: "read-also link", maxLength: 200),
        Pattern(text: "artikel terkait", reason: "read-also link", maxLength: 300),
        Pattern(text: "berita terkait", reason: "related stories", maxLength: 300),
        Pattern(text: "pilihan editor", reason: "related stories", maxLength: 300),
        Pattern(text: "read also", reason: "read-also link", maxLength: 300),
        Pattern(text: "read more", reason: "read-also link", maxLength: 200),
        Pattern(text: "see also", reason: "read-also link", maxLength: 200),
        Pattern(text: "related:", reason: "read-also link", maxLength: 300),
        Pattern(text: "mehr zum thema", reason: "read-also link", maxLength: 160),
        Pattern(text: "lesen sie auch", reason: "read-also link", maxLength: 160),
        Pattern(text: "lesen sie mehr", reason: "read-also link", maxLength: 160),
        Pattern(text: "mehr zur lage", reason: "read-also link", maxLength: 160),
        Pattern(text: "auch interessant", reason: "read-also link", maxLength: 160),
        Pattern(text: "das könnte sie auch interessieren", reason: "read-also link", maxLength: 160),
        Pattern(text: "lire aussi", reason: "read-also link", maxLength: 160),
        Pattern(text: "à lire aussi", reason: "read-also link", maxLength: 160),
        Pattern(text: "a lire aussi", reason: "read-also link", maxLength: 160),
        Pattern(text: "leia também", reason: "read-also link", maxLength: 160),
        Pattern(text: "leia mais", reason: "read-also link", maxLength: 160),
        Pattern(text: "lee también", reason: "read-also link", maxLength: 160),
        Pattern(text: "leer más", reason: "read-also link", maxLength: 160),
        Pattern(text: "leggi anche", reason: "read-also link", maxLength: 160),
        Pattern(text: "czytaj też", reason: "read-also link", maxLength: 160),
        Pattern(text: "czytaj także", reason: "read-also link", maxLength: 160),
        Pattern(text: "czytaj więcej", reason: "read-also link", maxLength: 160),
        Pattern(text: "les også", reason: "read-also link", maxLength: 160),
        Pattern(text: "läs också", reason: "read-also link", maxLength: 160),
        Pattern(text: "lees ook", reason: "read-also link", maxLength: 160),
        Pattern(text: "more from", reason: "read-also link", maxLength: 160),
        Pattern(text: "watch:", reason: "read-also link", maxLength: 160),
        Pattern(text: "listen:", reason: "read-also link", maxLength: 160),
        Pattern(text: "recommended:", reason: "read-also link", maxLength: 160),
        Pattern(text: "quelle:", reason: "source line", maxLength: 80),
        Pattern(text: "source:", reason: "source line", maxLength: 80),
        Pattern(text: "fuente:", reason: "source line", maxLength: 80),
        Pattern(text: "fonte:", reason: "source line", maxLength: 80),
        Pattern(text: "źródło:", reason: "source line", maxLength: 80),
        Pattern(text: "kilde:", reason: "source line", maxLength: 80),
        Pattern(text: "foto:", reason: "photo credit", maxLength: 250),
        Pattern(text: "foto :", reason: "photo credit", maxLength: 250),
        Pattern(text: "ilustrasi", reason: "photo caption", maxLength: 160),
        Pattern(text: "sumber:", reason: "source line", maxLength: 120),
        Pattern(text: "sumber :", reason: "source line", maxLength: 120),
        Pattern(text: "copyright", reason: "copyright line", maxLength: 300),
        Pattern(text: "©", reason: "copyright line", maxLength: 300),
        Pattern(text: "(c) ", reason: "copyright line", maxLength: 200),
        Pattern(text: "hak cipta", reason: "copyright line", maxLength: 300),
        Pattern(text: "dilarang mengambil", reason: "syndication line", maxLength: 0),
        Pattern(text: "dilarang keras", reason: "syndication line", maxLength: 400),
        Pattern(text: "artikel ini telah tayang", reason: "syndication line", maxLength: 0),
        Pattern(text: "artikel ini sudah tayang", reason: "syndication line", maxLength: 0),
        Pattern(text: "artikel ini telah terbit", reason: "syndication line", maxLength: 0),
        Pattern(text: "tag:", reason: "tag list", maxLength: 400),
        Pattern(text: "tags:", reason: "tag list", maxLength: 400),
        Pattern(text: "tag :", reason: "tag list", maxLength: 400),
        Pattern(text: "topik:", reason: "tag list", maxLength: 400),
        Pattern(text: "kata kunci", reason: "tag list", maxLength: 400),
        Pattern(text: "video:", reason: "video prompt", maxLength: 250),
        Pattern(text: "video :", reason: "video prompt", maxLength: 250),
        Pattern(text: "saksikan video", reason: "video prompt", maxLength: 250),
        Pattern(text: "saksikan live", reason: "video prompt", maxLength: 250),
        Pattern(text: "simak video", reason: "video prompt", maxLength: 250),
        Pattern(text: "tonton video", reason: "video prompt", maxLength: 250),
        Pattern(text: "[gambas", reason: "video prompt", maxLength: 250),
        Pattern(text: "halaman ", reason: "pager", maxLength: 60),
        Pattern(text: "advertisement", reason: "advertisement marker", maxLength: 80),
        Pattern(text: "scroll down", reason: "advertisement marker", maxLength: 80),
        Pattern(text: "scroll untuk", reason: "advertisement marker", maxLength: 80),
        Pattern(text: "lanjutkan membaca", reason: "pager", maxLength: 60),
        Pattern(text: "lanjut baca", reason: "pager", maxLength: 60),
        Pattern(text: "infografis", reason: "infographic title", maxLength: 140),
        Pattern(text: "galeri foto", reason: "gallery title", maxLength: 140),
        Pattern(text: "scroll to continue", reason: "advertisement marker", maxLength: 80),
        Pattern(text: "ikuti berita", reason: "follow prompt", maxLength: 250),
        Pattern(text: "ikuti kami", reason: "follow prompt", maxLength: 250),
        Pattern(text: "simak berita", reason: "follow prompt", maxLength: 250),
        Pattern(text: "dapatkan update", reason: "follow prompt", maxLength: 250),
        Pattern(text: "dapatkan berita", reason: "follow prompt", maxLength: 250),
        Pattern(text: "klik di sini", reason: "follow prompt", maxLength: 200),
        Pattern(text: "klik link", reason: "follow prompt", maxLength: 200),
        Pattern(text: "download aplikasi", reason: "app prompt", maxLength: 250),
        Pattern(text: "unduh aplikasi", reason: "app prompt", maxLength: 250),
        Pattern(text: "berlangganan", reason: "newsletter prompt", maxLength: 250),
        Pattern(text: "daftar newsletter", reason: "newsletter prompt", maxLength: 250),
        Pattern(text: "sign up", reason: "newsletter prompt", maxLength: 200),
        Pattern(text: "subscribe", reason: "newsletter prompt", maxLength: 200),
        Pattern(text: "follow us", reason: "follow prompt", maxLength: 200),
        Pattern(text: "share this", reason: "share bar", maxLength: 120),
        Pattern(text: "bagikan", reason: "share bar", maxLength: 120),
        Pattern(text: "pic.twitter.com", reason: "embedded post", maxLength: 0),
    ]

    static let anywhere: [Pattern] = [
        Pattern(text: "pic.twitter.com/", reason: "embedded post", maxLength: 0),
        Pattern(text: "a post shared by", reason: "embedded post", maxLength: 0),
        Pattern(text: "dibagikan oleh", reason: "embedded post", maxLength: 200),
        Pattern(text: "lihat postingan ini di instagram", reason: "embedded post", maxLength: 0),
        Pattern(text: "view this post on instagram", reason: "embedded post", maxLength: 0),
        Pattern(text: "all rights reserved", reason: "copyright line", maxLength: 300),
        Pattern(text: "scroll to continue with content", reason: "advertisement marker", maxLength: 120),
        Pattern(text: "di google news", reason: "follow prompt", maxLength: 250),
        Pattern(text: "whatsapp channel", reason: "follow prompt", maxLength: 250),
        Pattern(text: "telegram channel", reason: "follow prompt", maxLength: 250),
        Pattern(text: "dengan judul", reason: "syndication line", maxLength: 0),
    ]

    /// Credit labels followed by a colon: "Pewarta: X", "Editor : Y", "Foto: Z".
    static let labels: [(word: String, reason: String)] = [
        ("pewarta", "reporter line"), ("editor", "editor line"), ("penyunting", "editor line"),
        ("penulis", "reporter line"), ("reporter", "reporter line"), ("kontributor", "reporter line"),
        ("redaktur", "editor line"), ("fotografer", "photo credit"), ("uploader", "editor line"),
        ("penerjemah", "editor line"), ("oleh", "byline"), ("laporan wartawan", "byline"),
        ("laporan reporter", "byline"), ("writer", "byline"), ("written by", "byline"), ("by", "byline"),
        ("reporting by", "byline"), ("editing by", "editor line"), ("teks", "byline"), ("author", "byline"),
        ("sumber foto", "photo credit"), ("grafis", "photo credit"), ("desain", "photo credit"),
    ]

    static func labelReason(_ lower: String, length: Int) -> String? {
        guard length <= 160 else { return nil }
        for (word, reason) in labels where lower.hasPrefix(word) {
            var rest = lower.dropFirst(word.count)
            while let f = rest.first, f == " " || f == "\u{a0}" { rest = rest.dropFirst() }
            if rest.first == ":" { return reason }
        }
        return nil
    }

    /// "(mdk/yan)", "(kid/fik)", "(tim/ugo)", "(ant)", "(*/zul)".
    static func isDeskCode(_ trimmed: String, original: String) -> Bool {
        let t = original.trimmingCharacters(in: [" ", "\u{a0}"])
        guard t.hasPrefix("("), t.hasSuffix(")"), t.count <= 24 else { return false }
        let inner = t.dropFirst().dropLast()
        if inner == "*" { return false }
        return inner.allSatisfy { $0.isLetter || $0 == "/" || $0 == "*" || $0 == " " || $0 == "-" || $0 == "." }
            && inner.count >= 2
    }

    /// "1 2 3 Selanjutnya", "Halaman 1/2", "1 2 Next".
    static func isPager(_ trimmed: String) -> Bool {
        var words = trimmed.split(separator: " ")
        guard !words.isEmpty, words.count <= 12 else { return false }
        let navWords: Set<Substring> = ["selanjutnya", "sebelumnya", "next", "prev", "previous", "halaman", "page", "berikutnya", "tampilkan", "semua", "all", "show", "»", "«", "...", "of", "dari"]
        var digits = 0
        words = words.filter { w in
            if w.allSatisfy({ $0.isNumber || $0 == "/" }) { digits += 1; return false }
            return !navWords.contains(w)
        }
        return words.isEmpty && digits >= 2
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
