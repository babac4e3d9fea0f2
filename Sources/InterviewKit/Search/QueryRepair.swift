import GRDB

/// What a search does when the words typed find nothing: words that tokenizing missed are
/// looked for inside longer words (`ydan` → pydantic), and a word one or two typos from a word
/// of the library is offered instead ("did you mean kubernetes?").
///
/// Both start from the typed words that no passage holds (their stem has no entry in FTS5's
/// vocabulary), and look them up in the library's words as written (`Vocabulary`).
enum QueryRepair {
    /// Typed single words, looked for as text, that no passage holds.
    static func unknownWords(in query: SearchQuery, _ db: Database) throws -> [SearchQuery.Term] {
        try query.required.joined().filter { term in
            guard term.field != .speaker, !term.isPrefix, !term.text.contains(where: \.isWhitespace) else { return false }
            let stems = try QueryTokenizer.stems(of: term.text)
            return try stems.count == 1 && passages(holding: stems[0], db) == 0
        }
    }

    /// How many passages hold a term (a stem, as the index keeps it): one read of its list.
    static func passages(holding stem: String, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT doc FROM passage_terms WHERE term = ?", arguments: [stem]) ?? 0
    }

    /// The query with each unknown word replaced by the library's words containing it (any one
    /// of them will do), and what was replaced; the query itself and nothing when no unknown
    /// word is part of a longer one. Stays within `SearchQuery.maximumTerms`.
    static func widened(_ query: SearchQuery, _ db: Database) throws -> (SearchQuery, [SearchWidening]) {
        let unknown = Set(try unknownWords(in: query, db))
        guard !unknown.isEmpty else { return (query, []) }
        var budget = SearchQuery.maximumTerms - query.required.joined().count - query.excluded.count
        var widenings: [SearchWidening] = []
        var required: [[SearchQuery.Term]] = []
        for group in query.required {
            var alternatives: [SearchQuery.Term] = []
            for term in group {
                guard unknown.contains(term) else { alternatives.append(term); continue }
                let words = Array(try Vocabulary.containing(term.text, db).prefix(max(0, budget + 1)))
                guard !words.isEmpty else { alternatives.append(term); continue }
                budget -= words.count - 1
                widenings.append(SearchWidening(typed: term.text, words: words))
                alternatives += words.map { SearchQuery.Term(text: $0, field: term.field) }
            }
            required.append(alternatives)
        }
        guard !widenings.isEmpty else { return (query, []) }
        return (SearchQuery(required: required, excluded: query.excluded), widenings)
    }

    /// The typed text with each unknown word replaced by the nearest word of the library (the
    /// one most passages hold among the nearest), or nil when no unknown word has one.
    static func corrected(_ typed: String, query: SearchQuery, _ db: Database) throws -> String? {
        var text = typed
        var changed = false
        for term in try unknownWords(in: query, db) {
            guard let range = text.range(of: term.text) else { continue }
            var best: (word: String, distance: Int, passages: Int)?
            for candidate in try Vocabulary.corrections(of: term.text, db).prefix(Self.candidatesChecked) {
                // Nearest first: a farther word only when no nearer one is in use.
                if let best, candidate.distance > best.distance { break }
                let stems = try QueryTokenizer.stems(of: candidate.word)
                guard stems.count == 1 else { continue }
                let count = try passages(holding: stems[0], db)
                if count > (best?.passages ?? 0) { best = (candidate.word, candidate.distance, count) }
            }
            guard let best else { continue }
            text.replaceSubrange(range, with: best.word)
            changed = true
        }
        return changed ? text : nil
    }

    /// Corrections weighed per unknown word: enough for the ties of the nearest distance.
    static let candidatesChecked = 24
}

/// A word typed that no passage holds, and the library's words containing it that were
/// searched instead.
public struct SearchWidening: Hashable, Sendable {
    public var typed: String
    public var words: [String]

    public init(typed: String, words: [String]) {
        self.typed = typed
        self.words = words
    }
}

/// Hits, and what the search did beyond the words typed.
public struct SearchResult: Hashable, Sendable {
    public var hits: [SearchHit]
    /// Words that found nothing and were looked for inside longer words (empty when the words
    /// typed found hits themselves).
    public var widenings: [SearchWidening]

    public init(hits: [SearchHit], widenings: [SearchWidening] = []) {
        self.hits = hits
        self.widenings = widenings
    }
}
