import Foundation

/// Writes a file so that readers see the old content or the whole new
/// content, never a part: a temporary file beside it, then a rename.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String, folderExists: Bool = false) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        if !folderExists { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
