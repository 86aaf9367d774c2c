import ArgumentParser
import Foundation
import WartaExport
import WartaExtract
import WartaPage

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show the cleaned text of a page with every extraction, the rule that made it, and the candidates that lost.",
        discussion: """
        Conflict policy: within a field, the higher rule priority wins, then the longer match, then the \
        earlier one; a winning "ignore" rule (dates, years, numbers inside names) produces nothing but \
        blocks what it overlaps; a figure never overlaps a regulation reference.
        """
    )

    @Argument(help: "An HTML page or a text dump.")
    var file: String

    @OptionGroup var rules: RulesOption

    func run() throws {
        let extractor = Extractor(rules: try rules.load())
        let pipeline = Pipeline()
        let format = PageDecoder.format(ofPath: file) ?? .html
        let page = try pipeline.decoder.decode(bytes: try pipeline.read(file), format: format, source: file)
        let article = try pipeline.cleaner.clean(page)
        print(ExplainReport.render(extractor.trace(body: article.body, dateline: article.dateline), rules: extractor.rules))
    }
}
