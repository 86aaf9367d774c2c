import Foundation
import XCTest
@testable import WartaEval
@testable import WartaExport

/// Measurements on ../shared (real pages the team may not copy). They run
/// only where ../shared sits beside the checkout, and skip elsewhere.
final class SharedDevsetTests: XCTestCase {
    func report(_ sub: String) throws -> Evaluator.Report {
        let folder = TestPaths.shared + "/" + sub
        guard FileManager.default.fileExists(atPath: folder) else { throw XCTSkip("\(folder) is not here (it never is on a user's machine)") }
        return try Evaluator(pipeline: Pipeline(extractor: SharedRules.extractor)).run(goldFolder: folder, predictions: nil)
    }

    func testSeeds() throws {
        let r = try report("seeds")
        XCTAssertGreaterThanOrEqual(r.body.f1, 0.97)
        for field in FieldScorer.listFields {
            XCTAssertGreaterThanOrEqual(r.lists[field]?.f1 ?? 0, 0.90, field)
        }
        XCTAssertGreaterThanOrEqual(r.officialTitle.value, 0.85)
        XCTAssertGreaterThanOrEqual(r.officialOrganization.value, 0.85)
    }

    func testIndonesianPagesBeatTrafilatura() throws {
        let r = try report("devset/id-html")
        XCTAssertGreaterThanOrEqual(r.body.f1, 0.95)
        for field in ["officials", "places", "figures"] {
            XCTAssertGreaterThanOrEqual(r.lists[field]?.f1 ?? 0, 0.85, field)
        }
    }
}
