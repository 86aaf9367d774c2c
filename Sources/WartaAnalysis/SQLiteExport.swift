import Foundation
import WartaExport
import WartaExtract

/// `warta export --sqlite FILE`: records into a SQLite database with one
/// table per entity kind, every evidence span in `mentions`, keys and
/// indexes. Built in a temporary file and renamed over FILE when complete,
/// so a re-run replaces the old database safely.
public final class SQLiteExport {
    public static let schema = """
    PRAGMA foreign_keys = ON;
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE, url TEXT, title TEXT, published TEXT, month TEXT,
        publisher TEXT, authors TEXT, dateline TEXT, body TEXT NOT NULL);
    CREATE TABLE agencies (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, acronym TEXT, kind TEXT);
    CREATE TABLE officials (id INTEGER PRIMARY KEY, name TEXT NOT NULL, title TEXT, organization TEXT,
        UNIQUE (name, title, organization));
    CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, code TEXT, province TEXT,
        UNIQUE (name, kind));
    CREATE TABLE laws (id INTEGER PRIMARY KEY, type TEXT NOT NULL, number TEXT NOT NULL, year INTEGER,
        UNIQUE (type, number, year));
    CREATE TABLE figures (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),
        text TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL, noun TEXT,
        place_id INTEGER REFERENCES places(id), agency_id INTEGER REFERENCES agencies(id), sentence TEXT);
    CREATE TABLE mentions (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),
        entity TEXT NOT NULL CHECK (entity IN ('official', 'agency', 'place', 'figure', 'law')),
        entity_id INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, rule TEXT NOT NULL);
    CREATE INDEX articles_month ON articles(month);
    CREATE INDEX figures_article ON figures(article_id);
    CREATE INDEX figures_unit ON figures(unit);
    CREATE INDEX figures_place ON figures(place_id);
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_entity ON mentions(entity, entity_id);
    CREATE INDEX places_kind ON places(kind, province);
    """

    let db: SQLiteDatabase
    let path: String
    let temporary: String
    public private(set) var articles = 0

    public init(path: String) throws {
        self.path = path
        temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: temporary)
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        db = try SQLiteDatabase(path: temporary)
        try db.exec(Self.schema)
        try db.exec("BEGIN")
    }

    func id(_ select: String, _ insert: String, _ key: [SQLiteDatabase.Value], _ extra: [SQLiteDatabase.Value] = []) throws -> Int {
        if let existing = try db.integer(select, key) { return existing }
        return try db.run(insert, key + extra)
    }

    public func add(_ r: Record) throws {
        let article = try db.run(
            "INSERT INTO articles (source, url, title, published, month, publisher, authors, dateline, body) VALUES (?,?,?,?,?,?,?,?,?)",
            [.text(r.source), .text(r.url), .text(r.title), .text(r.published), .text(r.published.map { String($0.prefix(7)) }),
             .text(r.publisher), .text(r.authors.joined(separator: "; ")), .text(r.dateline), .text(r.body)])
        articles += 1
        func mentions(_ entity: String, _ entityID: Int, _ evidence: [Evidence]) throws {
            for e in evidence {
                try db.run("INSERT INTO mentions (article_id, entity, entity_id, start, \"end\", text, rule) VALUES (?,?,?,?,?,?,?)",
                           [.integer(article), .text(entity), .integer(entityID), .integer(e.start), .integer(e.end), .text(e.text), .text(e.rule)])
            }
        }
        var agencyIDs: [String: Int] = [:]
        for a in r.agencies {
            let id = try id("SELECT id FROM agencies WHERE name = ?", "INSERT INTO agencies (name, acronym, kind) VALUES (?,?,?)",
                            [.text(a.name)], [.text(a.acronym), .text(a.kind)])
            agencyIDs[a.name] = id
            try mentions("agency", id, a.mentions)
        }
        for o in r.officials {
            let id = try id("SELECT id FROM officials WHERE name = ? AND title IS ? AND organization IS ?",
                            "INSERT INTO officials (name, title, organization) VALUES (?,?,?)",
                            [.text(o.name), .text(o.title), .text(o.organization)])
            try mentions("official", id, o.mentions)
        }
        var placeIDs: [String: Int] = [:]
        for p in r.places {
            let id = try id("SELECT id FROM places WHERE name = ? AND kind = ?", "INSERT INTO places (name, kind, code, province) VALUES (?,?,?,?)",
                            [.text(p.name), .text(p.kind)], [.text(p.code), .text(p.province)])
            placeIDs[p.name] = id
            try mentions("place", id, p.mentions)
        }
        for l in r.laws {
            let id = try id("SELECT id FROM laws WHERE type = ? AND number = ? AND year IS ?", "INSERT INTO laws (type, number, year) VALUES (?,?,?)",
                            [.text(l.type), .text(l.number), .integer(l.year)])
            try mentions("law", id, l.mentions)
        }
        for f in r.figures {
            let id = try db.run(
                "INSERT INTO figures (article_id, text, value, unit, noun, place_id, agency_id, sentence) VALUES (?,?,?,?,?,?,?,?)",
                [.integer(article), .text(f.text), .real(f.value), .text(f.unit), .text(f.noun),
                 .integer(f.place.flatMap { placeIDs[$0] }), .integer(f.agency.flatMap { agencyIDs[$0] }), .text(f.sentence)])
            try mentions("figure", id, f.mentions)
        }
    }

    /// Commits and moves the finished database over `path`.
    public func finish() throws {
        try db.exec("COMMIT")
        db.close()
        if rename(temporary, path) != 0 { throw SQLiteDatabase.Failure(description: "cannot move the database to \(path)") }
    }

    /// Drops the unfinished database (on failure).
    public func abandon() {
        db.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}
