import WartaRules

/// Stage 2 of the pipeline: the cleaned body in, entities with evidence
/// out. Built once per run from a compiled `RuleSet`; `extract` is called
/// per article and shares nothing mutable, so it is safe across threads.
public final class Extractor: Sendable {
    public let rules: RuleSet
    let finder: CandidateFinder
    let laws: LawBuilder
    let figures: FigureBuilder
    let places: PlaceBuilder
    let agencies: AgencyBuilder
    let officials: OfficialBuilder
    let resolver: Resolver

    public init(rules: RuleSet) {
        self.rules = rules
        finder = CandidateFinder(rules: rules)
        laws = LawBuilder(vocabulary: rules.vocabulary)
        figures = FigureBuilder(vocabulary: rules.vocabulary)
        places = PlaceBuilder(vocabulary: rules.vocabulary)
        agencies = AgencyBuilder(vocabulary: rules.vocabulary)
        officials = OfficialBuilder(vocabulary: rules.vocabulary, agencies: agencies)
        resolver = Resolver(vocabulary: rules.vocabulary, places: places)
    }

    /// What `explain` shows: the settled winners, the losers and why.
    public struct Trace: Sendable {
        public var text: ArticleText
        public var winners: [Candidate]
        public var rejected: [Rejection]
        public var entities: Entities
    }

    public func extract(body: String, dateline: String? = nil) -> Entities {
        trace(body: body, dateline: dateline).entities
    }

    public func trace(body: String, dateline: String? = nil) -> Trace {
        let text = ArticleText(body: body)
        let (winners, rejected) = finder.settle(finder.candidates(text.tokens))
        var lawMentions: [Law] = [], figureMentions: [Figure] = [], placeMentions: [PlaceBuilder.Mention] = []
        var agencyMentions: [Agency] = [], officialMentions: [Official] = []
        for c in winners {
            let rule = rules.rules[c.ruleIndex]
            switch rule.field {
            case "laws": if let l = laws.build(c, rule: rule.spec.id, text: text) { lawMentions.append(l) }
            case "figures": if let f = figures.build(c, spec: rule.spec, text: text) { figureMentions.append(f) }
            case "places": if let p = places.build(c, spec: rule.spec, text: text) { placeMentions.append(p) }
            case "agencies": if let a = agencies.build(c, spec: rule.spec, text: text) { agencyMentions.append(a) }
            case "officials": if let o = officials.build(c, spec: rule.spec, text: text) { officialMentions.append(o) }
            default: break
            }
        }
        placeMentions += listedPlaces(after: placeMentions, text: text)
        var entities = Entities()
        entities.laws = resolver.laws(lawMentions)
        entities.places = resolver.places(placeMentions)
        if let dateline, !entities.places.contains(where: { $0.name == dateline || $0.aliases.contains(dateline) }) {
            entities.places.append(datelinePlace(dateline, text: text))
        }
        entities.agencies = resolver.agencies(agencyMentions, text: text)
        entities.officials = resolver.officials(officialMentions, text: text)
        entities.figures = attach(resolver.figures(figureMentions), places: entities.places, agencies: entities.agencies)
        return Trace(text: text, winners: winners, rejected: rejected, entities: entities)
    }

    /// Places listed after one named with its kind word share its kind:
    /// "Kecamatan Somba Opu, Pallangga dan Bajeng" names three districts.
    func listedPlaces(after mentions: [PlaceBuilder.Mention], text: ArticleText) -> [PlaceBuilder.Mention] {
        let classes = rules.matcher.classes
        var out: [PlaceBuilder.Mention] = []
        let taken = Set(mentions.flatMap { $0.place.mentions.map(\.start) })
        for m in mentions where ["places.district", "places.village"].contains(m.place.mentions.first?.rule ?? "") {
            guard let ev = m.place.mentions.first, var i = text.tokens.firstIndex(where: { $0.end == ev.end }).map({ $0 + 1 }) else { continue }
            var items: [Evidence] = []
            var coordinated = false
            while i + 1 < text.tokens.count, [",", "dan", "serta"].contains(text.tokens[i].lower) {
                var j = i + 1
                if text.tokens[i].lower != "," { coordinated = true }
                if text.tokens[i].text == ",", j < text.tokens.count, ["dan", "serta"].contains(text.tokens[j].lower) { j += 1; coordinated = true }
                // "Kecamatan Teluk Meranti dan Kecamatan Kuala Kampar": the next item has its own rule match.
                guard j < text.tokens.count, !TokenClasses.kindWords.contains(text.tokens[j].lower),
                      let length = classes.properNameLengths(text.tokens, j).first else { break }
                items.append(text.evidence(j, j + length, rule: "places.listed"))
                i = j + length
            }
            // Only a real list ("A, B dan C") shares the kind: "Desa Golo Mori, Hendrikus Damat" names a person.
            guard coordinated else { continue }
            for item in items where !taken.contains(item.start) {
                out.append(PlaceBuilder.Mention(place: Place(name: item.text, kind: m.place.kind, code: nil, province: nil, aliases: [], mentions: [item]),
                                                alternatives: [], explicitKind: true))
            }
        }
        return out
    }

    /// The dateline city ("Palu (ANTARA) - ..."): a region when the gazetteer knows it, else a place of its own.
    func datelinePlace(_ name: String, text: ArticleText) -> Place {
        let toks = Tokenizer.tokenize(name)
        let ev = text.tokens.firstIndex { $0.text == toks.first?.text }.map { text.evidence($0, min($0 + toks.count, text.tokens.count), rule: "places.dateline") }
        if let m = rules.vocabulary.gazetteers["region"]?.matches(in: toks, at: 0).first, m.length == toks.count {
            var p = places.place(region: rules.vocabulary.regionFormRows[m.entry.row], form: name, evidence: ev ?? Evidence(start: 0, end: 0, text: name, rule: "places.dateline"))
            p.mentions = ev.map { [$0] } ?? []
            return p
        }
        return Place(name: name, kind: "city", code: nil, province: nil, aliases: [], mentions: ev.map { [$0] } ?? [])
    }

    /// Puts each figure with the last place and agency named before it in its sentence.
    func attach(_ figures: [Figure], places: [Place], agencies: [Agency]) -> [Figure] {
        figures.map { f in
            var f = f
            guard let at = f.mentions.first?.start else { return f }
            let sentenceStart = at - (f.sentence.unicodeScalars.count)
            func nearest<T>(_ items: [T], _ mentions: (T) -> [Evidence]) -> T? {
                var best: (T, Int)?
                for item in items {
                    for m in mentions(item) where m.end <= at && m.start >= sentenceStart {
                        if best == nil || m.start > best!.1 { best = (item, m.start) }
                    }
                }
                return best?.0
            }
            f.place = nearest(places, \.mentions)?.name
            f.agency = nearest(agencies, \.mentions)?.name
            return f
        }
    }
}
