import WartaRules

/// Merges mentions into one entry per entity per article.
///
/// - Places: one per region (by code) or per name; a bare name shared by a
///   regency and a city takes the kind another mention states, else city.
/// - Agencies: one per full name; an acronym defined in the text links its
///   later bare uses; forms used become the acronym and aliases.
/// - Officials: one per person; a later mention by the full name, first
///   name or last name adds evidence.
/// - Laws: one per (type, number, year). Figures: one per (value, unit, noun).
struct Resolver: Sendable {
    let vocabulary: Vocabulary
    let places: PlaceBuilder

    func places(_ mentions: [PlaceBuilder.Mention]) -> [Place] {
        var out: [Place] = []
        var index: [String: Int] = [:]
        // Which kind each ambiguous name is stated with elsewhere in the article.
        var statedKinds: [String: String] = [:]
        for m in mentions where m.explicitKind { statedKinds[m.place.name.lowercased()] = m.place.kind }
        for var m in mentions {
            if !m.alternatives.isEmpty {
                let all = [vocabulary.regions.firstIndex { $0.code == m.place.code } ?? 0] + m.alternatives
                let want = statedKinds[m.place.name.lowercased()] ?? "city"
                if let pick = all.first(where: { vocabulary.regions[$0].kind == want }) {
                    let form = m.place.aliases.first ?? m.place.name
                    m.place = places.place(region: pick, form: form, evidence: m.place.mentions[0])
                }
            }
            let key = (m.place.code ?? "") + "|" + m.place.name.lowercased() + "|" + (m.place.code == nil ? m.place.kind : "")
            if let at = index[key] {
                out[at].mentions += m.place.mentions
                for a in m.place.aliases where !out[at].aliases.contains(a) { out[at].aliases.append(a) }
            } else {
                index[key] = out.count
                out.append(m.place)
            }
        }
        return out
    }

    func agencies(_ mentions: [Agency], text: ArticleText) -> [Agency] {
        var out: [Agency] = []
        var index: [String: Int] = [:]
        for a in mentions {
            let key = a.name.lowercased()
            if let at = index[key] {
                out[at].mentions += a.mentions
                for form in [a.acronym].compactMap({ $0 }) + a.aliases where form != out[at].name {
                    if out[at].acronym == nil { out[at].acronym = form }
                    else if form != out[at].acronym && !out[at].aliases.contains(form) { out[at].aliases.append(form) }
                }
            } else {
                index[key] = out.count
                out.append(a)
            }
        }
        // A body whose every mention lies inside another's, and whose name is part of the
        // other's name ("Badan Penanggulangan Bencana Daerah" in "... Daerah Kabupaten Sintang"),
        // is that body: fold it in.
        var folded = Set<Int>()
        for (i, a) in out.enumerated() {
            for (j, b) in out.enumerated() where i != j && !folded.contains(j) {
                let inside = a.mentions.allSatisfy { m in b.mentions.contains { $0.start <= m.start && m.end <= $0.end && ($0.start, $0.end) != (m.start, m.end) } }
                if inside && b.name.lowercased().contains(a.name.lowercased()) {
                    folded.insert(i)
                    if let acr = a.acronym, b.acronym == nil { out[j].acronym = acr }
                    break
                }
            }
        }
        out = out.enumerated().filter { !folded.contains($0.offset) }.map(\.element)
        // Acronyms defined in the text ("(Tagana)") also count where they stand alone later.
        for (k, a) in out.enumerated() {
            guard let acronym = a.acronym, !acronym.contains(" "), a.mentions.contains(where: { $0.rule == "agencies.defined" }) else { continue }
            let seen = Set(a.mentions.map(\.start))
            for (i, t) in text.tokens.enumerated() where t.text == acronym {
                let ev = text.evidence(i, i + 1, rule: "agencies.acronym-reuse")
                // A use inside the defining mention (or already counted) adds nothing.
                if !seen.contains(ev.start) && !a.mentions.contains(where: { $0.start <= ev.start && ev.end <= $0.end }) {
                    out[k].mentions.append(ev)
                }
            }
        }
        return out
    }

    func officials(_ mentions: [Official], text: ArticleText) -> [Official] {
        var out: [Official] = []
        for o in mentions {
            let key = o.name.lowercased()
            if let at = out.firstIndex(where: { $0.name.lowercased() == key || Self.samePerson($0.name, o.name) }) {
                out[at].mentions += o.mentions
                if out[at].organization == nil { out[at].organization = o.organization }
                if o.name.count > out[at].name.count { out[at].name = o.name }
            } else {
                out.append(o)
            }
        }
        // Later mentions by name alone: the full name, or its first or last word.
        for (k, o) in out.enumerated() {
            let parts = o.name.split(separator: " ").map(String.init).filter { $0.count >= 3 }
            let covered = o.mentions
            for (i, t) in text.tokens.enumerated() where t.isCapitalized {
                guard let first = parts.first, let last = parts.last else { break }
                guard t.text == first || t.text == last else { continue }
                let ev = text.evidence(i, i + 1, rule: "officials.later-mention")
                if covered.contains(where: { $0.start <= ev.start && ev.end <= $0.end }) { continue }
                if out[k].mentions.contains(where: { $0.start == ev.start }) { continue }
                out[k].mentions.append(ev)
            }
        }
        return out
    }

    /// "Ma'mun" and "Ma'mun Amir": one name is the start or the end of the other.
    static func samePerson(_ a: String, _ b: String) -> Bool {
        let x = a.lowercased().split(separator: " "), y = b.lowercased().split(separator: " ")
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        guard !short.isEmpty, short.count < long.count else { return false }
        return Array(long.prefix(short.count)) == short || Array(long.suffix(short.count)) == short
    }

    func laws(_ mentions: [Law]) -> [Law] {
        var out: [Law] = []
        for l in mentions {
            if let at = out.firstIndex(where: { $0.type == l.type && $0.number == l.number && ($0.year == l.year || l.year == nil) }) {
                out[at].mentions += l.mentions
            } else if let at = out.firstIndex(where: { $0.type == l.type && $0.number == l.number && $0.year == nil }) {
                out[at].year = l.year
                out[at].mentions += l.mentions
            } else {
                out.append(l)
            }
        }
        return out
    }

    func figures(_ mentions: [Figure]) -> [Figure] {
        var out: [Figure] = []
        for f in mentions {
            if let at = out.firstIndex(where: { $0.value == f.value && $0.unit == f.unit && $0.noun == f.noun && $0.text == f.text }) {
                out[at].mentions += f.mentions
            } else {
                out.append(f)
            }
        }
        return out
    }
}
