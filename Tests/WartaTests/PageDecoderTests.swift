import XCTest
@testable import WartaPage

final class PageDecoderTests: XCTestCase {
    let decoder = PageDecoder(maxBytes: 1_000_000)

    func charset(_ bytes: [UInt8]) throws -> String {
        guard case .html(_, let charset) = try decoder.decode(bytes: bytes, format: .html, source: "t").content else {
            XCTFail("not html"); return ""
        }
        return charset
    }

    func testUTF8ByteOrderMarkIsDropped() throws {
        let page = try decoder.decode(bytes: [0xEF, 0xBB, 0xBF] + Array("Sigi (ANTARA) - Banjir.".utf8), format: .text, source: "t")
        guard case .text(let text) = page.content else { return XCTFail("not text") }
        XCTAssertEqual(text, "Sigi (ANTARA) - Banjir.")
    }

    func testUTF16ByteOrderMarkIsDecoded() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "Palu – kota".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        guard case .text(let text) = try decoder.decode(bytes: bytes, format: .text, source: "t").content else { return XCTFail() }
        XCTAssertEqual(text, "Palu – kota")
    }

    func testDeclaredLatin1IsReadAsWindows1252() throws {
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body>caf".utf8) + [0xE9] + Array("</body></html>".utf8)
        XCTAssertEqual(try charset(bytes), "windows-1252")
    }

    func testDeclaredLatin1OverRealUTF8TrustsTheBytes() throws {
        XCTAssertEqual(try charset(Array("<html><head><meta charset=\"iso-8859-1\"></head><body>café – 7.000</body></html>".utf8)), "UTF-8")
    }

    func testHTTPEquivCharsetIsFound() {
        let html = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head></html>".utf8)
        XCTAssertEqual(CharsetSniffer.declaredCharset(in: html), "windows-1252")
    }

    func testUndeclaredNonUTF8IsWindows1252() throws {
        let bytes: [UInt8] = Array("<html><body><p>harga ".utf8) + [0x93, 0x80, 0x94] + Array(" naik</p></body></html>".utf8)
        XCTAssertEqual(try charset(bytes), "windows-1252")
    }

    func testInvalidUTF8InTextDumpIsRepairedNotFatal() throws {
        let bytes: [UInt8] = Array("“Kota Palu” – ibu kota Sulawesi Tengah – menerima ".utf8) + [0xFF] + Array(" bantuan.".utf8)
        let page = try decoder.decode(bytes: bytes, format: .text, source: "t")
        guard case .text(let text) = page.content else { return XCTFail() }
        XCTAssertTrue(text.contains("\u{FFFD}"))
        XCTAssertFalse(page.warnings.isEmpty)
    }

    func testWindows1252TextDumpDecodes() throws {
        let bytes: [UInt8] = Array("Ia berkata ".utf8) + [0x93] + Array("siap".utf8) + [0x94] + Array(" lalu pergi.".utf8)
        guard case .text(let text) = try decoder.decode(bytes: bytes, format: .text, source: "t").content else { return XCTFail() }
        XCTAssertEqual(text, "Ia berkata \u{201C}siap\u{201D} lalu pergi.")
    }

    func testEmptyAndWhitespaceFilesAreRejected() {
        XCTAssertThrowsError(try decoder.decode(bytes: [], format: .html, source: "t")) { XCTAssertEqual($0 as? InputError, .empty) }
        XCTAssertThrowsError(try decoder.decode(bytes: Array(" \n\t ".utf8), format: .text, source: "t")) { XCTAssertEqual($0 as? InputError, .empty) }
    }

    func testBinaryIsRejected() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        XCTAssertThrowsError(try decoder.decode(bytes: png, format: .html, source: "t")) { XCTAssertEqual($0 as? InputError, .binary) }
    }

    func testTooLargeIsRejected() {
        let small = PageDecoder(maxBytes: 10)
        XCTAssertThrowsError(try small.decode(bytes: Array("<p>lebih dari sepuluh byte</p>".utf8), format: .html, source: "t")) {
            guard case .tooLarge = $0 as? InputError else { return XCTFail("\($0)") }
        }
    }

    func testGzipPageDecompresses() throws {
        let bytes = [UInt8](FileManager.default.contents(atPath: TestPaths.fixtures + "/banjir-sigi.html.gz")!)
        guard case .html(let html, _) = try decoder.decode(bytes: bytes, format: .html, source: "t").content else { return XCTFail() }
        XCTAssertTrue(String(decoding: html, as: UTF8.self).contains("Banjir merendam 120 rumah"))
    }

    func testTruncatedGzipIsRejected() {
        let bytes = [UInt8](FileManager.default.contents(atPath: TestPaths.fixtures + "/truncated.html.gz")!)
        XCTAssertThrowsError(try decoder.decode(bytes: bytes, format: .html, source: "t")) { XCTAssertEqual($0 as? InputError, .corruptGzip) }
    }

    func testPageCutInsideATagIsTruncated() {
        XCTAssertThrowsError(try decoder.decode(bytes: Array("<html><body><p>Teks berita</p><div class=\"x".utf8), format: .html, source: "t")) {
            XCTAssertEqual($0 as? InputError, .truncated)
        }
    }

    func testUnknownCharsetIsReported() {
        let html = Array("<html><head><meta charset=\"x-no-such-charset\"></head><body>".utf8) + [0xE9] + Array("</body></html>".utf8)
        XCTAssertThrowsError(try decoder.decode(bytes: html, format: .html, source: "t")) {
            guard case .unsupportedCharset = $0 as? InputError else { return XCTFail("\($0)") }
        }
    }

    func testOutputPathsReplaceTheInputExtension() {
        XCTAssertEqual(InputFile(path: "a", relativePath: "x/y.html.gz", format: .html).outputRelativePath(extension: ".json"), "x/y.json")
        XCTAssertEqual(InputFile(path: "a", relativePath: "y.txt", format: .text).outputRelativePath(extension: ".json"), "y.json")
    }

    func testFinderSkipsGoldFilesAndWalksFolders() throws {
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        for name in ["a.html", "a.gold.json", "sub/b.txt", "sub/c.htm", "notes.md"] {
            FileManager.default.createFile(atPath: dir + "/" + name, contents: Data("x".utf8))
        }
        let found = try InputFinder.find([dir]).map(\.relativePath)
        XCTAssertEqual(found, ["a.html", "sub/b.txt", "sub/c.htm"])
    }
}
