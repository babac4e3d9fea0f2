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
    /// `tokenCount` tells how many tokens the tokenizer finds in a piece of text; a quoted
    /// string without any would make the whole query match nothing, so such terms are dropped.
    static func build(_ query: SearchQuery, tokenCount: (String) throws -> Int) rethrows -> String? {
        var groups: [String] = []
        for group in query.required {
            let alternatives = try group.compactMap { try fragment($0, tokenCount: tokenCount) }
            guard !alternatives.isEmpty else { continue }
            groups.append(alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")")
        }
        guard !groups.isEmpty else { return nil }
        var pattern = groups.joined(separator: " AND ")
        let excluded = try query.excluded.compactMap { try fragment($0, tokenCount: tokenCount) }
        if !excluded.isEmpty {
            pattern = "(" + pattern + ") NOT (" + excluded.joined(separator: " OR ") + ")"
        }
        return pattern
    }

    /// `text` as an FTS5 string literal.
    ///
    /// FTS5 reads the pattern byte by byte, so quotes are doubled scalar by scalar: compared as
    /// `Character`s, a `"` followed by a combining mark (`"\u{301}`) is one grapheme that is not
    /// `"`, and was left single, ending the string early and handing the rest to FTS5 as syntax.
    /// A NUL would end the pattern itself (SQLite reads bound text up to it), so control
    /// characters become spaces.
    static func quote(_ text: String) -> String {
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                quoted.append(contentsOf: ["\"", "\""])
            } else if scalar.properties.generalCategory == .control {
                quoted.append(" ")
            } else {
                quoted.append(scalar)
            }
        }
        quoted.append("\"")
        return String(quoted)
    }

    static func fragment(_ term: SearchQuery.Term, tokenCount: (String) throws -> Int) rethrows -> String? {
        switch term.field {
        case .speaker:
            // Each word of the name on its own, as a prefix: `speaker:lov` finds "Ada Lovelace".
            let words = try term.text.split(separator: " ").map(String.init).filter { try tokenCount($0) > 0 }
            guard !words.isEmpty else { return nil }
            return "speaker : (" + words.map { quote($0) + "*" }.joined(separator: " AND ") + ")"
        case .any, .title, .question:
            guard try tokenCount(term.text) > 0 else { return nil }
            let column = switch term.field {
            case .title: "title"
            case .question: "question"
            default: anyColumns
            }
            guard term.isPrefix else { return column + " : " + quote(term.text) }
            let words = try tokenCount(term.text) == 1 ? stemPrefixes(of: term.text) : []
            let alternatives = [quote(term.text) + "*"] + words.map(quote)
            return column + " : " + (alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")")
        }
    }

    /// Whole words that a half-typed word may have been stemmed to.
    ///
    /// The index holds Porter stems, and a prefix query is stemmed too, so `conference*` works
    /// (`confer*`) but `conferen*` would not: the stem of the word being typed (`confer`) is
    /// shorter than what was typed. A stem is almost always a prefix of its word, at most a few
    /// letters shorter, so the typed text's own prefixes down to three letters shorter are also
    /// tried as whole words. They may match a little more than asked; while typing, that is
    /// better than matching nothing.
    static func stemPrefixes(of word: String) -> [String] {
        let letters = Array(word)
        guard letters.count >= 4, letters.allSatisfy(\.isLetter) else { return [] }
        let shortest = max(3, letters.count - 3)
        return (shortest...letters.count).reversed().map { String(letters[0..<$0]) }
    }
}
