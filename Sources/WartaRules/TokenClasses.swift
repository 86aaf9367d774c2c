/// The `@class` elements of the pattern language. Each returns the token
/// lengths it can match at a position, longest first.
public final class TokenClasses: Sendable {
    let vocabulary: Vocabulary

    public init(vocabulary: Vocabulary) { self.vocabulary = vocabulary }

    /// Capitalised words that do not start a person's name.
    static let notNames: Set<String> = Set<String>([
        "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "pada", "dalam", "dari", "di", "ke",
        "yang", "dan", "ini", "itu", "ia", "dia", "kami", "kita", "mereka", "saya", "namun", "selain", "sementara",
        "menurut", "sebelumnya", "kemudian", "hal", "tak", "tidak", "para", "bapak", "ibu", "pak", "bu", "the", "sedangkan",
        "adapun", "untuk", "dengan", "oleh", "bagi", "sejak", "hingga", "saat", "kala", "ketika", "sebab", "karena",
        "selasa,", "provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan", "pemerintah", "pemkab", "pemkot",
        "pemprov", "pemda", "dinas", "badan", "kementerian", "polres", "polda", "kejari", "dprd", "satgas", "tim", "rp",
        "idul", "hari", "ramadhan", "lebaran", "natal", "tahun", "pukul", "jalan", "jl", "gedung", "kantor", "rumah", "masjid",
        "nomor", "no", "rt", "rw", "pasal", "ayat", "bab", "halaman", "foto", "video", "baca", "simak",
        "barat", "timur", "utara", "selatan", "tengah", "raya", "jaya", "baru", "hulu", "hilir", "besar", "daya",
        "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "seratus", "seribu",
    ]).union(Vocabulary.months.map { $0.lowercased() })

    static let nameParticles: Set<String> = ["bin", "binti", "van", "de", "der", "al", "el", "da", "dos"]

    /// Lengths through the per-article cache; multi-token classes are worked out once per position.
    public func lengths(_ name: String, _ cx: MatchContext, _ i: Int) -> [Int] {
        switch name {
        case "person", "office", "propername", "orgname", "numword":
            return cx.lengths(name, i) { lengths(name, cx.tokens, i) }
        default:
            return lengths(name, cx.tokens, i)
        }
    }

    public func lengths(_ name: String, _ t: [Token], _ i: Int) -> [Int] {
        guard i < t.count else { return [] }
        let tok = t[i]
        switch name {
        case "any": return [1]
        case "word": return tok.kind == .word ? [1] : []
        case "punct": return tok.kind == .punct ? [1] : []
        case "number": return tok.kind == .number ? [1] : []
        case "year":
            guard tok.kind == .number, tok.text.count == 4, let y = Int(tok.text), (1900...2100).contains(y) else { return [] }
            return [1]
        case "cap": return tok.kind == .word && tok.isCapitalized ? [1] : []
        case "lower": return tok.kind == .word && !tok.isCapitalized ? [1] : []
        case "acronym": return tok.isAcronymLike ? [1] : []
        case "initial":
            // "I" in Balinese names, "M." in "M. Yusuf"
            return tok.kind == .word && tok.text.count == 1 && tok.isCapitalized ? [1] : []
        case "person": return personLengths(t, i)
        case "numword":
            guard let parsed = NumberWords.parse(t, i) else { return [] }
            return [parsed.length]
        case "office": return officeLengths(t, i)
        case "propername": return properNameLengths(t, i)
        case "inparen":
            // Anything inside parentheses ("FHK2I", "Dirjen PAUD Dikdasmen"), up to the closing one.
            var j = i
            while j < t.count, j - i < 8, t[j].text != ")", t[j].text != "(" { j += 1 }
            return j < t.count && t[j].text == ")" && j > i ? [j - i] : []
        case "orgname": return orgNameLengths(t, i)
        case "countnoun":
            guard tok.kind == .word, !tok.isCapitalized, !vocabulary.notNouns.contains(tok.lower) else { return [] }
            return [1]
        default: return []
        }
    }

    /// A person's name: up to five capitalised words ("Ma'mun Amir",
    /// "I Wayan Sariana", "M. Yusuf", "Rahmat bin Ali"), none of them a known
    /// title, region or agency word. Longest first.
    public func personLengths(_ t: [Token], _ i: Int) -> [Int] {
        var words = 0
        var j = i
        var ends: [Int] = []
        while j < t.count, words < 5 {
            let tok = t[j]
            // Office words ("Wilayah", "Kepesertaan") continue titles; ranks and
            // capitals-only words ("PUPR", "Kombes") are not names either.
            // "Lalu" is a Sasak name as often as it opens "Lalu Lintas".
            let officeWord = vocabulary.officeWords.contains(tok.lower) && !(tok.lower == "lalu" && !(j + 1 < t.count && t[j + 1].lower == "lintas"))
            let shouting = tok.text.count >= 2 && tok.text.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
            let rank = words > 0 && !(vocabulary.gazetteers["honorific"]?.matches(in: t, at: j).isEmpty ?? true)
            if tok.kind == .word, tok.isCapitalized, !Self.notNames.contains(tok.lower), !officeWord, !shouting || tok.text.count == 1, !rank, !startsOtherEntity(t, j) {
                words += 1
                j += 1
                // "M." initial
                if tok.text.count == 1, j < t.count, t[j].text == "." { j += 1 }
                ends.append(j)
                continue
            }
            if words > 0, tok.kind == .word, Self.nameParticles.contains(tok.text), j + 1 < t.count, t[j + 1].isCapitalized {
                j += 1
                continue
            }
            break
        }
        // A lone initial ("D") is not a name.
        if ends.count == 1, t[i].text.count == 1 { return [] }
        // A "name" that runs into an agency, a local body or a rank is part of an office
        // ("Ditlantas Polda Metro Jaya AKBP ..."), not a person.
        return ends.reversed().filter { end in
            guard end < t.count else { return true }
            for g in ["agency", "agency_prefix", "honorific"] {
                if let gz = vocabulary.gazetteers[g], gz.requiresCapital || t[end].isCapitalized, !gz.matches(in: t, at: end).isEmpty { return false }
            }
            return true
        }.map { $0 - i }
    }

    /// Words that continue an office title ("Kepesertaan", "Tenaga Kerja dan
    /// Transmigrasi", "Bidang Koordinasi"): capitalised office words, with
    /// "dan"/"&" between two of them. Longest first.
    public func officeLengths(_ t: [Token], _ i: Int) -> [Int] {
        var j = i
        var ends: [Int] = []
        while j < t.count {
            let tok = t[j]
            if tok.kind == .word, tok.isCapitalized, vocabulary.officeWords.contains(tok.lower),
               vocabulary.gazetteers["region"].map({ $0.matches(in: t, at: j).isEmpty }) ?? true,
               j == i || ((vocabulary.gazetteers["agency"].map({ $0.matches(in: t, at: j).isEmpty }) ?? true)
                   && (vocabulary.gazetteers["agency_prefix"].map({ $0.matches(in: t, at: j).isEmpty }) ?? true)) {
                j += 1
                ends.append(j)
                continue
            }
            if !ends.isEmpty, tok.lower == "dan" || tok.text == "&" || tok.text == ",", j + 1 < t.count,
               t[j + 1].isCapitalized, vocabulary.officeWords.contains(t[j + 1].lower) {
                j += 1
                continue
            }
            // "..., Pendidikan Dasar, dan Pendidikan Menengah"
            if !ends.isEmpty, tok.text == ",", j + 2 < t.count, t[j + 1].lower == "dan", t[j + 2].isCapitalized,
               vocabulary.officeWords.contains(t[j + 2].lower) {
                j += 2
                continue
            }
            // "Komisi D", "Seksi II", "Bidang III": a letter or roman numeral after an office word.
            if j > 0, vocabulary.officeWords.contains(t[j - 1].lower), tok.kind == .word, Self.letterOrRoman.contains(tok.text) {
                j += 1
                ends.append(j)
                continue
            }
            break
        }
        return ends.reversed().map { $0 - i }
    }

    /// Words that end a place name: `notNames` without the directions and
    /// descriptors place names carry ("Ilir Barat I", "Binjai Hulu", "Kota Baru").
    static let placeStops: Set<String> = notNames.subtracting(["barat", "timur", "utara", "selatan", "tengah", "raya", "jaya", "baru", "hulu", "hilir", "besar"])

    /// Words that open Indonesian place names and may precede another place's name.
    static let geographicWords: Set<String> = ["teluk", "kuala", "muara", "sungai", "tanjung", "pulau", "air", "ujung", "batu", "bukit",
                                               "pasir", "lubuk", "rantau", "tebing", "padang", "koto", "danau", "gunung", "simpang"]

    public static let kindWords: Set<String> = ["kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "kampung", "nagari", "gampong", "dusun"]

    /// A proper name of a place or company: up to five capitalised words,
    /// stopping at a kind word ("Kabupaten"), a title or an agency.
    public func properNameLengths(_ t: [Token], _ i: Int) -> [Int] {
        var j = i
        while j < t.count, j - i < 5 {
            let tok = t[j]
            guard tok.kind == .word || (tok.kind == .number && j > i), tok.isCapitalized || tok.kind == .number,
                  !Self.placeStops.contains(tok.lower),
                  !Self.kindWords.contains(tok.lower) else { break }
            if j > i, let title = vocabulary.gazetteers["title"], !title.matches(in: t, at: j).isEmpty { break }
            if j > i, let agency = vocabulary.gazetteers["agency"], !agency.matches(in: t, at: j).isEmpty { break }
            // A region's name after a geographic word is part of a new name ("Kuala Kampar", "Teluk Meranti").
            if j > i, let region = vocabulary.gazetteers["region"], !region.matches(in: t, at: j).isEmpty,
               !Self.geographicWords.contains(t[j - 1].lower) { break }
            j += 1
        }
        return j > i ? (1...(j - i)).reversed().map { $0 } : []
    }

    /// The name of a body defined with its acronym: an organisation head word
    /// ("Badan", "Tim", "Dinas", "Taruna" ...) and capitalised words after it,
    /// with "dan", "&", "untuk", "di" between. Longest first.
    public func orgNameLengths(_ t: [Token], _ i: Int) -> [Int] {
        guard i < t.count, t[i].isCapitalized, vocabulary.orgHeads.contains(t[i].lower) else { return [] }
        var j = i + 1
        var ends = [j]
        while j < t.count, j - i < 12 {
            let tok = t[j]
            // A local body or a region after the name belongs to what follows ("Partai Golkar DPRD Riau").
            if let g = vocabulary.gazetteers["agency_prefix"], !g.matches(in: t, at: j).isEmpty { break }
            if let g = vocabulary.gazetteers["region"], let r = g.matches(in: t, at: j).first {
                // ... unless the region closes the name before its acronym ("... Sulawesi Maluku (BPJAMSOSTEK Sulama)").
                if j + r.length < t.count, t[j + r.length].text == "(" { j += r.length; ends.append(j); continue }
                break
            }
            if tok.kind == .word, tok.isCapitalized { j += 1; ends.append(j); continue }
            if ["dan", "&", "untuk", "di", "se", "pada"].contains(tok.lower), j + 1 < t.count, t[j + 1].isCapitalized { j += 1; continue }
            break
        }
        return ends.reversed().map { $0 - i }
    }

    static let letterOrRoman: Set<String> = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    /// Whether a title, a region, or a national agency starts at `j`.
    func startsOtherEntity(_ t: [Token], _ j: Int) -> Bool {
        for g in ["title", "region", "agency", "agency_prefix", "place"] {
            if let gz = vocabulary.gazetteers[g], !gz.matches(in: t, at: j).isEmpty { return true }
        }
        return false
    }
}
