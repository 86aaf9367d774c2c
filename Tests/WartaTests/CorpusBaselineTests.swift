import Foundation
import XCTest
@testable import WartaEval
@testable import WartaExport

/// The evaluation gate: Warta's scores on the project's own Corpus/ may rise,
/// never silently fall. A change that raises them should raise the pinned
/// baseline too (run with WARTA_RECORD_BASELINE=1 to rewrite it).
final class CorpusBaselineTests: XCTestCase {
    static let bodyFloor = 0.98

    func scores(_ report: Evaluator.Report) -> [String: Double] {
        var out: [String: Double] = ["body.f1": report.body.f1]
        if report.title.total > 0 { out["title"] = report.title.value }
        if report.published.total > 0 { out["published"] = report.published.value }
        if report.publisher.total > 0 { out["publisher"] = report.publisher.value }
        out["authors.f1"] = report.authors.f1
        for (field, s) in report.lists where s.gold > 0 { out[field + ".f1"] = s.f1 }
        return out
    }

    func testCorpusScoresDoNotFallBelowTheBaseline() throws {
        let cases = try Evaluator.cases(in: TestPaths.corpus)
        XCTAssertGreaterThanOrEqual(cases.count, 24, "Corpus/ must hold at least 24 pages with gold files")
        XCTAssertTrue(cases.allSatisfy { $0.pagePath != nil }, "every gold file needs its page")
        let extractor = try XCTUnwrap(SharedRules.extractor, "Rules/ must load")
        let report = try Evaluator(pipeline: Pipeline(extractor: extractor)).run(goldFolder: TestPaths.corpus, predictions: nil)
        XCTAssertEqual(report.failures, [])
        let now = scores(report)
        XCTAssertGreaterThanOrEqual(now["body.f1"] ?? 0, Self.bodyFloor, "body F1 on Corpus/")

        if ProcessInfo.processInfo.environment["WARTA_RECORD_BASELINE"] == "1" {
            let rounded = now.mapValues { ($0 * 10000).rounded(.down) / 10000 }
            let data = try JSONSerialization.data(withJSONObject: rounded, options: [.sortedKeys, .prettyPrinted])
            try data.write(to: URL(fileURLWithPath: TestPaths.baseline))
            return
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.baseline))
        let baseline = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Double])
        for (field, pinned) in baseline.sorted(by: { $0.key < $1.key }) {
            let value = try XCTUnwrap(now[field], "\(field) is pinned but no longer measured")
            XCTAssertGreaterThanOrEqual(value + 1e-9, pinned, "\(field) fell below the pinned baseline")
        }
    }
}
