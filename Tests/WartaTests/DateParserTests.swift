import XCTest
@testable import WartaClean

final class DateParserTests: XCTestCase {
    func testMachineDates() {
        let cases: [(String, String?)] = [
            ("2022-07-05T14:30:00+07:00", "2022-07-05"), ("2022/07/05", "2022-07-05"), ("20220705", "2022-07-05"),
            ("1657006200", "2022-07-05"), ("Tue, 05 Jul 2022 07:30:00 GMT", "2022-07-05"), ("bukan tanggal", nil),
        ]
        for (raw, want) in cases { XCTAssertEqual(DateParser.parseMachine(raw), want, raw) }
    }

    func testIndonesianDateLines() {
        let cases: [(String, String?)] = [
            ("Selasa, 5 Juli 2022 14:30 WIB", "2022-07-05"), ("Kamis, 12 Sep 2024 | 10:15 WIB", "2024-09-12"),
            ("05/07/2022, 14:30 WIB", "2022-07-05"), ("6 April 2021 12:38 WIB", "2021-04-06"),
            ("Rabu, 14 Agustus 2024 10:20", "2024-08-14"), ("17 Agt 2023", "2023-08-17"), ("1 Des 2020", "2020-12-01"),
            ("July 5, 2022", "2022-07-05"), ("Selasa, pukul 10.00", nil),
        ]
        for (raw, want) in cases { XCTAssertEqual(DateParser.parseText(raw), want, raw) }
    }

    func testURLDates() {
        XCTAssertEqual(DateParser.parseURL("https://x.example/read/2025/07/09/123/judul"), "2025-07-09")
        XCTAssertEqual(DateParser.parseURL("https://x.example/berita/d-123/2024-03-14-judul"), "2024-03-14")
        XCTAssertEqual(DateParser.parseURL("https://x.example/news/20231101123456-4-1/judul"), "2023-11-01")
        XCTAssertNil(DateParser.parseURL("https://x.example/berita/12345/judul-2024"))
    }
}
