/// Where an extracted item was found: its span in the body, in Unicode code
/// points (as `Record.paragraphs` and Python's `str` count), its text, and the
/// id of the rule that found it.
public struct Evidence: Codable, Equatable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    public var rule: String
}

public struct Official: Codable, Equatable, Sendable {
    public var name: String
    public var title: String?
    public var organization: String?
    public var mentions: [Evidence]
}

public struct Agency: Codable, Equatable, Sendable {
    public var name: String
    public var acronym: String?
    public var aliases: [String]
    public var kind: String?
    public var mentions: [Evidence]
}

public struct Place: Codable, Equatable, Sendable {
    public var name: String
    public var kind: String
    /// Kemendagri code for provinces, regencies and cities.
    public var code: String?
    /// The province a regency or city lies in.
    public var province: String?
    public var aliases: [String]
    public var mentions: [Evidence]
}

public struct Figure: Codable, Equatable, Sendable {
    public var text: String
    public var value: Double
    public var unit: String
    /// The counted noun ("pekerja" in "7.000 pekerja rentan").
    public var noun: String?
    /// The place or agency the sentence puts the figure with, when it names one.
    public var place: String?
    public var agency: String?
    public var sentence: String
    public var mentions: [Evidence]
}

public struct Law: Codable, Equatable, Sendable {
    public var type: String
    public var number: String
    public var year: Int?
    public var mentions: [Evidence]

    enum CodingKeys: String, CodingKey { case type, number, year, mentions }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(number, forKey: .number)
        try c.encode(year, forKey: .year)
        try c.encode(mentions, forKey: .mentions)
    }
}

/// Everything extracted from one article, one entry per entity.
public struct Entities: Codable, Equatable, Sendable {
    public var officials: [Official] = []
    public var agencies: [Agency] = []
    public var places: [Place] = []
    public var figures: [Figure] = []
    public var laws: [Law] = []
    public init() {}
}
