import Foundation

/// A one-line progress display on stderr: files done / total, pages/s,
/// ETA. Drawn only when stderr is a terminal, at most five times a second.
public final class ProgressBar: @unchecked Sendable {
    private let start = Date()
    private var last = Date.distantPast
    private let lock = NSLock()
    public let enabled: Bool

    public init(enabled: Bool = isatty(STDERR_FILENO) != 0) { self.enabled = enabled }

    public func update(done: Int, total: Int) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(last) >= 0.2 else { return }
        last = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = String(format: "\r[%@] %d/%d  %.1f pages/s  ETA %ds ", bar, done, total, rate, Int(eta))
        FileHandle.standardError.write(Data(line.utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
