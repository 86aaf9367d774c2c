/// Precision/recall counts for one field, summed over articles (micro).
public struct SetScore: Sendable, Equatable {
    public var truePositives = 0
    public var predicted = 0
    public var gold = 0

    public init() {}

    public var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? (predicted == 0 ? 1 : 0) : Double(truePositives) / Double(gold) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func += (l: inout SetScore, r: SetScore) {
        l.truePositives += r.truePositives
        l.predicted += r.predicted
        l.gold += r.gold
    }
}

/// Share of articles (or matched items) where a value was right.
public struct Accuracy: Sendable, Equatable {
    public var right = 0
    public var total = 0
    public init() {}
    public var value: Double { total == 0 ? 0 : Double(right) / Double(total) }
}
