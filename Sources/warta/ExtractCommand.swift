import ArgumentParser
import Foundation
import WartaExport
import WartaExtract
import WartaPage

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Clean pages, extract entities, and write one JSON record per article.",
        discussion: """
        Inputs are files or folders (walked recursively) of .html, .htm, .html.gz and .txt text dumps, and \
        .jsonl files of crawler records ({"id", "url", "html" or "text"} per line). With -o, each record goes \
        to OUT/<path relative to the input folder>.json (written whole, then renamed into place); with \
        --jsonl FILE, into one JSON Lines file; otherwise JSON Lines on stdout. A file that cannot be read is \
        reported on stderr (file: reason) and in the errors file, and the run goes on; the exit status is 1 \
        when any file failed.
        """
    )

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Folder for the JSON records, one per article.")
    var output: String?

    @Option(help: "Write all records to this JSON Lines file instead.")
    var jsonl: String?

    @Option(help: "Worker threads (default: every core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Skip inputs whose record in the output folder is already complete.")
    var resume = false

    @Option(help: "Errors file: input, stage, reason per failed input (default: OUT/errors.tsv with -o).")
    var errors: String?

    @Option(help: "Largest input file in bytes, before and after gzip decompression.")
    var maxBytes: Int = 50 * 1024 * 1024

    @Flag(help: "Clean only: write records without entities.")
    var cleanOnly = false

    @OptionGroup var rules: RulesOption

    func validate() throws {
        if output != nil && jsonl != nil { throw ValidationError("give -o or --jsonl, not both") }
        if resume && output == nil { throw ValidationError("--resume needs -o OUT (per-article files)") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let inputs: [InputFile]
        do {
            inputs = try InputFinder.find(paths)
        } catch {
            throw ValidationError("\(error)")
        }
        let extractor = cleanOnly ? nil : try rules.load()
        let destination: BatchRunner.Destination = output.map { .folder($0) } ?? jsonl.map { .jsonLines($0) } ?? .standardOutput
        let runner = BatchRunner(pipeline: Pipeline(maxBytes: maxBytes, extractor: extractor.map { Extractor(rules: $0) }),
                                 destination: destination, jobs: jobs)
        runner.resume = resume
        let progress = ProgressBar()
        runner.onProgress = { progress.update(done: $0, total: $1) }
        let summary = runner.run(inputs) { failure in
            let line = "warta: \(failure.source): \(failure.reason)\n"
            FileHandle.standardError.write(Data(((progress.enabled ? "\r" : "") + line).utf8))
        }
        if let path = errors ?? output.map({ ($0 as NSString).appendingPathComponent("errors.tsv") }) {
            try ErrorsFile.write(summary.failures, to: path)
        }
        let rate = summary.seconds > 0 ? Double(inputs.count) / summary.seconds : 0
        let line = String(format: "warta: %d records written, %d skipped (already complete), %d failed, %d inputs, %.1f s, %.1f pages/s, %d jobs\n",
                          summary.written, summary.skipped, summary.failures.count, inputs.count, summary.seconds, rate, runner.jobs)
        FileHandle.standardError.write(Data(line.utf8))
        if !summary.failures.isEmpty { throw ExitCode(1) }
    }
}
