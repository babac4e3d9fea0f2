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

    /// Terms left out because the query had more than `maximumTerms` (see there).
    public private(set) var omittedTerms = 0

    /// The most terms a query searches, counting each alternative of an `OR` and each
    /// exclusion; past this many the rest are left out (`omittedTerms`), exclusions first.
    ///
    /// Each term costs one pass over the index entries it matches, and every match of every
    /// term takes part in ranking and snippets: `alpha` typed 500 times took 32 s and `a*`
    /// typed 4,000 times ran out of memory. Repeated terms and groups are searched once (they
    /// add nothing), and past this many the rest are dropped, so a search costs at most this
    /// many passes over the index.
    public static let maximumTerms = 32

    /// The most characters of one term; a longer phrase is cut at a space before this (its
    /// words are matched one after another, so its cost grows with its length).
    public static let maximumTermLength = 200

    public init(required: [[Term]] = [], excluded: [Term] = []) {
        self.required = required
        self.excluded = excluded
    }

    public init(parsing text: String) {
        self.init()
        var groups: [[Term]] = []
        var exclusions: [Term] = []
        var pendingOr = false
        var lastWasPositive = false
        for lexeme in QueryLexer.lexemes(of: text) {
            switch lexeme {
            case .or:
                pendingOr = lastWasPositive
            case .term(let typed, let negated):
                let term = Self.shortened(typed)
                if negated {
                    exclusions.append(term)
                } else if pendingOr, !groups.isEmpty {
                    groups[groups.count - 1].append(term)
                } else {
                    groups.append([term])
                }
                lastWasPositive = !negated
                pendingOr = false
            }
        }
        var budget = Self.maximumTerms
        var seenGroups: Set<Set<Term>> = []
        for group in groups.map(Self.uniqued) where seenGroups.insert(Set(group)).inserted {
            let kept = Array(group.prefix(budget))
            omittedTerms += group.count - kept.count
            budget -= kept.count
            if !kept.isEmpty { required.append(kept) }
        }
        for term in Self.uniqued(exclusions) {
            if budget > 0 {
                excluded.append(term)
                budget -= 1
            } else {
                omittedTerms += 1
            }
        }
    }

    /// The terms without repeats, in the order first typed.
    static func uniqued(_ terms: [Term]) -> [Term] {
        var seen: Set<Term> = []
        return terms.filter { seen.insert($0).inserted }
    }

    /// A term cut to `maximumTermLength` characters, at the last space before it when there
    /// is one (so no word is cut in two).
    static func shortened(_ term: Term) -> Term {
        guard term.text.count > maximumTermLength else { return term }
        var cut = term
        let head = term.text.prefix(maximumTermLength)
        cut.text = String(head.lastIndex(of: " ").map { head[..<$0] } ?? head)
        return cut
    }

    /// Whether a `speaker:` filter keeps only what someone said.
    public var filtersBySpeaker: Bool { required.joined().contains { $0.field == .speaker } }

    /// Whether there is nothing to look for (an empty query, or only exclusions).
    public var isEmpty: Bool { required.isEmpty }

    /// Why the query searches less than was typed, for a status line or standard error; nil
    /// when it searches everything.
    public var limitation: String? {
        if isEmpty, !excluded.isEmpty {
            return "-word only leaves out passages: add a word to look for (or `--` before a word starting with -)"
        }
        guard omittedTerms > 0 else { return nil }
        return "a query searches at most \(Self.maximumTerms) different terms; the last \(omittedTerms) were left out"
    }
}
