import Foundation

/// The errors file of a batch: one tab-separated line per failed input
/// (input, stage, reason), written whole at the end of the run.
public enum ErrorsFile {
    public static func write(_ failures: [Pipeline.Failure], to path: String) throws {
        var text = "input\tstage\treason\n"
        for f in failures {
            let clean = { (s: String) in s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
            text += "\(clean(f.source))\t\(f.stage)\t\(clean(f.reason))\n"
        }
        try AtomicFile.write(Data(text.utf8), to: path)
    }
}
