import GRDB

/// The tables of the index, and what to do when a file on disk has another version of them.
///
/// - `file`: one row per interview file: its signature, the interview it holds, or the problem
///   that kept it out (a `LibraryProblem` as JSON).
/// - `interview`: what a list of interviews shows (and filters on), so listing never opens a
///   file, in list order by `sort_key` (see `TitleOrder`); `interviewees` holds the names and
///   `tags` the front matter's tags, each separated by `nameSeparator`.
/// - `passage`: where each indexed text is (interview, kind, exchange or section, answer,
///   paragraph) and its `Substance` factor; its `id` is the rowid of the same text in `passage_text`. A long text has
///   several rows at the same place, its pieces in id order (see `PassageBounds`).
/// - `passage_text`: the FTS5 table. Searches weigh its columns for bm25 with `weights`: a match
///   in the interview's title counts most, then in the question, then in the text itself; the
///   speaker column is there for `speaker:` filters.
/// - `passage_terms`: FTS5's own view of `passage_text`'s terms (`fts5vocab`), read one term at
///   a time to learn how many passages hold it (reading it whole reads the whole index).
/// - `word`: the words as written, with their length in characters (see `Vocabulary`).
///
/// The index is a cache: a version mismatch drops everything and lets the next update fill it
/// again from the files.
enum IndexSchema {
    /// Bump whenever a table, the tokenizer or the weights change.
    static let version = 10

    /// Column order of `passage_text`, as `snippet()` and `bm25()` number them.
    enum Column: Int, CaseIterable {
        case text = 0, question, title, speaker

        var name: String {
            switch self {
            case .text: "text"
            case .question: "question"
            case .title: "title"
            case .speaker: "speaker"
            }
        }
    }

    /// bm25 weights in column order: text, question, title, speaker.
    static let weights = "1.0, 4.0, 8.0, 1.0"

    /// Between the names in `interview.interviewees` and the tags in `interview.tags` (a control
    /// character, which neither keeps: see `IndexStore.insert`).
    static let nameSeparator: Character = "\u{1F}"

    /// Kinds of passage, as stored in `passage.kind`.
    enum Kind: Int {
        case question = 0, answer = 1, section = 2
    }

    /// Creates the tables, or replaces them when they are of another version. Returns whether
    /// an older or newer index was thrown away.
    ///
    /// Runs in an immediate transaction so that two processes opening a new library at once do
    /// not both create tables.
    static func prepare(_ db: Database) throws -> Bool {
        let found = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if found == version { return false }
        let hadTables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name IN ('file', 'interview', 'passage', 'passage_text')") ?? 0
        for table in ["passage_terms", "word", "passage_text", "passage", "interview", "file"] {
            try db.execute(sql: "DROP TABLE IF EXISTS \(table)")
        }
        try db.execute(sql: """
            CREATE TABLE file (
                name TEXT PRIMARY KEY NOT NULL,
                size INTEGER NOT NULL,
                modified INTEGER NOT NULL,
                hash TEXT NOT NULL,
                interview_id TEXT,
                problem TEXT
            );
            CREATE TABLE interview (
                id TEXT PRIMARY KEY NOT NULL,
                file TEXT NOT NULL,
                title TEXT NOT NULL,
                sort_key TEXT NOT NULL,
                date TEXT,
                interviewees TEXT NOT NULL,
                exchange_count INTEGER NOT NULL,
                tags TEXT NOT NULL
            );
            CREATE INDEX interview_by_order ON interview(sort_key, id);
            CREATE TABLE passage (
                id INTEGER PRIMARY KEY,
                interview_id TEXT NOT NULL,
                kind INTEGER NOT NULL,
                block INTEGER NOT NULL,
                answer INTEGER NOT NULL,
                paragraph INTEGER NOT NULL,
                substance REAL NOT NULL
            );
            CREATE INDEX passage_by_place ON passage(interview_id, kind, block, answer, paragraph);
            CREATE VIRTUAL TABLE passage_text USING fts5(
                text, question, title, speaker,
                tokenize = 'porter unicode61 remove_diacritics 2',
                prefix = '2 3'
            );
            CREATE VIRTUAL TABLE passage_terms USING fts5vocab(passage_text, row);
            CREATE TABLE word (
                word TEXT PRIMARY KEY NOT NULL,
                length INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX word_by_length ON word(length);
            PRAGMA user_version = \(version);
            """)
        return found != 0 || hadTables > 0
    }
}
