import ArgumentParser

@main
struct Warta: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warta",
        abstract: "Turns Indonesian news pages into clean, structured, auditable records.",
        subcommands: [ExtractCommand.self, StatsCommand.self, ExportCommand.self, EvalCommand.self, ExplainCommand.self, RulesCommand.self, CleanCommand.self, BenchCommand.self],
        defaultSubcommand: nil
    )
}
