import Foundation
import WartaExport

/// Streams records from folders of `NAME.json` files and from JSON Lines
/// files, one at a time, so statistics over any number of articles run in
/// flat memory.
public enum RecordReader {
    public struct Problem: Error, CustomStringConvertible {
        public var source: String
        public var reason: String
        public var description: String { "\(source): \(reason)" }
    }

    public static func forEach(_ paths: [String], onProblem: (Problem) -> Void, _ body: (Record) throws -> Void) throws {
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw Problem(source: path, reason: "no such file or folder") }
            if isDir.boolValue {
                guard let walker = fm.enumerator(atPath: path) else { continue }
                var files: [String] = []
                while let rel = walker.nextObject() as? String {
                    if rel.hasSuffix(".json") || rel.hasSuffix(".jsonl") { files.append(rel) }
                }
                for rel in files.sorted() { try file((path as NSString).appendingPathComponent(rel), onProblem: onProblem, body) }
            } else {
                try file(path, onProblem: onProblem, body)
            }
        }
    }

    static func file(_ path: String, onProblem: (Problem) -> Void, _ body: (Record) throws -> Void) throws {
        if path.hasSuffix(".jsonl") {
            guard let handle = FileHandle(forReadingAtPath: path) else { onProblem(Problem(source: path, reason: "unreadable")); return }
            defer { try? handle.close() }
            var buffer = Data()
            var line = 0
            func emit(_ bytes: Data) throws {
                line += 1
                guard !bytes.isEmpty else { return }
                do { try body(try RecordCoder.decode(bytes)) } catch let e as Problem { throw e } catch {
                    onProblem(Problem(source: "\(path):\(line)", reason: "not a Warta record"))
                }
            }
            while true {
                let chunk = handle.readData(ofLength: 1 << 20)
                if chunk.isEmpty { break }
                buffer.append(chunk)
                while let nl = buffer.firstIndex(of: 0x0A) {
                    try emit(buffer[buffer.startIndex..<nl])
                    buffer.removeSubrange(buffer.startIndex...nl)
                }
            }
            try emit(buffer)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else { onProblem(Problem(source: path, reason: "unreadable")); return }
        guard let record = try? RecordCoder.decode(data) else { onProblem(Problem(source: path, reason: "not a Warta record")); return }
        try body(record)
    }
}
