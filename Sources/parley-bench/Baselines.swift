import Foundation

/// What Parley is compared with, measured on the same files in the same run.
enum Baselines {
    /// `grep -ril LITERAL FOLDER` (fixed string): what a person would do without Parley. One
    /// untimed run first, so the files are in the page cache for grep as they are for Parley.
    static func grep(_ literal: String, in folder: URL) throws -> Double {
        let arguments = ["-rilF", "--", literal, folder.path]
        _ = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), ["grep"] + arguments)
        let outcome = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), ["grep"] + arguments)
        guard outcome.status <= 1 else { throw BenchError("grep failed with status \(outcome.status)") }
        return outcome.seconds
    }

    /// The `sqlite3` tool loading every file whole into an FTS5 table with the same tokenizer
    /// and prefix indexes as Parley's index: no parsing, one row per file, one transaction.
    /// Nothing on this machine builds such an index faster, so it is the ceiling.
    static func sqliteCeiling(library: URL, database: URL) throws -> Double {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: database.path + suffix) }
        let script = """
            CREATE VIRTUAL TABLE doc USING fts5(name, body, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4');
            BEGIN;
            INSERT INTO doc(name, body) SELECT name, readfile(name) FROM fsdir('.') WHERE name LIKE '%.md';
            COMMIT;
            SELECT count(*) FROM doc;
            """
        let outcome = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"),
                                         ["sqlite3", "-cmd", ".cd \(library.path)", database.path], input: script)
        guard outcome.status == 0, Int(String(decoding: outcome.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 0 else {
            throw BenchError("sqlite3 could not load \(library.path): status \(outcome.status)")
        }
        try? FileManager.default.removeItem(at: database)
        return outcome.seconds
    }

    /// How many indexed passages match a word: the size of the ranking problem.
    static func matchingRows(_ word: String, index: URL) -> Int? {
        guard let outcome = try? Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"),
                                                ["sqlite3", "-readonly", index.path, "SELECT count(*) FROM passage_text WHERE passage_text MATCH '\(word)'"])
        else { return nil }
        return Int(String(decoding: outcome.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `sqlite3` ranking every match of a word with bm25 and keeping the top 200: what a plain
    /// ranked query costs, for comparison with Parley's first page.
    static func plainRanked(_ word: String, index: URL) -> Double? {
        let sql = "SELECT count(*) FROM (SELECT rowid FROM passage_text WHERE passage_text MATCH '\(word)' ORDER BY rank LIMIT 200)"
        _ = try? Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), ["sqlite3", "-readonly", index.path, sql])
        return (try? Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), ["sqlite3", "-readonly", index.path, sql]))?.seconds
    }
}
