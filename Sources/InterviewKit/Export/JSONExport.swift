import Foundation

/// Quotes as JSON Lines: one object per quote and line, keys sorted, absent fields left out.
/// Numbers (exchange, answer) count from 1.
enum JSONExport {
    static func render(_ entries: [ExportEntry]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try entries.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }

    /// The `id` of every line that is a JSON object with one; other lines (a user's edits) are
    /// passed over.
    static func ids(in text: String) -> Set<String> {
        struct Identified: Decodable { var id: String }
        var found: Set<String> = []
        for line in text.split(whereSeparator: \.isNewline) {
            if let object = try? JSONDecoder().decode(Identified.self, from: Data(line.utf8)) { found.insert(object.id) }
        }
        return found
    }
}
