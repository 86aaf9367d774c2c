import Dispatch
import Foundation
import WartaPage

/// Runs the pipeline over many inputs on several cores. A failed input is
/// reported (file, stage, reason) and the batch goes on; every output file
/// is written whole (temporary file, then rename) or not at all, so an
/// interrupted run followed by `--resume` gives the same records as an
/// uninterrupted one. Memory stays flat: inputs are read one at a time per
/// worker and no record is kept after it is written.
public final class BatchRunner: @unchecked Sendable {
    public enum Destination: Sendable {
        /// One pretty JSON file per article under this folder.
        case folder(String)
        /// JSON Lines on standard output, in input order.
        case standardOutput
        /// JSON Lines in this file, in input order, written whole at the end.
        case jsonLines(String)
    }

    public struct Summary: Sendable {
        public var written = 0
        public var skipped = 0
        public var failures: [Pipeline.Failure] = []
        public var seconds = 0.0
    }

    public let pipeline: Pipeline
    public let destination: Destination
    public var jobs: Int
    /// Skip inputs whose output file is already complete (folder output).
    public var resume = false
    /// Called after each input, from any thread: (done, total).
    public var onProgress: (@Sendable (Int, Int) -> Void)?

    public init(pipeline: Pipeline, destination: Destination, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.pipeline = pipeline
        self.destination = destination
        self.jobs = max(1, jobs)
    }

    private let lock = NSLock()
    /// Output folders already created, so workers do not ask the file system again for every record.
    private var createdFolders = Set<String>()

    func ensureFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        lock.lock()
        let known = createdFolders.contains(folder)
        lock.unlock()
        if known { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        lock.lock()
        createdFolders.insert(folder)
        lock.unlock()
    }

    public func outputPath(for input: InputFile) -> String? {
        guard case .folder(let folder) = destination else { return nil }
        return (folder as NSString).appendingPathComponent(input.outputRelativePath(extension: ".json"))
    }

    /// A record file that parses is complete: files only ever appear by rename.
    public static func isComplete(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return false }
        return (try? RecordCoder.decode(data)) != nil
    }

    /// Removes temporary files a killed run left in the output folder
    /// (`.NAME.json.tmp-PID-N` whose process is gone). They were never
    /// complete records; a live run's temporaries are left alone.
    static func removeStaleTemporaries(in folder: String) {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return }
        while let rel = walker.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            guard name.hasPrefix("."), let r = name.range(of: ".tmp-") else { continue }
            let pidText = name[r.upperBound...].prefix { $0.isNumber }
            guard let pid = Int32(pidText), pid != ProcessInfo.processInfo.processIdentifier else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(rel))
            }
        }
    }

    public func run(_ inputs: [InputFile], onFailure: @escaping @Sendable (Pipeline.Failure) -> Void) -> Summary {
        let start = DispatchTime.now().uptimeNanoseconds
        var summary = Summary()
        var jsonl: JSONLinesWriter?
        switch destination {
        case .standardOutput: jsonl = JSONLinesWriter(handle: FileHandle.standardOutput, path: nil)
        case .jsonLines(let path):
            do { jsonl = try JSONLinesWriter(path: path) } catch {
                let f = Pipeline.Failure(source: path, stage: "write", reason: "cannot create: \(error.localizedDescription)")
                onFailure(f)
                summary.failures.append(f)
                return summary
            }
        case .folder: break
        }
        if case .folder(let folder) = destination { Self.removeStaleTemporaries(in: folder) }
        var next = 0
        var done = 0
        let total = inputs.count
        let workers = min(jobs, max(1, inputs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                lock.lock()
                let index = next
                next += 1
                lock.unlock()
                guard index < total else { return }
                let input = inputs[index]
                var outcome: Result<Record, Pipeline.Failure>?
                var skippedThis = false
                if resume, let out = outputPath(for: input), Self.isComplete(out) {
                    skippedThis = true
                } else {
                    do {
                        outcome = .success(try pipeline.record(for: input))
                    } catch let f as Pipeline.Failure {
                        outcome = .failure(f)
                    } catch {
                        outcome = .failure(Pipeline.Failure(source: input.path, stage: "clean", reason: "\(error)"))
                    }
                }
                var failure: Pipeline.Failure?
                var wrote = false
                switch outcome {
                case .success(let record)?:
                    do {
                        if let out = outputPath(for: input) {
                            try ensureFolder(of: out)
                            try AtomicFile.write(try RecordCoder.encode(record, pretty: true), to: out, folderExists: true)
                        } else {
                            try jsonl?.write(index: index, data: try RecordCoder.encode(record, pretty: false))
                        }
                        wrote = true
                    } catch {
                        failure = Pipeline.Failure(source: input.path, stage: "write", reason: "cannot write: \(error.localizedDescription)")
                    }
                case .failure(let f)?:
                    failure = f
                case nil:
                    break
                }
                if failure != nil || skippedThis { jsonl?.skip(index: index) }
                lock.lock()
                if wrote { summary.written += 1 }
                if skippedThis { summary.skipped += 1 }
                if let failure { summary.failures.append(failure) }
                done += 1
                let d = done
                lock.unlock()
                if let failure { onFailure(failure) }
                onProgress?(d, total)
            }
        }
        do { try jsonl?.finish() } catch {
            let f = Pipeline.Failure(source: "(output)", stage: "write", reason: "\(error)")
            summary.failures.append(f)
            onFailure(f)
        }
        summary.failures.sort { $0.source < $1.source }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return summary
    }
}

/// Writes JSON Lines in input order although records finish out of order:
/// a record waits only until the ones before it are written or skipped.
final class JSONLinesWriter: @unchecked Sendable {
    private let handle: FileHandle
    private let path: String?
    private let temporary: String?
    private var pending: [Int: Data?] = [:]
    private var nextIndex = 0
    private let lock = NSLock()

    init(handle: FileHandle, path: String?) {
        self.handle = handle
        self.path = path
        self.temporary = nil
    }

    init(path: String) throws {
        let temp = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        guard FileManager.default.createFile(atPath: temp, contents: nil), let h = FileHandle(forWritingAtPath: temp) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle = h
        self.path = path
        temporary = temp
    }

    func write(index: Int, data: Data) throws { try put(index, data) }
    func skip(index: Int) { try? put(index, nil) }

    private func put(_ index: Int, _ data: Data?) throws {
        lock.lock()
        defer { lock.unlock() }
        pending[index] = .some(data)
        while let entry = pending[nextIndex] {
            if let d = entry { try handle.write(contentsOf: d) }
            pending[nextIndex] = nil
            nextIndex += 1
        }
    }

    func finish() throws {
        guard let path, let temporary else { return }
        try handle.close()
        if rename(temporary, path) != 0 { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }
}
