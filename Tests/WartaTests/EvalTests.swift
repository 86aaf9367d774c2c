import XCTest
@testable import WartaEval

/// The scoring rules of GOLD-FORMAT.md, one by one.
final class EvalTests: XCTestCase {
    func testBodyIsClippedBagOfWords() {
        let s = FieldScorer.score(gold: ["body": "Banjir di Sigi, banjir lagi."], predicted: ["body": "banjir banjir banjir di Palu"])
        XCTAssertEqual(s.body.truePositives, 3)  // banjir ×2 (clipped), di
        XCTAssertEqual(s.body.gold, 5)
        XCTAssertEqual(s.body.predicted, 5)
    }

    func testExactFieldsFoldWhitespaceAndNullMatchesNull() {
        let s = FieldScorer.score(gold: ["title": "Banjir  di\nSigi", "published": NSNull(), "publisher": "ANTARA"],
                                  predicted: ["title": "Banjir di Sigi", "publisher": "Antara"])
        XCTAssertEqual(s.title, true)
        XCTAssertEqual(s.published, true)
        XCTAssertEqual(s.publisher, false)
    }

    func testAbsentGoldFieldIsNotScored() {
        let s = FieldScorer.score(gold: ["body": "x"], predicted: ["title": "y"])
        XCTAssertNil(s.title)
        XCTAssertNil(s.lists["figures"])
    }

    func testFiguresMatchOnUnitAndValueWithinOnePercent() {
        let gold: [String: Any] = ["figures": [["text": "Rp2,8 miliar", "value": 2_800_000_000, "unit": "IDR"],
                                               ["text": "48,55 persen", "value": 48.55, "unit": "percent"]]]
        let pred: [String: Any] = ["figures": [["value": 2_810_000_000.0, "unit": "IDR"], ["value": 48.55, "unit": "person"]]]
        let s = FieldScorer.score(gold: gold, predicted: pred).lists["figures"]!
        XCTAssertEqual(s.truePositives, 1)
        XCTAssertEqual(s.predicted, 2)
        XCTAssertEqual(s.gold, 2)
    }

    func testAgenciesAndPlacesMatchOnAnyForm() {
        let gold: [String: Any] = ["agencies": [["name": "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan", "acronym": "BPJAMSOSTEK", "aliases": ["BPJS Ketenagakerjaan"]]],
                                   "places": [["name": "Sulawesi Tengah", "kind": "province", "aliases": ["Sulteng"]]]]
        let pred: [String: Any] = ["agencies": [["name": "bpjs ketenagakerjaan", "acronym": NSNull()]],
                                   "places": [["name": "Sulteng", "kind": "province"]]]
        let s = FieldScorer.score(gold: gold, predicted: pred)
        XCTAssertEqual(s.lists["agencies"]?.truePositives, 1)
        XCTAssertEqual(s.lists["places"]?.truePositives, 1)
    }

    func testOfficialsIgnoreHonorificsAndScoreAttributesByContainment() {
        let gold: [String: Any] = ["officials": [["name": "Ma'mun Amir", "title": "Wakil Gubernur", "organization": "Pemerintah Provinsi Sulawesi Tengah"]]]
        let pred: [String: Any] = ["officials": [["name": "H. Ma'mun Amir, S.H., M.Si.", "title": "wakil gubernur sulawesi tengah", "organization": "Pemerintah Kabupaten Sigi"]]]
        let s = FieldScorer.score(gold: gold, predicted: pred)
        XCTAssertEqual(s.lists["officials"]?.truePositives, 1)
        XCTAssertEqual(s.officialTitle.right, 1)
        XCTAssertEqual(s.officialOrganization.right, 0)
        XCTAssertEqual(FieldScorer.nameKey("Hj. Siti Rahmawati, S.E."), "siti rahmawati")
    }

    func testLawsMatchOnTypeNumberYear() {
        let gold: [String: Any] = ["laws": [["type": "Inpres", "number": "2", "year": 2021]]]
        XCTAssertEqual(FieldScorer.score(gold: gold, predicted: ["laws": [["type": "Inpres", "number": "2", "year": 2021]]]).lists["laws"]?.truePositives, 1)
        XCTAssertEqual(FieldScorer.score(gold: gold, predicted: ["laws": [["type": "Inpres", "number": "2", "year": 2022]]]).lists["laws"]?.truePositives, 0)
    }

    func testMicroAveragingSumsCounts() {
        var a = SetScore(); a.truePositives = 1; a.gold = 1; a.predicted = 1
        var b = SetScore(); b.truePositives = 0; b.gold = 3; b.predicted = 0
        a += b
        XCTAssertEqual(a.recall, 0.25, accuracy: 1e-9)
        XCTAssertEqual(a.precision, 1, accuracy: 1e-9)
    }
}
