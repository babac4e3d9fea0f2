import GRDB

/// Runs a parsed query against the index and turns ranked rows into hits.
///
/// Ranking: `.exact` scores every match with `bm25()` in an `ORDER BY` and reads them through
/// a cursor; `.quick` scores the matches a window of `quickWindow` at a time in index order
/// (see `SearchRanking`). Either way each match is scored once, however many rows collapse
/// (below), and one window costs one run of the MATCH.
///
/// Collapsing: every passage row carries its interview's title and the start of its question,
/// so a passage can match only through those columns. Such passages are shown once per
/// exchange, as a hit on the question, or once per interview, with the title as snippet,
/// instead of once per paragraph. Which columns matched is read from `bm25()` itself, with the
/// other columns weighed zero: these extra calls reuse the row's match positions and cost
/// almost nothing, where a snippet per examined row cost a tokenisation of its text (most of
/// the search time on 1,000 interviews, for words found in many titles).
///
/// Substance: a row's score is its bm25 scaled by its `Substance` factor, read with its place
/// (`passage.substance`) only for the rows examined. Scaling in SQL, for every match, made a
/// common word's search 40% slower. The exact ranking therefore reads matches in bm25 order
/// and holds each in a queue until no later match can beat it: a later match scores at best
/// its own bm25 (the factor is at most 1), and bm25 only worsens down the list.
///
/// Snippets, the asker of the question and the interview's title are fetched only for the
/// rows that become hits.
struct SearchExecution {
    let db: Database
    let pattern: String
    let limit: Int
    let ranking: SearchRanking
    /// How many matches a `.quick` search ranks at a time.
    var window = Self.quickWindow
    /// With a `speaker:` filter, only what that person said is a hit: a passage of theirs that
    /// matched only through its question is not shown as that question, asked by someone else.
    var onlySpeakersOwnWords = false

    /// Matches ranked together by a quick search. Measured on 10,000 interviews for a word in
    /// a third of all passages: bm25 first counts every row holding each phrase (about 20 ms,
    /// whatever the window), then scores about 2 µs a row.
    static let quickWindow = 2_000
    static let snippetTokens = 14

    func run() throws -> [SearchHit] {
        guard limit > 0 else { return [] }
        var collector = HitCollector(limit: limit)
        let scores = """
            bm25(passage_text, \(IndexSchema.weights)) AS score,
            bm25(passage_text, \(Self.weights(only: .text))) < 0,
            bm25(passage_text, \(Self.weights(only: .question))) < 0,
            bm25(passage_text, \(Self.weights(only: .title))) < 0
            """
        if ranking == .exact {
            let ranked = try db.cachedStatement(sql: """
                SELECT rowid, \(scores) FROM passage_text WHERE passage_text MATCH ? ORDER BY score
                """)
            let rows = try Row.fetchCursor(ranked, arguments: [pattern])
            var waiting = SearchRankedQueue()
            while !collector.isFull, let row = try rows.next() {
                let scored = ScoredRow(row)
                // No match from here on scores better than this one's bm25.
                while !collector.isFull, let best = waiting.popFirst(ifRankAtMost: scored.score) {
                    collector.consider(best)
                }
                if let candidate = try candidate(for: scored) { waiting.insert(candidate) }
            }
            while !collector.isFull, let best = waiting.popFirst(ifRankAtMost: .infinity) {
                collector.consider(best)
            }
        } else {
            // The next `window` matches in index order (FTS5 reads them in that order and stops
            // at the limit, scoring only those), then ranked here.
            let windowed = try db.cachedStatement(sql: """
                SELECT rowid, \(scores) FROM passage_text WHERE passage_text MATCH ? AND rowid > ?
                ORDER BY rowid LIMIT ?
                """)
            var lowerRowID = Int64.min
            while !collector.isFull {
                let rows = try Row.fetchAll(windowed, arguments: [pattern, lowerRowID, max(1, window)]).map(ScoredRow.init)
                for candidate in try rows.compactMap(candidate(for:)).sorted(by: { $0.rank < $1.rank }) where !collector.isFull {
                    collector.consider(candidate)
                }
                guard rows.count == max(1, window), let last = rows.last else { break }
                lowerRowID = last.rowID
            }
        }
        return Self.answersBeforeTheirQuestion(try hits(for: collector.candidates))
    }

    /// One match as ranking sees it: its score and which searched columns hold a match.
    struct ScoredRow {
        var rowID: Int64
        var score: Double
        var matched: MatchedColumns

        init(_ row: Row) {
            rowID = row[0]
            score = row[1]
            matched = MatchedColumns(text: row[2], question: row[3], title: row[4])
        }
    }

    /// The hit a matching row would give, ranked by its score scaled by its substance, unless
    /// it matched only through the interview's title: such a hit stands for the interview, not
    /// for this row's text (a one-word answer under a one-word question still counts little).
    private func candidate(for row: ScoredRow) throws -> Candidate? {
        let statement = try db.cachedStatement(sql: "SELECT interview_id, kind, block, answer, paragraph, substance FROM passage WHERE id = ?")
        guard let passage = try Row.fetchOne(statement, arguments: [row.rowID]),
              let kind = IndexSchema.Kind(rawValue: passage[1])
        else { return nil }
        let block: Int = passage[2]
        let substance: Double = passage[5]
        let place = PassageRow.location(kind: kind, block: block, answer: passage[3], paragraph: passage[4])
        var candidate = Self.candidate(rowID: row.rowID, rank: row.score, interviewID: passage[0], kind: kind, block: block,
                                       place: place, matched: row.matched)
        // With a `speaker:` filter, a passage that matched only through its question is not
        // shown as that question: someone else asked it.
        if onlySpeakersOwnWords, candidate.showsQuestion { return nil }
        if case .interview = candidate.key {} else { candidate.rank *= substance }
        return candidate
    }

    /// bm25 weights that count only one column: the score is below zero exactly when that
    /// column holds a match.
    static func weights(only column: IndexSchema.Column) -> String {
        IndexSchema.Column.allCases.map { $0 == column ? "1.0" : "0.0" }.joined(separator: ", ")
    }

    /// A question that matches lifts its whole exchange, but what a reader came for is the
    /// answers: a question hit is listed right after the answer hits of its own exchange.
    static func answersBeforeTheirQuestion(_ hits: [SearchHit]) -> [SearchHit] {
        func exchangeKey(_ hit: SearchHit) -> String? {
            hit.location.exchange.map { "\(hit.interviewID)\u{0}\($0)" }
        }
        var lastAnswer: [String: Int] = [:]
        for (index, hit) in hits.enumerated() {
            if case .answer = hit.location, let key = exchangeKey(hit) { lastAnswer[key] = index }
        }
        var result: [SearchHit] = []
        var waiting: [String: [SearchHit]] = [:]
        for (index, hit) in hits.enumerated() {
            if case .question = hit.location, let key = exchangeKey(hit), let last = lastAnswer[key], last > index {
                waiting[key, default: []].append(hit)
                continue
            }
            result.append(hit)
            if let key = exchangeKey(hit), lastAnswer[key] == index, let questions = waiting.removeValue(forKey: key) {
                result += questions
            }
        }
        return result
    }

    /// Which of a row's searched columns hold a match.
    struct MatchedColumns {
        var text: Bool
        var question: Bool
        var title: Bool
    }

    /// A ranked row on its way to becoming a hit: what it will show, before anything is read.
    struct Candidate {
        var rowID: Int64
        var rank: Double
        var interviewID: String
        var kind: IndexSchema.Kind
        /// The exchange (or section) the row is in.
        var block: Int
        /// Where the hit opens: the row itself, or its question.
        var location: TextLocation
        /// The column whose snippet the hit shows.
        var snippetColumn: IndexSchema.Column
        /// Whether the hit is the question (shown with its asker) rather than the row's own text.
        var showsQuestion: Bool
        /// Rows that collapse into one hit share a key; nil for a hit of its own.
        var key: HitCollector.Key?
    }

    /// What a ranked row shows: its own text when that matched (or when nothing searched did,
    /// as for a `speaker:` filter alone); otherwise its question, once per exchange, or the
    /// interview's title, once per interview.
    static func candidate(
        rowID: Int64, rank: Double, interviewID: String, kind: IndexSchema.Kind, block: Int, place: TextLocation,
        matched: MatchedColumns
    ) -> Candidate {
        func candidate(_ location: TextLocation, _ column: IndexSchema.Column, showsQuestion: Bool = false, key: HitCollector.Key? = nil) -> Candidate {
            Candidate(rowID: rowID, rank: rank, interviewID: interviewID, kind: kind, block: block, location: location,
                      snippetColumn: column, showsQuestion: showsQuestion, key: key)
        }
        // A question's own words are in its question column; other rows' in their text.
        let ownMatched = kind == .question ? matched.question : matched.text
        if ownMatched || !(matched.question || matched.title) {
            return candidate(place, kind == .question ? .question : .text)
        }
        if kind != .section, matched.question {
            return candidate(.question(exchange: block), .question, showsQuestion: true, key: .exchange(interviewID, block))
        }
        return candidate(place, .title, key: .interview(interviewID))
    }

    /// Reads what the hits show. Snippets need the MATCH, and each run of a MATCH redoes its
    /// setup: for a prefix such as `comp*` that merges the lists of every word starting so,
    /// 27 ms on 10,000 interviews. So all snippets come from one statement over the hits'
    /// range of rowids (`+rowid IN` keeps SQLite from turning the list into one MATCH per row).
    private func hits(for candidates: [Candidate]) throws -> [SearchHit] {
        guard let first = candidates.map(\.rowID).min(), let last = candidates.map(\.rowID).max() else { return [] }
        let marker = "char(\(SnippetMarkers.open.value)), char(\(SnippetMarkers.close.value)), '\(SnippetMarkers.ellipsis)', \(Self.snippetTokens)"
        let statement = try db.cachedStatement(sql: """
            SELECT passage_text.rowid, i.title, passage_text.speaker,
                   snippet(passage_text, 0, \(marker)), snippet(passage_text, 1, \(marker)), snippet(passage_text, 2, \(marker))
            FROM passage_text
            JOIN passage p ON p.id = passage_text.rowid
            JOIN interview i ON i.id = p.interview_id
            WHERE passage_text MATCH ? AND passage_text.rowid >= ? AND passage_text.rowid <= ?
              AND +passage_text.rowid IN (SELECT value FROM json_each(?))
            """)
        let list = "[" + candidates.map { String($0.rowID) }.joined(separator: ",") + "]"
        var shown: [Int64: (title: String, speaker: String, snippets: [String])] = [:]
        let rows = try Row.fetchCursor(statement, arguments: [pattern, first, last, list])
        while let row = try rows.next() {
            shown[row[0]] = (row[1], row[2], [row[3], row[4], row[5]])
        }
        // Answer rows hold only the start of their question: show it whole, and who asked it.
        let asked = try db.cachedStatement(sql: """
            SELECT question, speaker FROM passage_text WHERE rowid =
                (SELECT id FROM passage WHERE interview_id = ? AND kind = \(IndexSchema.Kind.question.rawValue) AND block = ?)
            """)
        return try candidates.compactMap { candidate in
            guard let found = shown[candidate.rowID] else { return nil }
            let question = candidate.kind == .section ? nil : try Row.fetchOne(asked, arguments: [candidate.interviewID, candidate.block])
            let (snippet, matches) = SnippetMarkers.parse(found.snippets[candidate.snippetColumn.rawValue])
            return SearchHit(
                interviewID: candidate.interviewID, interviewTitle: found.title, location: candidate.location,
                question: question?[0] ?? "", speaker: candidate.showsQuestion ? question?[1] ?? "" : found.speaker,
                snippet: snippet, matches: matches, rank: candidate.rank)
        }
    }
}

/// Candidates in rank order, with the question and title hits that stand for many passages
/// kept once.
struct HitCollector {
    enum Key: Hashable {
        case exchange(String, Int)
        case interview(String)
    }

    let limit: Int
    private(set) var candidates: [SearchExecution.Candidate] = []
    private var seen: Set<Key> = []
    private var places: Set<Place> = []

    private struct Place: Hashable {
        var interviewID: String
        var location: TextLocation
    }

    init(limit: Int) { self.limit = limit }

    var isFull: Bool { candidates.count >= limit }

    mutating func consider(_ candidate: SearchExecution.Candidate) {
        if let key = candidate.key {
            guard seen.insert(key).inserted else { return }
        }
        // A question row and a collapsed answer both open the same question: show it once.
        guard places.insert(Place(interviewID: candidate.interviewID, location: candidate.location)).inserted else { return }
        candidates.append(candidate)
    }
}
