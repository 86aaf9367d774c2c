import ArgumentParser
import Foundation
import WartaExtract
import WartaEval
import WartaExport

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against NAME.gold.json files (GOLD-FORMAT.md).",
        discussion: """
        Every NAME.gold.json under GOLD_DIR is paired with the page beside it (NAME.html, .htm, .html.gz \
        or .txt), which Warta extracts, or with NAME.json in --pred (records of any tool in the gold format).
        """
    )

    @Argument(help: "Folder of pages with NAME.gold.json files.")
    var goldDir: String

    @Option(help: "Folder of NAME.json records to score instead of running Warta.")
    var pred: String?

    @Flag(help: "List every article's misses and extras.")
    var verbose = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    @OptionGroup var rules: RulesOption

    func run() throws {
        let pipeline = Pipeline(extractor: pred == nil ? Extractor(rules: try rules.load()) : nil)
        let report = try Evaluator(pipeline: pipeline).run(goldFolder: goldDir, predictions: pred)
        print(json ? try ReportFormatter.json(report) : ReportFormatter.text(report, verbose: verbose))
    }
}
