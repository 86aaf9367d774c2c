import ArgumentParser
import Foundation
import WartaAnalysis

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Records into a SQLite database (articles, officials, agencies, places, figures, laws, mentions).",
        discussion: "The database is built beside FILE and renamed over it when complete, so a re-run replaces it safely."
    )

    @Option(help: "The SQLite database to write.")
    var sqlite: String

    @Argument(help: "Record folders or JSON Lines files.")
    var records: [String]

    func run() throws {
        let export = try SQLiteExport(path: sqlite)
        var problems = 0
        do {
            try RecordReader.forEach(records, onProblem: { p in
                problems += 1
                FileHandle.standardError.write(Data("warta: \(p)\n".utf8))
            }) { try export.add($0) }
            try export.finish()
        } catch {
            export.abandon()
            throw error
        }
        FileHandle.standardError.write(Data("warta: \(export.articles) articles exported to \(sqlite)\n".utf8))
        if problems > 0 { throw ExitCode(1) }
    }
}
