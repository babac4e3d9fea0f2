/// A search as the user typed it, parsed by a grammar that never fails.
///
/// - plain words must all match, in any order: `swift actors`
/// - `"a phrase"` matches those words in that order (curly quotes work too; an unclosed quote
///   runs to the end)
/// - `word*` matches words starting with `word`
/// - `-word` (or `NOT word`) leaves out passages containing it
/// - `a OR b` matches either; `AND` between words is what happens anyway
/// - `speaker:NAME` keeps passages said by someone whose name has a word starting with NAME
///   (`speaker:"ada love"` for several words); `in:TEXT` keeps interviews whose title matches;
///   `q:WORD` matches in questions only
///
/// Anything else is taken as text to find. Words are handed to SQLite only as quoted FTS5
/// strings (see `MatchPattern`), so operators, brackets and SQL typed by the user are inert.
public struct SearchQuery: Hashable, Sendable {
    public enum Field: String, Hashable, Sendable, Codable {
        /// The passage's text, its question or the interview's title.
        case any
        case speaker
        /// The interview's title (`in:`).
        case title
        /// The question (`q:`).
        case question
    }

    public struct Term: Hashable, Sendable {
        /// The text to find, as typed (without quotes, stars or field name).
        public var text: String
        public var field: Field
        /// Whether the last word may be the start of a longer word.
        public var isPrefix: Bool

        public init(text: String, field: Field = .any, isPrefix: Bool = false) {
            self.text = text
            self.field = field
            self.isPrefix = isPrefix
        }
    }

    /// Every group must match; within a group, any one term is enough (`a OR b`).
    public var required: [[Term]]
    /// No passage containing one of these is found.
    public var excluded: [Term]

    public init(required: [[Term]] = [], excluded: [Term] = []) {
        self.required = required
        self.excluded = excluded
    }

    public init(parsing text: String) {
        self.init()
        var pendingOr = false
        var lastWasPositive = false
        for lexeme in QueryLexer.lexemes(of: text) {
            switch lexeme {
            case .or:
                pendingOr = lastWasPositive
            case .term(let term, let negated):
                if negated {
                    excluded.append(term)
                    lastWasPositive = false
                } else {
                    if pendingOr, !required.isEmpty {
                        required[required.count - 1].append(term)
                    } else {
                        required.append([term])
                    }
                    lastWasPositive = true
                }
                pendingOr = false
            }
        }
    }

    /// Whether there is nothing to look for (an empty query, or only exclusions).
    public var isEmpty: Bool { required.isEmpty }
}
