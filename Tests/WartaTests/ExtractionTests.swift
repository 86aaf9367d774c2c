import XCTest
@testable import WartaExtract
@testable import WartaRules

/// The rules in Rules/ are loaded once for all extraction tests.
enum SharedRules {
    static let ruleSet: RuleSet? = try? RuleSet(folder: TestPaths.repository + "/Rules")
    static let extractor: Extractor? = ruleSet.map { Extractor(rules: $0) }
}

final class RuleFileTests: XCTestCase {
    func testRulesLoadAndLintClean() throws {
        let set = try RuleSet(folder: TestPaths.repository + "/Rules")
        XCTAssertGreaterThan(set.rules.count, 20)
        XCTAssertEqual(set.lint(), [])
    }

    /// Every example and counter-example of every rule file; a failure names file, rule and example.
    func testEveryRuleExample() throws {
        let extractor = try XCTUnwrap(SharedRules.extractor)
        let (checked, failures) = RuleExamples(extractor: extractor).run()
        XCTAssertGreaterThan(checked, 50)
        for f in failures { XCTFail(f.description) }
    }

    func testPatternErrorsAreReported() {
        XCTAssertThrowsError(try Pattern("<no_such_list>", gazetteers: ["region"]))
        XCTAssertThrowsError(try Pattern("@nonsense", gazetteers: []))
        XCTAssertThrowsError(try Pattern("(Nomor", gazetteers: []))
        XCTAssertNoThrow(try Pattern("type=<region> (Nomor|\"No.\")? n=@number", gazetteers: ["region"]))
    }
}

final class NormalizerTests: XCTestCase {
    func testNumerals() {
        let cases: [(String, Double)] = [("7.000", 7000), ("978.084", 978084), ("48,55", 48.55), ("2,8", 2.8), ("1.250.000", 1_250_000), ("02", 2), ("3.5", 3.5)]
        for (text, value) in cases { XCTAssertEqual(NumberWords.numeral(text), value, text) }
    }

    func testNumberWords() {
        let cases: [(String, Double)] = [("tiga pulau", 3), ("sebelas rumah", 11), ("dua belas orang", 12), ("dua puluh delapan orang", 28),
                                         ("seratus lima puluh warga", 150), ("seribu dua ratus jiwa", 1200), ("dua ratus ribu", 200_000)]
        for (text, value) in cases {
            XCTAssertEqual(NumberWords.parse(Tokenizer.tokenize(text), 0)?.value, value, text)
        }
        XCTAssertNil(NumberWords.parse(Tokenizer.tokenize("puluhan ribu warga"), 0))
    }

    func figures(_ text: String) throws -> [String] {
        let e = try XCTUnwrap(SharedRules.extractor).extract(body: text)
        return e.figures.map { "\($0.value == $0.value.rounded() ? String(Int64($0.value)) : String($0.value)) \($0.unit)" }
    }

    func testFiguresInSentences() throws {
        XCTAssertEqual(try figures("Pemkot Palu telah melindungi 7.000 pekerja rentan."), ["7000 person"])
        XCTAssertEqual(try figures("Tercatat baru 48,55 persen dari total pekerja."), ["48.55 percent"])
        XCTAssertEqual(try figures("Wapres menyerahkan manfaat Rp2,8 miliar di Babel."), ["2800000000 IDR"])
        XCTAssertEqual(try figures("Bantuan Rp 150 juta dan 5 juta dolar AS disalurkan."), ["150000000 IDR", "5000000 USD"])
        XCTAssertEqual(try figures("Sebanyak 1.250 KK mengungsi ke tiga titik."), ["1250 household", "3 count"])
    }

    func testNotFigures() throws {
        XCTAssertEqual(try figures("Sesuai Inpres Nomor 2 Tahun 2021 yang terbit pada 5 Juli 2022 pukul 10.00."), [])
        XCTAssertEqual(try figures("Siswa SMP Negeri 8 menang 4-1 di Liga 2 sejak 1957, salah satu tim terbaik."), [])
    }
}

final class EvidenceTests: XCTestCase {
    /// Spans count code points: curly quotes, en dashes and no-break spaces
    /// before a mention must not shift it.
    func testSpansCountCodePointsInMultibyteText() throws {
        let body = "“Kami siap,” kata Bupati – di Sigi – dengan\u{00A0}Rp2,8 miliar.\n\nWakil Gubernur Sulteng Ma’mun Amir menyerahkan bantuan kepada 7.000 pekerja di Kota Palu."
        let e = try XCTUnwrap(SharedRules.extractor).extract(body: body)
        let scalars = Array(body.unicodeScalars)
        var checked = 0
        func check(_ evidence: [Evidence]) {
            for ev in evidence {
                XCTAssertEqual(String(String.UnicodeScalarView(scalars[ev.start..<ev.end])), ev.text, ev.rule)
                checked += 1
            }
        }
        e.figures.forEach { check($0.mentions) }
        e.places.forEach { check($0.mentions) }
        e.officials.forEach { check($0.mentions) }
        e.agencies.forEach { check($0.mentions) }
        XCTAssertGreaterThanOrEqual(checked, 5)
        XCTAssertTrue(e.officials.contains { $0.name == "Ma’mun Amir" && $0.organization == "Pemerintah Provinsi Sulawesi Tengah" }, "\(e.officials)")
    }
}

final class RegionGazetteerTests: XCTestCase {
    /// Every province, regency and city of Rules/gazetteers/regions.tsv is
    /// found, with its kind and province, in a plain sentence.
    func testEveryRegionIsRecognisedWithItsProvince() throws {
        let set = try XCTUnwrap(SharedRules.ruleSet)
        let extractor = Extractor(rules: set)
        let regions = set.vocabulary.regions
        let provinces = Dictionary(uniqueKeysWithValues: regions.filter { $0.kind == "province" }.map { ($0.code, $0.name) })
        XCTAssertEqual(regions.filter { $0.kind == "province" }.count, 38)
        XCTAssertEqual(regions.filter { $0.kind == "regency" }.count, 416)
        XCTAssertEqual(regions.filter { $0.kind == "city" }.count, 98)
        var failures: [String] = []
        for r in regions {
            let sentence: String
            switch r.kind {
            case "province": sentence = "Pemerintah Provinsi \(r.name) menyalurkan bantuan."
            case "regency": sentence = "Pemerintah Kabupaten \(r.name) di Provinsi \(provinces[r.province]!) menyalurkan bantuan."
            default: sentence = "Pemerintah Kota \(r.name) di Provinsi \(provinces[r.province]!) menyalurkan bantuan."
            }
            let places = extractor.extract(body: sentence).places
            guard let p = places.first(where: { $0.code == r.code }) else {
                failures.append("\(r.code) \(r.name) (\(r.kind)): not found in \"\(sentence)\" → \(places.map(\.name))")
                continue
            }
            if p.kind != r.kind { failures.append("\(r.code) \(r.name): kind \(p.kind)") }
            if r.kind != "province" && p.province != provinces[r.province] { failures.append("\(r.code) \(r.name): province \(p.province ?? "nil")") }
        }
        XCTAssertEqual(failures, [], "\(failures.count) regions failed")
    }
}
