import GRDB

/// Runs a parsed query against the index and turns ranked rows into hits.
///
/// Ranking cost: bm25 has to look at every matching row, so a word found in most passages
/// costs hundreds of milliseconds on a large library, while fetching matches unranked is
/// almost free. The search first counts matches unranked, stopping at `rankingWindow + 1`.
/// Up to that many, everything is ranked. Beyond it, ranking happens within windows of
/// `rankingWindow` matches in index (rowid) order, the first window first: hits then come back
/// in bounded time, best first within the window, and the next window is only ranked if the
/// first one did not yield enough hits. For such very common words the top hits are the best
/// of the first window rather than of the whole library; the cost does not grow with the
/// library.
///
/// Collapsing: a passage can match only through its question or title (those columns rank
/// it). Such passages are shown once per exchange, as a hit on the question, or once per
/// interview, with the title as snippet, instead of once per paragraph.
struct SearchExecution {
    let db: Database
    let pattern: String
    let limit: Int

    static let rankingWindow = 20_000
    /// Ranked rows looked at, at most, per window while collecting hits; bounds the work when
    /// most rows collapse into a few hits.
    static let examinedPerWindow = 4_000
    static let snippetTokens = 14

    /// Statements are prepared once per connection (`cachedStatement`): a page of 200 hits runs
    /// the per-hit query 200 times, and preparing it each time (parsing, authorising every
    /// column) cost more than running it.
    func run() throws -> [SearchHit] {
        guard limit > 0 else { return [] }
        var collector = HitCollector(limit: limit)
        var lowerRowID: Int64 = Int64.min
        while !collector.isFull {
            // The rowid that ends this window, if there are more matches than one window holds.
            let upper = try Int64.fetchOne(db, sql: """
                SELECT rowid FROM passage_text WHERE passage_text MATCH ? AND rowid > ?
                ORDER BY rowid LIMIT 1 OFFSET ?
                """, arguments: [pattern, lowerRowID, Self.rankingWindow - 1])
            let ranked = try Row.fetchCursor(db, sql: """
                SELECT rowid, rank FROM passage_text
                WHERE passage_text MATCH ? AND rowid > ? AND rowid <= ?
                ORDER BY rank
                """, arguments: [pattern, lowerRowID, upper ?? Int64.max])
            var examined = 0
            while examined < Self.examinedPerWindow, !collector.isFull, let row = try ranked.next() {
                examined += 1
                try collect(rowID: row[0], rank: row[1], into: &collector)
            }
            guard let upper else { break }
            lowerRowID = upper
        }
        return collector.hits
    }

    private func collect(rowID: Int64, rank: Double, into collector: inout HitCollector) throws {
        let marker = "char(\(SnippetMarkers.open.value)), char(\(SnippetMarkers.close.value)), '\(SnippetMarkers.ellipsis)', \(Self.snippetTokens)"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT p.interview_id, p.kind, p.block, p.answer, p.paragraph, i.title AS interview_title,
                   passage_text.question, passage_text.speaker,
                   snippet(passage_text, 0, \(marker)) AS text_snippet,
                   snippet(passage_text, 1, \(marker)) AS question_snippet,
                   snippet(passage_text, 2, \(marker)) AS title_snippet
            FROM passage_text
            JOIN passage p ON p.id = passage_text.rowid
            JOIN interview i ON i.id = p.interview_id
            WHERE passage_text MATCH ? AND passage_text.rowid = ?
            """), arguments: [pattern, rowID]),
            let kind = IndexSchema.Kind(rawValue: row["kind"])
        else { return }
        let interviewID: String = row["interview_id"]
        let block: Int = row["block"]
        let base = PassageRow(
            kind: kind, block: block, answer: row["answer"], paragraph: row["paragraph"], text: "",
            question: row["question"], title: row["interview_title"], speaker: row["speaker"])
        let own: String = kind == .question ? row["question_snippet"] : row["text_snippet"]
        let questionSnippet: String = row["question_snippet"]
        let titleSnippet: String = row["title_snippet"]

        if SnippetMarkers.hasMatch(own) || !(SnippetMarkers.hasMatch(questionSnippet) || SnippetMarkers.hasMatch(titleSnippet)) {
            collector.add(hit(interviewID, base, base.location, own, rank), key: nil)
        } else if kind != .section, SnippetMarkers.hasMatch(questionSnippet) {
            let key = HitCollector.Key.exchange(interviewID, block)
            guard !collector.contains(key) else { return }
            var asked = base
            asked.speaker = try String.fetchOne(db.cachedStatement(sql: """
                SELECT passage_text.speaker FROM passage JOIN passage_text ON passage_text.rowid = passage.id
                WHERE passage.interview_id = ? AND passage.kind = ? AND passage.block = ?
                """), arguments: [interviewID, IndexSchema.Kind.question.rawValue, block]) ?? ""
            collector.add(hit(interviewID, asked, .question(exchange: block), questionSnippet, rank), key: key)
        } else {
            let key = HitCollector.Key.interview(interviewID)
            guard !collector.contains(key) else { return }
            collector.add(hit(interviewID, base, base.location, titleSnippet, rank), key: key)
        }
    }

    private func hit(_ interviewID: String, _ row: PassageRow, _ location: TextLocation, _ marked: String, _ rank: Double) -> SearchHit {
        let (snippet, matches) = SnippetMarkers.parse(marked)
        return SearchHit(
            interviewID: interviewID, interviewTitle: row.title, location: location,
            question: row.kind == .section ? "" : row.question, speaker: row.speaker,
            snippet: snippet, matches: matches, rank: rank)
    }
}

/// Hits in rank order, with the question and title hits that stand for many passages kept once.
struct HitCollector {
    enum Key: Hashable {
        case exchange(String, Int)
        case interview(String)
    }

    let limit: Int
    private(set) var hits: [SearchHit] = []
    private var seen: Set<Key> = []
    private var locations: Set<String> = []

    init(limit: Int) { self.limit = limit }

    var isFull: Bool { hits.count >= limit }

    func contains(_ key: Key) -> Bool { seen.contains(key) }

    mutating func add(_ hit: SearchHit, key: Key?) {
        if let key { seen.insert(key) }
        // A question row and a collapsed answer both open the same question: show it once.
        let place = "\(hit.interviewID)\u{0}\(hit.location)"
        guard locations.insert(place).inserted else { return }
        hits.append(hit)
    }
}
