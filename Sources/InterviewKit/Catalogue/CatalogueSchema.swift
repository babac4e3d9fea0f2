import GRDB

/// The catalogue's tables, in a SQLite file of its own beside the search index
/// (`<hash of the folder>.catalogue.sqlite` in the same cache folder), so that neither waits for
/// the other's writes and a new version of one never drops the other.
///
/// - `entry`: one row per interview file: its stamp (`FileStamp`), whether that stamp was racy
///   when the file was read, the FNV-1a hash of its bytes, and either what a list shows and what
///   `parley check` says of the interview in it (`rules`: `Interview.validate()`'s findings,
///   joined by `separator`; `canonical`: whether the file is exactly as `InterviewFormat.write`
///   writes it), or the problem that kept it out (`problem`: a `LibraryProblem` as JSON, its
///   `file` the bare name). `order_key` is the name in the order `Library` sorts names.
/// - `state`: `digest`, the `FolderDigest` of the folder when every row was last known to
///   match it (absent when unsure), and `generation`, bumped by every write so a process can tell
///   another one wrote meanwhile.
enum CatalogueSchema {
    /// Bump whenever a table or what a column means changes: the catalogue is then rebuilt.
    static let version = 2

    /// Between names in `people`, tags in `tags` and findings in `rules` (a control character,
    /// which none of them keeps: see `CatalogueStore`).
    static let separator: Character = "\u{1F}"

    /// Creates the tables, or replaces them when they are of another version; returns whether
    /// a catalogue of another version was dropped.
    static func prepare(_ db: Database) throws -> Bool {
        let found = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if found == version { return false }
        try db.execute(sql: """
            DROP TABLE IF EXISTS entry;
            DROP TABLE IF EXISTS state;
            CREATE TABLE entry (
                name TEXT PRIMARY KEY NOT NULL,
                order_key BLOB NOT NULL,
                size INTEGER NOT NULL,
                modified INTEGER NOT NULL,
                changed INTEGER NOT NULL,
                inode INTEGER NOT NULL,
                racy INTEGER NOT NULL,
                hash INTEGER NOT NULL,
                id TEXT,
                title TEXT,
                date TEXT,
                people TEXT,
                exchange_count INTEGER,
                tags TEXT,
                rules TEXT,
                canonical INTEGER,
                problem TEXT
            );
            CREATE INDEX entry_by_order ON entry(order_key, name);
            CREATE INDEX entry_by_id ON entry(id, order_key, name);
            CREATE TABLE state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
            PRAGMA user_version = \(version);
            """)
        return found != 0
    }
}
