import GRDB

/// Builds a query's MATCH pattern with the index's tokenizer, on a connection of its own.
///
/// GRDB reaches FTS5's tokenizer through a `SELECT fts5(?)` statement, and stops the process
/// if that statement fails. On a search connection it can fail: `interruptSearches()` may land
/// on it when a newer query supersedes this one. A tokenizer depends on SQLite alone, not on the
/// index, so an in-memory connection that nothing interrupts serves every search.
enum QueryTokenizer {
    private static let connection = Result { try DatabaseQueue() }

    static func pattern(for query: SearchQuery) throws -> String? {
        try connection.get().inDatabase { db in
            let tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: ["unicode61", "remove_diacritics", "2"]))
            return try MatchPattern.build(query, tokenCount: { try tokenizer.tokenize(query: $0).count })
        }
    }

    /// The terms the index keeps for a text: its words, accents removed, Porter-stemmed
    /// (`Kubernetes` → `kubernet`), as `passage_terms` lists them.
    static func stems(of text: String) throws -> [String] {
        try connection.get().inDatabase { db in
            let tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: ["porter", "unicode61", "remove_diacritics", "2"]))
            return try tokenizer.tokenize(query: text).map(\.token)
        }
    }
}
