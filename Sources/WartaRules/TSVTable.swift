import Foundation

/// A tab-separated table with a header row, as the gazetteers keep.
public struct TSVTable: Sendable {
    public var columns: [String]
    public var rows: [[String: String]]

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleError.unreadable(path)
        }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard !lines.isEmpty else { throw RuleError.invalid(path, "empty table") }
        columns = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        rows = []
        for (number, line) in lines.enumerated() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count <= columns.count else {
                throw RuleError.invalid(path, "line \(number + 2) has \(cells.count) cells, the header has \(columns.count)")
            }
            var row: [String: String] = [:]
            for (k, c) in columns.enumerated() { row[c] = k < cells.count ? cells[k].trimmingCharacters(in: .whitespaces) : "" }
            rows.append(row)
        }
    }
}

public enum RuleError: Error, CustomStringConvertible, Equatable {
    case unreadable(String)
    case invalid(String, String)

    public var description: String {
        switch self {
        case .unreadable(let p): return "\(p): cannot read"
        case .invalid(let p, let why): return "\(p): \(why)"
        }
    }
}
