import GRDBSQLite

/// libFuzzer entry point for the query language: any text, as typed into the reader's search
/// line or given to `parley search`.
///
/// Parsing must never crash and must keep its bounds (at most `SearchQuery.maximumTerms`
/// terms of at most `maximumTermLength` characters), and the pattern `MatchPattern` builds
/// must be one FTS5 accepts: run against an FTS5 table made like the index's, it may match
/// rows or none, but never fail (a syntax error, "no such column", an unterminated string is a
/// user's text reaching FTS5 syntax). The search index itself is not linked: GRDB is not built
/// for the fuzzer, so the table is reached through SQLite's C interface.
@_cdecl("LLVMFuzzerTestOneInput")
public func queryFuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self) else { return 0 }
    let query = SearchQuery(parsing: text)
    let terms = query.required.flatMap { $0 } + query.excluded
    guard terms.count <= SearchQuery.maximumTerms, terms.allSatisfy({ $0.text.count <= SearchQuery.maximumTermLength }) else {
        fatalError("the query escaped its bounds: \(terms.count) terms from \(String(reflecting: text))")
    }
    // Any term with a letter or digit may hold tokens; one the tokenizer finds empty is a
    // phrase matching nothing, which FTS5 accepts.
    guard let pattern = MatchPattern.build(query, tokenCount: { $0.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil } ? 1 : 0 }) else {
        return 0
    }
    FuzzIndex.shared.expectAccepted(pattern, from: text)
    return 0
}

/// An in-memory FTS5 table with the index's columns and tokenizer, and a few rows.
final class FuzzIndex {
    nonisolated(unsafe) static let shared = FuzzIndex()
    private var db: OpaquePointer?

    private init() {
        guard sqlite3_open(":memory:", &db) == SQLITE_OK else { fatalError("cannot open an in-memory database") }
        execute("""
            CREATE VIRTUAL TABLE passage_text USING fts5(text, question, title, speaker,
                tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');
            INSERT INTO passage_text VALUES ('Water early in the morning, café', 'Any advice?', 'Gardening Notes', 'Ana Lima');
            INSERT INTO passage_text VALUES ('日本語 🙂 a"b NEAR(x) {y}', 'What about parsers?', 'Talking', 'Renée Müller');
            """)
    }

    private func execute(_ sql: String) {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { fatalError("setup failed: \(String(cString: sqlite3_errmsg(db)))") }
    }

    /// Runs the pattern as the index does (snippets included) and stops on any error.
    func expectAccepted(_ pattern: String, from text: String) {
        var statement: OpaquePointer?
        let sql = "SELECT rowid, bm25(passage_text), snippet(passage_text, 0, '[', ']', '…', 14) FROM passage_text WHERE passage_text MATCH ?"
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { fatalError("prepare failed") }
        defer { sqlite3_finalize(statement) }
        // SQLITE_TRANSIENT: SQLite copies the text; -1: up to the NUL, as GRDB binds it.
        sqlite3_bind_text(statement, 1, pattern, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        var code = sqlite3_step(statement)
        while code == SQLITE_ROW { code = sqlite3_step(statement) }
        guard code == SQLITE_DONE else {
            fatalError("FTS5 refused the pattern \(String(reflecting: pattern)) built from \(String(reflecting: text)): \(String(cString: sqlite3_errmsg(db)))")
        }
    }
}
