import Foundation
import XCTest
@testable import WartaAnalysis
@testable import WartaExport
@testable import WartaPage

/// The analyst outputs: SQLite answers the README's questions, stats count
/// articles, and a killed batch resumes to the records of an uninterrupted one.
final class AnalysisTests: XCTestCase {
    func corpusRecords() throws -> [Record] {
        let pipeline = Pipeline(extractor: try XCTUnwrap(SharedRules.extractor))
        return try InputFinder.find([TestPaths.corpus]).map { try pipeline.record(for: $0) }
    }

    /// Pairs of ```sql and ```text blocks in README.md: a query and the rows it must return.
    func readmeQueries() throws -> [(sql: String, rows: String)] {
        let text = try String(contentsOfFile: TestPaths.repository + "/README.md", encoding: .utf8)
        var out: [(String, String)] = []
        var rest = Substring(text)
        while let s = rest.range(of: "```sql\n") {
            guard let e = rest[s.upperBound...].range(of: "```") else { break }
            let sql = String(rest[s.upperBound..<e.lowerBound])
            rest = rest[e.upperBound...]
            guard let t = rest.range(of: "```text\n"), let te = rest[t.upperBound...].range(of: "```") else { break }
            out.append((sql, String(rest[t.upperBound..<te.lowerBound])))
            rest = rest[te.upperBound...]
        }
        return out
    }

    func testSQLiteExportAnswersTheREADMEQueries() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/corpus.db"
        // Twice: the second run replaces the first database safely.
        for _ in 0..<2 {
            let export = try SQLiteExport(path: path)
            for r in try corpusRecords() { try export.add(r) }
            try export.finish()
        }
        let queries = try readmeQueries()
        XCTAssertGreaterThanOrEqual(queries.count, 3, "README.md shows example queries with their rows")
        for (sql, rows) in queries {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            shell.arguments = ["sqlite3", path]
            let input = Pipe(), output = Pipe()
            shell.standardInput = input
            shell.standardOutput = output
            try shell.run()
            input.fileHandleForWriting.write(Data(sql.utf8))
            try input.fileHandleForWriting.close()
            let got = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            shell.waitUntilExit()
            XCTAssertEqual(shell.terminationStatus, 0, "sqlite3 failed on:\n\(sql)")
            XCTAssertEqual(got.trimmingCharacters(in: .whitespacesAndNewlines), rows.trimmingCharacters(in: .whitespacesAndNewlines), sql)
        }
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.contains(".tmp") })
    }

    func testStatisticsCountArticlesAndRollUpProvinces() throws {
        let records = try corpusRecords()
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let stats = try Statistics(figuresCSV: folder + "/figures.csv")
        for r in records { try stats.add(r) }
        try stats.finish()
        try stats.writeCSV(folder: folder)
        XCTAssertEqual(stats.articles, records.count)
        let tables = Dictionary(uniqueKeysWithValues: stats.tables().map { ($0.name, $0.rows) })
        // Every article naming a regency of Jawa Timur counts for Jawa Timur.
        let jatim = records.filter { $0.places.contains { $0.name == "Jawa Timur" || $0.province == "Jawa Timur" } }.count
        XCTAssertEqual(tables["provinces"]?.first { $0[0] == "Jawa Timur" }?[1], String(jatim))
        XCTAssertEqual(tables["months"]?.reduce(0) { $0 + Int($1[1])! }, records.count)
        let figures = try String(contentsOfFile: folder + "/figures.csv", encoding: .utf8)
        XCTAssertEqual(figures.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count - 1,
                       records.reduce(0) { $0 + $1.figures.count }, "one CSV row per figure")
        XCTAssertEqual(CSVWriter.field("a, \"b\""), "\"a, \"\"b\"\"\"")
    }

    /// The built `warta` executable beside the test bundle.
    func wartaBinary() throws -> String {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder.appendingPathComponent("warta").path, folder.deletingLastPathComponent().appendingPathComponent("warta").path]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw XCTSkip("the warta executable was not built beside the tests")
    }

    func testKilledRunResumesToTheSameRecords() throws {
        let warta = try wartaBinary()
        let root = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // 8 copies of every Corpus page under new names.
        let pages = try InputFinder.find([TestPaths.corpus])
        for copy in 0..<8 {
            for p in pages {
                let dest = root + "/in/\(copy)/" + p.relativePath
                try FileManager.default.createDirectory(atPath: (dest as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: p.path, toPath: dest)
            }
        }
        func run(_ out: String, resume: Bool) throws -> Process {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: warta)
            p.arguments = ["extract", root + "/in", "-o", out, "--jobs", "2", "--rules", TestPaths.repository + "/Rules"] + (resume ? ["--resume"] : [])
            p.standardError = FileHandle.nullDevice
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            return p
        }
        let whole = try run(root + "/whole", resume: false)
        whole.waitUntilExit()
        XCTAssertEqual(whole.terminationStatus, 0)

        let killed = try run(root + "/killed", resume: false)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let done = (try? FileManager.default.subpathsOfDirectory(atPath: root + "/killed"))?.filter { $0.hasSuffix(".json") }.count ?? 0
            if done >= pages.count * 2 || !killed.isRunning { break }
            usleep(20_000)
        }
        let wasRunning = killed.isRunning
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        let resumed = try run(root + "/killed", resume: true)
        resumed.waitUntilExit()
        XCTAssertEqual(resumed.terminationStatus, 0)

        func records(_ folder: String) throws -> [String: Data] {
            var out: [String: Data] = [:]
            for rel in try FileManager.default.subpathsOfDirectory(atPath: folder) where rel.hasSuffix(".json") {
                out[rel] = FileManager.default.contents(atPath: folder + "/" + rel)
            }
            return out
        }
        let a = try records(root + "/whole"), b = try records(root + "/killed")
        XCTAssertEqual(a.count, pages.count * 8)
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        for (k, v) in a where b[k] != v { XCTFail("\(k) differs after resume") }
        XCTAssertFalse(try FileManager.default.subpathsOfDirectory(atPath: root + "/killed").contains { $0.contains(".tmp-") },
                       "no temporary file left behind")
        if !wasRunning { print("note: the first run finished before it could be killed") }
    }
}
