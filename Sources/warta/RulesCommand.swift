import ArgumentParser
import Foundation
import WartaExtract
import WartaRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check the rule files: run their examples, or lint them.",
        subcommands: [Test.self, Lint.self]
    )

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run every example and counter-example of every rule; name each failure.")
        @OptionGroup var rules: RulesOption

        func run() throws {
            let set = try rules.load()
            let (checked, failures) = RuleExamples(extractor: Extractor(rules: set)).run()
            for f in failures { print("FAIL \(f)") }
            print("\(checked - failures.count) passed, \(failures.count) failed (\(set.rules.count) rules in \(set.folder))")
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate the rule files: they load, ids are unique, patterns compile, every rule has an example.")
        @OptionGroup var rules: RulesOption

        func run() throws {
            let set = try rules.load()
            let problems = set.lint()
            for p in problems { print(p) }
            print("\(set.rules.count) rules, \(problems.count) problems")
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }
}
