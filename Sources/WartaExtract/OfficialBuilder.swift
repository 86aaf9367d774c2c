import WartaRules

/// A person with an office from an `officials` rule. The title is written
/// out in full (titles.tsv: "Wagub" → "Wakil Gubernur", "Plt" → "Pelaksana
/// Tugas") with the rest of the office as written ("Direktur" +
/// "Kepesertaan"); the organisation comes from the body named after the
/// title, or from the title's template filled with the region
/// ("Pemerintah Provinsi {name}" + Sulteng → "Pemerintah Provinsi Sulawesi Tengah").
struct OfficialBuilder: Sendable {
    let vocabulary: Vocabulary
    let agencies: AgencyBuilder

    static let modifiers: [String: String] = [
        "plt": "Pelaksana Tugas", "pj": "Penjabat", "plh": "Pelaksana Harian", "penjabat": "Penjabat",
        "pelaksana tugas": "Pelaksana Tugas", "pelaksana harian": "Pelaksana Harian",
    ]

    func build(_ c: Candidate, spec: RuleSpec, text: ArticleText) -> Official? {
        guard let nameCap = c.captures["name"], let titleCap = c.captures["title"], let row = titleCap.row else { return nil }
        // The title as the table writes it, whatever the case in the text ("juru bicara" → "Juru Bicara").
        let t = vocabulary.titles[row]
        var titleWords: [String] = []
        if let mod = c.captures["mod"] {
            let key = text.text(mod).lowercased().trimmingCharacters(in: ["."])
            titleWords.append(Self.modifiers[key] ?? text.text(mod))
        }
        titleWords.append(t.title)
        let rest = c.captures["rest"].map { text.text($0) }
        if let rest { titleWords.append(rest) }

        var organization: String?
        var region: Int?
        if let org = c.captures["org"] {
            // The org alternative matched one of: agency [region], prefix region, region, place.
            let toks = text.tokens
            var i = org.start
            // A national body named anywhere in the span is the organisation: "Kantor Wilayah BPJS
            // Ketenagakerjaan ..." → BPJS Ketenagakerjaan; "Ditlantas Polda Metro Jaya" → Polda Metro Jaya.
            // A local body in the span wins over a party or national body before it ("Fraksi Partai Golkar DPRD Riau").
            if let k = (org.start..<org.end).first(where: { k in
                   guard let p = vocabulary.gazetteers["agency_prefix"]?.matches(in: toks, at: k).first, k + p.length < org.end else { return false }
                   return !(vocabulary.gazetteers["region"]?.matches(in: toks, at: k + p.length).isEmpty ?? true)
               }), k > org.start,
               let p = vocabulary.gazetteers["agency_prefix"]?.matches(in: toks, at: k).first,
               let r = vocabulary.gazetteers["region"]?.matches(in: toks, at: k + p.length).first {
                organization = localBodyOrganization(for: vocabulary.agencyPatterns[p.entry.row], region: vocabulary.regionFormRows[r.entry.row])
                i = org.end
            } else if let k = (org.start..<org.end).first(where: { !(vocabulary.gazetteers["agency"]?.matches(in: toks, at: $0).isEmpty ?? true) }),
               let a = vocabulary.gazetteers["agency"]?.matches(in: toks, at: k).first, k + a.length <= org.end {
                organization = vocabulary.agencies[a.entry.row].name
                i = k + a.length
            } else if let p = vocabulary.gazetteers["agency_prefix"]?.matches(in: toks, at: i).first, i + p.length < org.end,
                      let r = vocabulary.gazetteers["region"]?.matches(in: toks, at: i + p.length).first {
                organization = localBodyOrganization(for: vocabulary.agencyPatterns[p.entry.row], region: vocabulary.regionFormRows[r.entry.row])
                i = org.end
            }
            // The region may follow a unit the gazetteers do not know ("PUPR Tanah Laut").
            if let k = (i..<org.end).first(where: { !(vocabulary.gazetteers["region"]?.matches(in: toks, at: $0).isEmpty ?? true) }),
               let r = vocabulary.gazetteers["region"]?.matches(in: toks, at: k).first {
                region = vocabulary.regionFormRows[r.entry.row]
            } else if i < org.end, let p = vocabulary.gazetteers["place"]?.matches(in: toks, at: i).first,
                      vocabulary.places[p.entry.row].name == "Indonesia" {
                organization = organization ?? "Republik Indonesia"
            }
        }
        let orgName = c.captures["orgname"].map { text.text($0) }
        if organization == nil, region == nil, let org = c.captures["org"], vocabulary.orgHeads.contains(text.tokens[org.start].lower) {
            // A body named in place ("Forum Honorer Kategori Dua Indonesia").
            organization = text.text(org)
        }
        if organization == nil, let orgName, t.organization.contains("{name}"), region == nil {
            // "Kepala Desa Golo Mori": the name after the title is the body's place.
            organization = t.organization.replacingAll("{name}", with: orgName)
        }
        if organization == nil, let rest, ["kantor", "balai", "unit", "lembaga"].contains(Tokenizer.tokenize(rest).first?.lower ?? ""),
           let place = region.map({ agencies.regionPhrase($0) }) ?? orgName {
            // "Kepala Kantor Pertanahan Kabupaten Gowa": the office named in the title is the body.
            organization = rest + " " + place
        }
        if organization == nil {
            let template = t.organization
            if let region, !template.isEmpty {
                organization = template
                    .replacingAll("{region}", with: agencies.regionPhrase(region))
                    .replacingAll("{name}", with: vocabulary.regions[region].name)
            } else if let region, let rest, let p = Self.prefixRow(rest, vocabulary) {
                // "Kepala" + "Kejaksaan Negeri" + Parigi Moutong: the office names the body.
                organization = localBodyOrganization(for: vocabulary.agencyPatterns[p], region: region)
            } else if !template.isEmpty, !template.contains("{") {
                organization = template
            }
        }
        var name = text.text(nameCap)
        // "Komisaris CV Laut Biru Mandiri Fikri Ardiansyah (FA)": the initials in parentheses say
        // where the company's name ends and the person's begins.
        let tk = text.tokens
        if c.end + 2 < tk.count, tk[c.end].text == "(", tk[c.end + 2].text == ")", tk[c.end + 1].isAllCaps,
           let org = c.captures["org"], ["pt", "cv"].contains(tk[org.start].lower) {
            let initials = Array(tk[c.end + 1].text)
            let words = (org.start..<nameCap.end).filter { tk[$0].kind == Token.Kind.word }
            if initials.count < words.count {
                let personWords = Array(words.suffix(initials.count))
                if personWords.map({ Character(tk[$0].text.prefix(1).uppercased()) }) == initials {
                    name = text.text(personWords[0], nameCap.end)
                    organization = text.text(org.start, personWords[0])
                }
            }
        }
        while name.hasSuffix(",") || name.hasSuffix(".") && name.count > 3 && !name.dropLast().hasSuffix(" ") { name.removeLast() }
        return Official(name: name, title: titleWords.joined(separator: " "), organization: organization,
                        mentions: [text.evidence(c.start, c.end, rule: spec.id)])
    }

    /// The organisation of an office in a local body: a regional office
    /// (Dinas, Badan) belongs to its local government; police, prosecutors
    /// and courts are their own organisation.
    func localBodyOrganization(for pattern: Vocabulary.AgencyPattern, region: Int) -> String {
        // A Dinas belongs to its local government; a Badan (BPBD, Bappeda) is a body of its own.
        if pattern.kind == "local-agency" && pattern.full.hasPrefix("Dinas") { return "Pemerintah " + agencies.regionPhrase(region) }
        return agencies.localName(pattern: pattern, region: region)
    }

    static func prefixRow(_ rest: String, _ v: Vocabulary) -> Int? {
        let toks = Tokenizer.tokenize(rest)
        guard let m = v.gazetteers["agency_prefix"]?.matches(in: toks, at: 0).first, m.length == toks.count else { return nil }
        return m.entry.row
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
