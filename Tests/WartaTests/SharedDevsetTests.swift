import Foundation
import XCTest
@testable import WartaEval

/// Measurements on ../shared (real pages the team may not copy). They run
/// only where ../shared sits beside the checkout, and skip elsewhere.
final class SharedDevsetTests: XCTestCase {
    func report(_ sub: String) throws -> Evaluator.Report {
        let folder = TestPaths.shared + "/" + sub
        guard FileManager.default.fileExists(atPath: folder) else { throw XCTSkip("\(folder) is not here (it never is on a user's machine)") }
        return try Evaluator().run(goldFolder: folder, predictions: nil)
    }

    func testSeedBodies() throws {
        let r = try report("seeds")
        XCTAssertGreaterThanOrEqual(r.body.f1, 0.97)
    }

    func testIndonesianPagesBeatTrafilatura() throws {
        let r = try report("devset/id-html")
        XCTAssertGreaterThanOrEqual(r.body.f1, 0.95)
    }
}
