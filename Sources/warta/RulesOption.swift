import ArgumentParser
import WartaExtract
import WartaRules

/// `--rules DIR`, shared by every command that extracts entities.
struct RulesOption: ParsableArguments {
    @Option(name: .customLong("rules"), help: "The Rules folder (default: $WARTA_RULES, ./Rules, or Rules/ of the checkout warta was built in).")
    var folder: String?

    func load() throws -> RuleSet {
        guard let path = RuleSet.locate(explicit: folder) else {
            throw ValidationError("no Rules folder found: pass --rules DIR or set WARTA_RULES")
        }
        do {
            return try RuleSet(folder: path)
        } catch {
            throw ValidationError("rules: \(error)")
        }
    }
}
