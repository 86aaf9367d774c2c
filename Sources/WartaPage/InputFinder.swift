import Foundation

/// One input file found under a path the user gave, with the path its
/// output takes (relative to the folder given, or the bare file name).
public struct InputFile: Sendable, Hashable {
    public var path: String
    public var relativePath: String
    public var format: PageDecoder.Format
    /// For one line of a JSON Lines file: where the line starts and how long it is.
    public var lineOffset: UInt64?
    public var lineLength: Int?
    public var lineNumber: Int?

    public init(path: String, relativePath: String, format: PageDecoder.Format) {
        self.path = path
        self.relativePath = relativePath
        self.format = format
    }

    /// The source name records and errors use: the path, or `path:line` for a JSON Lines line.
    public var source: String { lineNumber.map { "\(path):\($0)" } ?? path }

    /// The relative path with the input extension (`.html`, `.htm`,
    /// `.html.gz`, `.txt`) replaced by `ext`.
    public func outputRelativePath(extension ext: String) -> String {
        let lower = relativePath.lowercased()
        for suffix in [".html.gz", ".htm.gz", ".txt.gz", ".html", ".htm", ".txt"] where lower.hasSuffix(suffix) {
            return String(relativePath.dropLast(suffix.count)) + ext
        }
        return relativePath + ext
    }
}

/// Walks files and folders (recursively, in sorted order) for inputs.
public enum InputFinder {
    public static func find(_ paths: [String]) throws -> [InputFile] {
        var found: [InputFile] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw InputError.unreadable("\(path): no such file or folder")
            }
            if !isDir.boolValue, path.lowercased().hasSuffix(".jsonl") {
                found.append(contentsOf: try jsonLines(path: path, relative: (path as NSString).lastPathComponent))
                continue
            }
            if !isDir.boolValue {
                let name = (path as NSString).lastPathComponent
                found.append(InputFile(path: path, relativePath: name,
                                       format: PageDecoder.format(ofPath: path) ?? .html))
                continue
            }
            let root = URL(fileURLWithPath: path).standardizedFileURL.path
            guard let walker = fm.enumerator(atPath: root) else { continue }
            var here: [InputFile] = []
            while let rel = walker.nextObject() as? String {
                let full = (root as NSString).appendingPathComponent(rel)
                if rel.lowercased().hasSuffix(".jsonl") {
                    let shown = path.hasSuffix("/") ? path + rel : path + "/" + rel
                    here.append(contentsOf: try jsonLines(path: shown, relative: rel))
                    continue
                }
                guard let format = PageDecoder.format(ofPath: rel) else { continue }
                var sub: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &sub), sub.boolValue { continue }
                let shown = path.hasSuffix("/") ? path + rel : path + "/" + rel
                here.append(InputFile(path: shown, relativePath: rel, format: format))
            }
            found.append(contentsOf: here.sorted { ($0.relativePath, $0.lineNumber ?? 0) < ($1.relativePath, $1.lineNumber ?? 0) })
        }
        return found
    }

    /// One input per non-empty line of a JSON Lines file (crawler output:
    /// `{"id": ..., "url": ..., "html": ...}` or `"text"`), found by
    /// streaming through the file: only offsets are kept.
    static func jsonLines(path: String, relative: String) throws -> [InputFile] {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw InputError.unreadable("\(path): cannot open") }
        defer { try? handle.close() }
        var out: [InputFile] = []
        var offset: UInt64 = 0
        var lineStart: UInt64 = 0
        var line = 1
        let stem = String(relative.dropLast(".jsonl".count))
        func add(_ end: UInt64) {
            guard end > lineStart else { return }
            var input = InputFile(path: path, relativePath: stem + "/" + String(format: "%06d", line) + ".html", format: .html)
            input.lineOffset = lineStart
            input.lineLength = Int(end - lineStart)
            input.lineNumber = line
            out.append(input)
        }
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            for (k, b) in chunk.enumerated() where b == 0x0A {
                let end = offset + UInt64(k)
                add(end)
                lineStart = end + 1
                line += 1
            }
            offset += UInt64(chunk.count)
        }
        add(offset)
        return out
    }
}
