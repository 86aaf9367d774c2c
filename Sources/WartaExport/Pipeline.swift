import Foundation
import WartaClean
import WartaExtract
import WartaPage

/// Runs the stages for one input: read, decode, clean, make the record.
public struct Pipeline: Sendable {
    public var decoder: PageDecoder
    public var cleaner: Cleaner
    /// Stage 2; nil runs cleaning alone (`warta bench`, `--clean-only`).
    public var extractor: Extractor?

    public init(maxBytes: Int = 50 * 1024 * 1024, extractor: Extractor? = nil) {
        self.decoder = PageDecoder(maxBytes: maxBytes)
        self.cleaner = Cleaner()
        self.extractor = extractor
    }

    /// One failed input: which file, at which stage, and why.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var source: String
        public var stage: String
        public var reason: String
        public var description: String { "\(source): \(reason)" }

        public init(source: String, stage: String, reason: String) {
            self.source = source
            self.stage = stage
            self.reason = reason
        }
    }

    public func read(_ path: String) throws -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw Failure(source: path, stage: "read", reason: "unreadable: no such file or no permission")
        }
        if let size = attributes[.size] as? NSNumber, size.intValue > decoder.maxBytes {
            throw Failure(source: path, stage: "read", reason: InputError.tooLarge(bytes: size.intValue, limit: decoder.maxBytes).description)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Failure(source: path, stage: "read", reason: "unreadable: permission denied")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw Failure(source: path, stage: "read", reason: "unreadable: \(error.localizedDescription)")
        }
    }

    public func record(for input: InputFile) throws -> Record {
        if let offset = input.lineOffset, let length = input.lineLength {
            return try recordFromJSONLine(input, offset: offset, length: length)
        }
        let bytes = try read(input.path)
        return try record(bytes: bytes, format: input.format, source: input.path)
    }

    /// One crawler record: `{"id": ..., "url": ..., "html": "..."}` or `"text"`.
    func recordFromJSONLine(_ input: InputFile, offset: UInt64, length: Int) throws -> Record {
        let source = input.source
        guard length <= decoder.maxBytes else {
            throw Failure(source: source, stage: "read", reason: InputError.tooLarge(bytes: length, limit: decoder.maxBytes).description)
        }
        guard let handle = FileHandle(forReadingAtPath: input.path) else { throw Failure(source: source, stage: "read", reason: "unreadable") }
        defer { try? handle.close() }
        try handle.seek(toOffset: offset)
        let data = handle.readData(ofLength: length)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(source: source, stage: "decode", reason: "not a JSON object on this line")
        }
        let url = object["url"] as? String
        let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue
        let named = id.map { "\(input.path)#\($0)" } ?? source
        if let html = object["html"] as? String {
            return try record(bytes: Array(html.utf8), format: .html, source: named, url: url)
        }
        if let text = object["text"] as? String {
            return try record(bytes: Array(text.utf8), format: .text, source: named, url: url)
        }
        throw Failure(source: source, stage: "decode", reason: "no \"html\" or \"text\" field")
    }

    public func record(bytes: [UInt8], format: PageDecoder.Format, source: String, url: String? = nil) throws -> Record {
        var page: Page
        do {
            page = try decoder.decode(bytes: bytes, format: format, source: source)
        } catch let e as InputError {
            throw Failure(source: source, stage: "decode", reason: e.description)
        }
        if page.url == nil { page.url = url }
        do {
            let article = try cleaner.clean(page)
            let entities = extractor?.extract(body: article.body, dateline: article.dateline) ?? Entities()
            return Record(source: source, article: article, entities: entities)
        } catch let e as InputError {
            throw Failure(source: source, stage: "clean", reason: e.description)
        }
    }
}
