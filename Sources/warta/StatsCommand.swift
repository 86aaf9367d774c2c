import ArgumentParser
import Foundation
import WartaAnalysis

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Tables from records: agencies, officials, places by articles; provinces; laws; months; figures.",
        discussion: "RECORDS are folders of NAME.json records (from `warta extract -o`) or JSON Lines files (from --jsonl)."
    )

    @Argument(help: "Record folders or JSON Lines files.")
    var records: [String]

    @Option(help: "Write every table in full as CSV files into this folder.")
    var csv: String?

    @Option(help: "Rows per table on the terminal.")
    var limit: Int = 15

    func run() throws {
        let stats = try Statistics(figuresCSV: csv.map { ($0 as NSString).appendingPathComponent("figures.csv") }, keepFigures: limit)
        var problems = 0
        try RecordReader.forEach(records, onProblem: { p in
            problems += 1
            FileHandle.standardError.write(Data("warta: \(p)\n".utf8))
        }) { try stats.add($0) }
        try stats.finish()
        if let csv { try stats.writeCSV(folder: csv) }
        print(stats.markdown(limit: limit), terminator: "")
        if problems > 0 { throw ExitCode(1) }
    }
}
