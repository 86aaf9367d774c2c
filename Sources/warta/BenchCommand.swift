import ArgumentParser
import Foundation
import WartaExport
import WartaPage
import WartaExtract

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Print pages/s and MB/s of each stage over a folder of pages (build with -c release)."
    )

    @Argument(help: "Files or folders of pages.")
    var paths: [String]

    @Option(help: "How many times to run over the pages.")
    var repeats: Int = 3

    @OptionGroup var rules: RulesOption

    func run() throws {
        let inputs = try InputFinder.find(paths)
        let stages = try Benchmark(extractor: Extractor(rules: try rules.load())).run(inputs, repeats: repeats)
        print("pages: \(inputs.count), repeats: \(repeats), one core")
        for s in stages {
            print(String(format: "%-36@ %8.1f pages/s %8.1f MB/s  (%d pages in %.2f s)",
                         s.name as NSString, s.pagesPerSecond, s.megabytesPerSecond, s.pages, s.seconds))
        }
        print(String(format: "peak resident memory: %.1f MiB", Benchmark.peakResidentMiB()))
    }
}
