import Foundation

/// RFC 4180 CSV, written row by row to a temporary file and renamed into
/// place when closed.
public final class CSVWriter {
    private let handle: FileHandle
    private let path: String
    private let temporary: String

    public init(path: String, header: [String]) throws {
        self.path = path
        temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let h = FileHandle(forWritingAtPath: temporary) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle = h
        try row(header)
    }

    public static func field(_ value: String) -> String {
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    public func row(_ values: [String]) throws {
        try handle.write(contentsOf: Data((values.map(Self.field).joined(separator: ",") + "\r\n").utf8))
    }

    public func close() throws {
        try handle.close()
        if rename(temporary, path) != 0 { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }
}
