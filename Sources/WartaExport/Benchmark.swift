import Foundation
import WartaClean
import WartaPage
import WartaExtract

/// Speed figures for `warta bench`: the same pages read into memory once,
/// then timed per stage on one core, so a change's cost shows as numbers.
public struct Benchmark {
    public struct Stage: Sendable {
        public var name: String
        public var pages: Int
        public var bytes: Int
        public var seconds: Double
        public var pagesPerSecond: Double { seconds > 0 ? Double(pages) / seconds : 0 }
        public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0 }
    }

    public var pipeline: Pipeline
    /// When set, a third stage times cleaning plus entity extraction.
    public var extractor: Extractor?
    public init(pipeline: Pipeline = Pipeline(), extractor: Extractor? = nil) {
        self.pipeline = pipeline
        self.extractor = extractor
    }

    /// Times libxml2 parsing alone, then decode + clean + record, over `inputs`, `repeats` times.
    public func run(_ inputs: [InputFile], repeats: Int) throws -> [Stage] {
        var loaded: [(InputFile, [UInt8])] = []
        for input in inputs { loaded.append((input, try pipeline.read(input.path))) }
        let pages: [Page] = loaded.compactMap { try? pipeline.decoder.decode(bytes: $0.1, format: $0.0.format, source: $0.0.path) }
        let bytes = loaded.reduce(0) { $0 + $1.1.count }

        var parseSeconds = 0.0
        var parsed = 0
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            for page in pages {
                if case .html(let b, let charset) = page.content, HTMLDocument(bytes: b, encoding: charset) != nil { parsed += 1 }
            }
            parseSeconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        var cleanSeconds = 0.0
        var cleaned = 0
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            for (input, raw) in loaded {
                if (try? pipeline.record(bytes: raw, format: input.format, source: input.path)) != nil { cleaned += 1 }
            }
            cleanSeconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        var stages: [Stage] = []
        if let extractor {
            var full = pipeline
            full.extractor = extractor
            var seconds = 0.0
            for _ in 0..<repeats {
                let start = DispatchTime.now().uptimeNanoseconds
                for (input, raw) in loaded { _ = try? full.record(bytes: raw, format: input.format, source: input.path) }
                seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            }
            stages.append(Stage(name: "full (clean + extract entities)", pages: loaded.count * repeats, bytes: bytes * repeats, seconds: seconds))
        }
        let htmlBytes = pages.reduce(0) { if case .html(let b, _) = $1.content { return $0 + b.count }; return $0 }
        return [
            Stage(name: "libxml2 parse only", pages: pages.count * repeats, bytes: htmlBytes * repeats, seconds: parseSeconds),
            Stage(name: "clean (decode+parse+clean+record)", pages: loaded.count * repeats, bytes: bytes * repeats, seconds: cleanSeconds),
        ] + stages
    }

    /// Peak resident memory of this process so far, in MiB.
    public static func peakResidentMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
