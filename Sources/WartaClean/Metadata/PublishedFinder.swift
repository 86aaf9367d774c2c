import WartaPage
/// The publication date the page states: JSON-LD and meta tags first, then
/// a `<time>` element, then a date in the URL path, then a visible date line
/// near the headline ("Selasa, 5 Juli 2022 14:30 WIB"). Never a guess.
enum PublishedFinder {
    static let metaKeys = [
        "article:published_time", "og:article:published_time", "article:published", "itemprop:datepublished",
        "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
        "date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "sailthru.date",
        "parsely-pub-date", "article.published", "content_publisheddate", "og:published_time",
        "article_date_original", "cxenseparse:recs:publishtime", "original-publish-date", "dateCreated",
        "article:modified_time",
    ]

    static func find(_ s: PageSignals, doc: HTMLDocument, url: String?, nearTitle: [String]) -> String? {
        if let v = s.jsonLD("datePublished").flatMap(DateParser.parseMachine) { return v }
        for key in metaKeys.dropLast() {
            if let raw = s.meta[key.lowercased()]?.first, let v = DateParser.parseMachine(raw) { return v }
        }
        for t in s.times {
            let prop = doc.attr(t.node, "itemprop")?.lowercased() ?? ""
            let cls = doc.attr(t.node, "class")?.lowercased() ?? ""
            if prop == "datepublished" || cls.containsBytes("publish") || cls.containsBytes("date") {
                if let v = (t.datetime.flatMap(DateParser.parseMachine)) ?? DateParser.parseText(t.text) { return v }
            }
        }
        for u in [s.canonical, s.first("og:url"), url].compactMap({ $0 }) {
            if let v = DateParser.parseURL(u) { return v }
        }
        if let t = s.times.first, let v = t.datetime.flatMap(DateParser.parseMachine) ?? DateParser.parseText(t.text) { return v }
        for line in nearTitle where line.count <= 160 {
            if let v = DateParser.parseText(line) { return v }
        }
        if let v = s.jsonLD("dateCreated").flatMap(DateParser.parseMachine) { return v }
        if let raw = s.meta["article:modified_time"]?.first, let v = DateParser.parseMachine(raw) { return v }
        return nil
    }
}
