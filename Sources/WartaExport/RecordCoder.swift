import Foundation

/// Deterministic JSON for records: sorted keys, no escaped slashes; pretty
/// for one file per article, one line each for JSON Lines.
public enum RecordCoder {
    public static func encode(_ record: Record, pretty: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(record)
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data) throws -> Record {
        try JSONDecoder().decode(Record.self, from: data)
    }
}
