import Foundation

/// Paths the tests use, found from this file so that they hold on any
/// checkout, whatever the working directory.
enum TestPaths {
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static var corpus: String { repository + "/Corpus" }
    static var fixtures: String { repository + "/Tests/WartaTests/Fixtures" }
    static var baseline: String { repository + "/Tests/WartaTests/corpus-baseline.json" }
    /// ../shared beside the checkout: present for the team and CI, never on a user's machine.
    static var shared: String { URL(fileURLWithPath: repository).deletingLastPathComponent().appendingPathComponent("shared").path }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "warta-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
