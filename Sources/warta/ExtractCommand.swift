import ArgumentParser
import Foundation
import WartaExtract
import WartaExport
import WartaPage

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Clean pages and write one JSON record per article.",
        discussion: """
        Inputs are files or folders (walked recursively) of .html, .htm, .html.gz and .txt text dumps. \
        With -o, each record goes to OUT/<path relative to the input folder>.json; without it, records \
        are printed as JSON Lines. A file that cannot be read is reported on stderr (file: reason) and \
        the run goes on; the exit status is 1 when any file failed.
        """
    )

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Folder for the JSON records (JSON Lines on stdout when omitted).")
    var output: String?

    @Option(help: "Largest input file in bytes, before and after gzip decompression.")
    var maxBytes: Int = 50 * 1024 * 1024

    @Flag(help: "Clean only: write records without entities.")
    var cleanOnly = false

    @OptionGroup var rules: RulesOption

    func run() throws {
        let inputs: [InputFile]
        do {
            inputs = try InputFinder.find(paths)
        } catch {
            throw ValidationError("\(error)")
        }
        let extractor = cleanOnly ? nil : Extractor(rules: try rules.load())
        let runner = BatchRunner(pipeline: Pipeline(maxBytes: maxBytes, extractor: extractor),
                                 destination: output.map { .folder($0) } ?? .standardOutput)
        let summary = runner.run(inputs) { failure in
            FileHandle.standardError.write(Data("warta: \(failure.source): \(failure.reason)\n".utf8))
        }
        let line = "warta: \(summary.written) records written, \(summary.failures.count) failed, \(inputs.count) inputs\n"
        FileHandle.standardError.write(Data(line.utf8))
        if !summary.failures.isEmpty { throw ExitCode(1) }
    }
}
