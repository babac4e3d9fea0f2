import GRDB

/// Runs a parsed query against the index and turns ranked rows into hits.
///
/// Ranking cost: bm25 has to score every matching row, so a word found in most passages is
/// slow to rank (measured on 1,000 podcast transcripts, 241,000 passages: "the" matches 144,000
/// of them and ranking them all takes 800 ms, while the first unranked matches come back in
/// 0.1 ms). So matches are ranked within windows of `rankingWindow` matches in index (rowid)
/// order. The end of the first window is found unranked (about 1 ms); if the query matches
/// fewer rows, the window is everything and the ranking exact. Otherwise the top hits are the
/// best of the first window (the cost stays flat however large the library grows), and the
/// next window is ranked only if the first did not yield enough hits.
///
/// Within a window, scores are computed with `bm25()` in an `ORDER BY … LIMIT` so that SQLite
/// keeps only the best rows (FTS5's own `ORDER BY rank` sorted every row first: 3 times slower).
///
/// Collapsing: a passage can match only through its question or title (those columns rank
/// it). Such passages are shown once per exchange, as a hit on the question, or once per
/// interview, with the title as snippet, instead of once per paragraph.
struct SearchExecution {
    let db: Database
    let pattern: String
    let limit: Int

    static let rankingWindow = 8_000
    /// Ranked rows looked at, at most, per window while collecting hits; bounds the work when
    /// most rows collapse into a few hits.
    static let examinedPerWindow = 2_000
    static let snippetTokens = 14

    func run() throws -> [SearchHit] {
        guard limit > 0 else { return [] }
        var collector = HitCollector(limit: limit)
        let boundary = try db.cachedStatement(sql: """
            SELECT rowid FROM passage_text WHERE passage_text MATCH ? AND rowid > ?
            ORDER BY rowid LIMIT 1 OFFSET \(Self.rankingWindow - 1)
            """)
        let ranking = try db.cachedStatement(sql: """
            SELECT rowid, bm25(passage_text, \(IndexSchema.weights)) AS score FROM passage_text
            WHERE passage_text MATCH ? AND rowid > ? AND rowid <= ?
            ORDER BY score LIMIT ? OFFSET ?
            """)
        var lowerRowID = Int64.min
        while !collector.isFull {
            let upper = try Int64.fetchOne(boundary, arguments: [pattern, lowerRowID])
            var examined = 0
            var exhausted = false
            while !collector.isFull, !exhausted, examined < Self.examinedPerWindow {
                // Ask for a few more rows than hits still missing: some will collapse.
                let page = max(4 * (limit - collector.hits.count), 32)
                let rows = try Row.fetchAll(ranking, arguments: [pattern, lowerRowID, upper ?? Int64.max, page, examined])
                for row in rows where !collector.isFull {
                    try collect(rowID: row[0], rank: row[1], into: &collector)
                }
                examined += rows.count
                exhausted = rows.count < page
            }
            guard let upper else { break }
            lowerRowID = upper
        }
        return collector.hits
    }

    private func collect(rowID: Int64, rank: Double, into collector: inout HitCollector) throws {
        let marker = "char(\(SnippetMarkers.open.value)), char(\(SnippetMarkers.close.value)), '\(SnippetMarkers.ellipsis)', \(Self.snippetTokens)"
        let details = try db.cachedStatement(sql: """
            SELECT p.interview_id, p.kind, p.block, p.answer, p.paragraph, i.title AS interview_title,
                   passage_text.speaker,
                   snippet(passage_text, 0, \(marker)) AS text_snippet,
                   snippet(passage_text, 1, \(marker)) AS question_snippet,
                   snippet(passage_text, 2, \(marker)) AS title_snippet
            FROM passage_text
            JOIN passage p ON p.id = passage_text.rowid
            JOIN interview i ON i.id = p.interview_id
            WHERE passage_text MATCH ? AND passage_text.rowid = ?
            """)
        guard let row = try Row.fetchOne(details, arguments: [pattern, rowID]),
              let kind = IndexSchema.Kind(rawValue: row["kind"])
        else { return }
        let interviewID: String = row["interview_id"]
        let block: Int = row["block"]
        // Answer rows hold only the start of their question: show it whole, and who asked it.
        let asked = kind == .section ? nil : try Row.fetchOne(db.cachedStatement(sql: """
            SELECT question, speaker FROM passage_text WHERE rowid =
                (SELECT id FROM passage WHERE interview_id = ? AND kind = \(IndexSchema.Kind.question.rawValue) AND block = ?)
            """), arguments: [interviewID, block])
        let base = PassageRow(
            kind: kind, block: block, answer: row["answer"], paragraph: row["paragraph"], text: "",
            question: asked?["question"] ?? "", title: row["interview_title"], speaker: row["speaker"])
        let own: String = kind == .question ? row["question_snippet"] : row["text_snippet"]
        let questionSnippet: String = row["question_snippet"]
        let titleSnippet: String = row["title_snippet"]

        if SnippetMarkers.hasMatch(own) || !(SnippetMarkers.hasMatch(questionSnippet) || SnippetMarkers.hasMatch(titleSnippet)) {
            collector.add(hit(interviewID, base, base.location, own, rank), key: nil)
        } else if kind != .section, SnippetMarkers.hasMatch(questionSnippet) {
            let key = HitCollector.Key.exchange(interviewID, block)
            guard !collector.contains(key) else { return }
            var question = base
            question.speaker = asked?["speaker"] ?? ""
            collector.add(hit(interviewID, question, .question(exchange: block), questionSnippet, rank), key: key)
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
