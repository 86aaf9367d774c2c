import XCTest
@testable import WartaExport
@testable import WartaPage

/// Bad input is reported (file, reason), the batch goes on, and no output
/// file exists for an input that failed.
final class BatchRunnerTests: XCTestCase {
    func testBadFilesAreReportedAndTheBatchGoesOn() throws {
        let input = try TestPaths.temporaryFolder()
        let output = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: input); try? FileManager.default.removeItem(atPath: output) }
        let good = "<html><body><article><p>Pemerintah Kabupaten Sigi menyalurkan bantuan kepada 1.250 warga terdampak banjir di Kecamatan Dolo.</p></article></body></html>"
        let files: [String: Data] = [
            "good.html": Data(good.utf8),
            "nested/dump.txt": Data("Sigi (ANTARA) - Pemerintah Kabupaten Sigi menyalurkan bantuan kepada 1.250 warga terdampak banjir, Kamis.\n".utf8),
            "empty.html": Data(),
            "image.html": Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]),
            "cut.html": Data("<html><body><p>Teks yang terpotong di tengah tag <a hr".utf8),
            "nav-only.html": Data("<html><body><nav><a href='/'>Beranda</a></nav></body></html>".utf8),
        ]
        for (name, data) in files {
            try FileManager.default.createDirectory(atPath: (input + "/" + name as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: input + "/" + name, contents: data)
        }
        let runner = BatchRunner(pipeline: Pipeline(), destination: .folder(output))
        let collector = Collector()
        let summary = runner.run(try InputFinder.find([input])) { collector.add("\($0.source): \($0.reason)") }
        let reported = collector.lines
        XCTAssertEqual(summary.written, 2)
        XCTAssertEqual(summary.failures.count, 4)
        XCTAssertTrue(reported.contains { $0.hasSuffix("empty.html: empty file") }, "\(reported)")
        XCTAssertTrue(reported.contains { $0.contains("image.html: binary") }, "\(reported)")
        XCTAssertTrue(reported.contains { $0.contains("cut.html: truncated") }, "\(reported)")
        XCTAssertTrue(reported.contains { $0.contains("nav-only.html: no article text") }, "\(reported)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: output).filter { $0.hasSuffix(".json") || $0.contains(".tmp") }.sorted()
        XCTAssertEqual(written, ["good.json", "nested/dump.json"], "only complete records, no temporary files")
        let record = try RecordCoder.decode(Data(contentsOf: URL(fileURLWithPath: output + "/good.json")))
        XCTAssertTrue(record.body.hasPrefix("Pemerintah Kabupaten Sigi"))
    }

    func testParagraphOffsetsCountCodePoints() throws {
        let html = "<html><body><article><p>“Kami siap,” kata Bupati – di Sigi, Sulawesi Tengah, pada Kamis pagi ini.</p><p>Bantuan senilai Rp2,8 miliar disalurkan kepada warga terdampak.</p></article></body></html>"
        let record = try Pipeline().record(bytes: Array(html.utf8), format: .html, source: "t")
        let scalars = Array(record.body.unicodeScalars)
        for p in record.paragraphs {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[p.start..<p.end])), p.text)
        }
        XCTAssertEqual(record.paragraphs.count, 2)
    }
}

/// Failure lines gathered from the batch's worker threads.
final class Collector: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func add(_ line: String) { lock.lock(); stored.append(line); lock.unlock() }
    var lines: [String] { lock.lock(); defer { lock.unlock() }; return stored }
}
