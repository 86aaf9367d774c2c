import Foundation
import Yams

/// One rule file, `Rules/<field>/<name>.yaml`: rules for one field, each
/// with its pattern, what it produces, and the examples that specify it.
///
///     field: laws
///     rules:
///       - id: laws.numbered
///         description: a regulation type, its number and year
///         priority: 50
///         pattern: 'type=<law_type> (Nomor|No|"No.") number=@number (Tahun year=@year)?'
///         output: {}
///         examples:
///           - text: 'sesuai [Inpres Nomor 2 Tahun 2021] tentang'
///             expect: {type: Inpres, number: "2", year: "2021"}
///         counter_examples:
///           - 'nomor telepon 0812 3456'
public struct RuleFile: Decodable, Sendable {
    public var field: String
    public var rules: [RuleSpec]
}

public struct RuleSpec: Decodable, Sendable {
    public var id: String
    public var description: String
    public var priority: Int
    public var pattern: String
    /// Fixed output values (`unit: percent`, `kind: district`, `ignore: "true"`).
    public var output: [String: String]?
    public var examples: [RuleExample]
    public var counterExamples: [String]?

    enum CodingKeys: String, CodingKey {
        case id, description, priority, pattern, output, examples
        case counterExamples = "counter_examples"
    }
}

public struct RuleExample: Decodable, Sendable {
    /// The text with the expected match between `[` and `]`.
    public var text: String
    /// Fields the built item must have, as strings ("2800000000", "IDR").
    public var expect: [String: String]?

    /// The text without brackets, and the bracketed span in code points.
    public func marked() -> (text: String, start: Int, end: Int)? {
        var out = String.UnicodeScalarView()
        var start: Int?
        var end: Int?
        var n = 0
        for s in text.unicodeScalars {
            if s == "[" && start == nil { start = n; continue }
            if s == "]" && start != nil && end == nil { end = n; continue }
            out.append(s)
            n += 1
        }
        guard let start, let end else { return nil }
        return (String(out), start, end)
    }
}

/// A rule ready to run: its spec with the pattern compiled.
public struct CompiledRule: Sendable {
    public var spec: RuleSpec
    public var field: String
    public var file: String
    public var pattern: Pattern
}

/// Every rule file and gazetteer, loaded and compiled once per run.
public struct RuleSet: Sendable {
    public var vocabulary: Vocabulary
    public var rules: [CompiledRule]
    public var matcher: Matcher
    public var folder: String

    /// Loads `folder` (the project's `Rules/`). Fails on an unreadable
    /// file, a duplicate id or a pattern that does not compile.
    public init(folder: String) throws {
        self.folder = folder
        vocabulary = try Vocabulary(rulesFolder: folder)
        matcher = Matcher(vocabulary: vocabulary)
        rules = []
        let gazetteers = Set(vocabulary.gazetteers.keys)
        var ids = Set<String>()
        for path in try Self.ruleFiles(in: folder) {
            guard let data = FileManager.default.contents(atPath: path) else { throw RuleError.unreadable(path) }
            let file: RuleFile
            do {
                file = try YAMLDecoder().decode(RuleFile.self, from: String(decoding: data, as: UTF8.self))
            } catch {
                throw RuleError.invalid(path, "not a rule file: \(error)")
            }
            for spec in file.rules {
                guard ids.insert(spec.id).inserted else { throw RuleError.invalid(path, "duplicate rule id \(spec.id)") }
                do {
                    rules.append(CompiledRule(spec: spec, field: file.field, file: path, pattern: try Pattern(spec.pattern, gazetteers: gazetteers)))
                } catch {
                    throw RuleError.invalid(path, "rule \(spec.id): \(error)")
                }
            }
        }
        // By field and priority; within one priority, in the order the files list them.
        let order = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.spec.id, $0.offset) })
        rules.sort { ($0.field, -$0.spec.priority, order[$0.spec.id]!) < ($1.field, -$1.spec.priority, order[$1.spec.id]!) }
    }

    public static func ruleFiles(in folder: String) throws -> [String] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: folder) else { throw RuleError.unreadable(folder) }
        var out: [String] = []
        while let rel = walker.nextObject() as? String {
            if rel.hasSuffix(".yaml") || rel.hasSuffix(".yml") { out.append((folder as NSString).appendingPathComponent(rel)) }
        }
        return out.sorted()
    }

    public func rules(for field: String) -> [CompiledRule] { rules.filter { $0.field == field } }

    /// Problems a rule author should fix: rules without examples, ids not
    /// starting with their field.
    public func lint() -> [String] {
        var problems: [String] = []
        for r in rules {
            if r.spec.examples.isEmpty { problems.append("\(r.file): rule \(r.spec.id) has no example") }
            if !r.spec.id.hasPrefix(r.field + ".") { problems.append("\(r.file): rule \(r.spec.id) should start with \"\(r.field).\"") }
            for e in r.spec.examples where e.marked() == nil { problems.append("\(r.file): rule \(r.spec.id): example without [span]: \(e.text)") }
        }
        return problems
    }

    /// Finds the Rules folder: $WARTA_RULES, ./Rules, or Rules/ beside the
    /// checkout the executable was built in (`.build/<config>/warta`).
    public static func locate(explicit: String? = nil, executable: String = CommandLine.arguments.first ?? "") -> String? {
        let fm = FileManager.default
        var candidates: [String] = []
        if let explicit { candidates.append(explicit) }
        if let env = ProcessInfo.processInfo.environment["WARTA_RULES"] { candidates.append(env) }
        candidates.append(fm.currentDirectoryPath + "/Rules")
        var url = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(url.appendingPathComponent("Rules").path)
            url.deleteLastPathComponent()
        }
        return candidates.first { fm.fileExists(atPath: $0 + "/gazetteers/regions.tsv") }
    }
}
