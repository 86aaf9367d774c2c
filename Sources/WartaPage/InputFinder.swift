import Foundation

/// One input file found under a path the user gave, with the path its
/// output takes (relative to the folder given, or the bare file name).
public struct InputFile: Sendable, Hashable {
    public var path: String
    public var relativePath: String
    public var format: PageDecoder.Format

    public init(path: String, relativePath: String, format: PageDecoder.Format) {
        self.path = path
        self.relativePath = relativePath
        self.format = format
    }

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
                guard let format = PageDecoder.format(ofPath: rel) else { continue }
                let full = (root as NSString).appendingPathComponent(rel)
                var sub: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &sub), sub.boolValue { continue }
                let shown = path.hasSuffix("/") ? path + rel : path + "/" + rel
                here.append(InputFile(path: shown, relativePath: rel, format: format))
            }
            found.append(contentsOf: here.sorted { $0.relativePath < $1.relativePath })
        }
        return found
    }
}
