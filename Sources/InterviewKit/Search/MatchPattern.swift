import GRDB

/// Builds the FTS5 MATCH pattern for a `SearchQuery`.
///
/// User text only ever appears inside FTS5 string literals (`"…"` with `"` doubled), so no word
/// a user types can act as an FTS5 operator, column name or bracket. The operators, column
/// filters and prefix stars in the pattern are all written here. The whole pattern is then
/// passed to SQLite as a statement argument, never spliced into SQL.
enum MatchPattern {
    /// Columns a plain word is looked for in. Speaker names are left out: they are a filter.
    static let anyColumns = "{text question title}"

    /// The pattern, or nil when nothing is left to search for (every term was made only of
    /// characters the tokenizer ignores, such as emoji or punctuation).
    ///
    /// `hasTokens` tells whether a piece of text yields at least one token; a quoted string
    /// without any would make the whole query match nothing, so such terms are dropped.
    static func build(_ query: SearchQuery, hasTokens: (String) throws -> Bool) rethrows -> String? {
        var groups: [String] = []
        for group in query.required {
            let alternatives = try group.compactMap { try fragment($0, hasTokens: hasTokens) }
            guard !alternatives.isEmpty else { continue }
            groups.append(alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")")
        }
        guard !groups.isEmpty else { return nil }
        var pattern = groups.joined(separator: " AND ")
        let excluded = try query.excluded.compactMap { try fragment($0, hasTokens: hasTokens) }
        if !excluded.isEmpty {
            pattern = "(" + pattern + ") NOT (" + excluded.joined(separator: " OR ") + ")"
        }
        return pattern
    }

    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func fragment(_ term: SearchQuery.Term, hasTokens: (String) throws -> Bool) rethrows -> String? {
        switch term.field {
        case .speaker:
            // Each word of the name on its own, as a prefix: `speaker:lov` finds "Ada Lovelace".
            let words = try term.text.split(separator: " ").map(String.init).filter { try hasTokens($0) }
            guard !words.isEmpty else { return nil }
            return "speaker : (" + words.map { quote($0) + "*" }.joined(separator: " AND ") + ")"
        case .any, .title, .question:
            guard try hasTokens(term.text) else { return nil }
            let column = switch term.field {
            case .title: "title"
            case .question: "question"
            default: anyColumns
            }
            return column + " : " + quote(term.text) + (term.isPrefix ? "*" : "")
        }
    }
}
