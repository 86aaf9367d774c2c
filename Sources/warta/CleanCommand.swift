import ArgumentParser
import Foundation
import WartaClean
import WartaExport
import WartaPage

struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Show how one page is cleaned: its body, or with --explain every block and the decision on it."
    )

    @Argument(help: "An HTML page or a text dump.")
    var file: String

    @Flag(help: "List every text block: kept, dropped (and why) or outside the article.")
    var explain = false

    func run() throws {
        let pipeline = Pipeline()
        let format = PageDecoder.format(ofPath: file) ?? .html
        let page = try pipeline.decoder.decode(bytes: try pipeline.read(file), format: format, source: file)
        if explain {
            print(pipeline.cleaner.diagnose(page), terminator: "")
        } else {
            let article = try pipeline.cleaner.clean(page)
            print("title: \(article.title ?? "null")\npublished: \(article.published ?? "null")\npublisher: \(article.publisher ?? "null")\nauthors: \(article.authors)\ndateline: \(article.dateline ?? "null")\n")
            print(article.body)
        }
    }
}
