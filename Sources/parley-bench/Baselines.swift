import Foundation

/// What Parley is compared with, measured on the same files in the same run, like with like:
/// a whole `grep` process against a whole `parley search` process (both started directly, the
/// same way, each run once untimed so the files and the index are in the page cache), and the
/// `sqlite3` tool against the schema Parley's own index uses.
enum Baselines {
    /// Timed runs of each process per query (after the untimed one); the median counts.
    static let processRuns = 3

    /// One query as both programs answered it: median seconds, and what each found.
    struct ProcessTiming: Codable {
        var seconds: Double
        /// Files `grep -l` listed, or hits `parley search` printed.
        var found: Int
    }

    /// `grep -rilF LITERAL FOLDER` (fixed string): what a person would do without Parley.
    static func grep(_ literal: String, in folder: URL) throws -> ProcessTiming {
        try timedProcess(try tool("grep"), ["-rilF", "--", literal, folder.path], okStatuses: [0, 1], name: "grep")
    }

    /// `grep -rilFw`: the files holding the literal as a whole word. Every one of them must
    /// give `parley search` a hit (its tokenizer splits words where grep's `-w` does), unless
    /// the word is only in a file's front matter; what the checks compare against.
    static func grepWholeWordFiles(_ literal: String, in folder: URL) throws -> [String] {
        let outcome = try Subprocess.run(try tool("grep"), ["-rilFw", "--", literal, folder.path])
        guard outcome.status <= 1 else { throw BenchError("grep -w failed with status \(outcome.status)") }
        return String(decoding: outcome.output, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// `parley search --limit LIMIT -- QUERY` as a person runs it: start-up, the index's
    /// freshness check of the library (a `stat` per file) and the search, every match ranked.
    /// `cacheHome` is the `XDG_CACHE_HOME` under which the benchmark built the index.
    static func parleySearch(_ query: String, library: URL, cacheHome: URL, limit: Int) throws -> ProcessTiming {
        let parley = Subprocess.selfExecutable.deletingLastPathComponent().appendingPathComponent("parley")
        guard FileManager.default.isExecutableFile(atPath: parley.path) else {
            throw BenchError("\(parley.path) is missing: build it with the benchmark (`swift build -c release`)")
        }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cacheHome.path
        return try timedProcess(parley, ["search", "--library", library.path, "--limit", "\(limit)", "--", query],
                                okStatuses: [0, 1], name: "parley search", environment: environment)
    }

    /// Runs a program once untimed, then `processRuns` times; the median time and the number
    /// of lines it printed (the same every time, or the run is refused).
    private static func timedProcess(
        _ program: URL, _ arguments: [String], okStatuses: Set<Int32>, name: String, environment: [String: String]? = nil
    ) throws -> ProcessTiming {
        var seconds: [Double] = []
        var found: Set<Int> = []
        for run in 0...processRuns {
            let outcome = try Subprocess.run(program, arguments, environment: environment)
            guard okStatuses.contains(outcome.status) else {
                throw BenchError("\(name) \(arguments.joined(separator: " ")) failed with status \(outcome.status)")
            }
            found.insert(String(decoding: outcome.output, as: UTF8.self).split(separator: "\n").count)
            if run > 0 { seconds.append(outcome.seconds) }
        }
        guard found.count == 1, let count = found.first else { throw BenchError("\(name) \(arguments) found \(found.sorted()) on different runs") }
        return ProcessTiming(seconds: median(seconds), found: count)
    }

    /// The `sqlite3` tool loading every file whole into an FTS5 table made by the very
    /// statement that made Parley's (`passage_text`: same columns, tokenizer and prefix
    /// indexes, read from the index file): no parsing, one row per file, one transaction.
    /// Nothing on this machine builds such an index faster, so it is the ceiling.
    static func sqliteCeiling(library: URL, parleyIndex: URL, database: URL) throws -> Double {
        let schema = try parleySchema(index: parleyIndex)
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: database.path + suffix) }
        let script = """
            \(schema);
            BEGIN;
            INSERT INTO passage_text(text) SELECT readfile(name) FROM fsdir('.') WHERE name LIKE '%.md';
            COMMIT;
            SELECT count(*) FROM passage_text;
            """
        let outcome = try Subprocess.run(try tool("sqlite3"), ["-cmd", ".cd \(library.path)", database.path], input: script)
        guard outcome.status == 0, Int(String(decoding: outcome.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 0 else {
            throw BenchError("sqlite3 could not load \(library.path): status \(outcome.status)")
        }
        try? FileManager.default.removeItem(at: database)
        return outcome.seconds
    }

    /// The `CREATE VIRTUAL TABLE passage_text …` statement as Parley's index holds it.
    static func parleySchema(index: URL) throws -> String {
        let outcome = try Subprocess.run(try tool("sqlite3"), ["-readonly", index.path, "SELECT sql FROM sqlite_master WHERE name = 'passage_text'"])
        let schema = String(decoding: outcome.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard outcome.status == 0, schema.uppercased().hasPrefix("CREATE VIRTUAL TABLE") else {
            throw BenchError("no passage_text table in \(index.path) (sqlite3 status \(outcome.status))")
        }
        return schema
    }

    /// How many indexed passages match a word: the size of the ranking problem.
    static func matchingRows(_ word: String, index: URL) -> Int? {
        guard let sqlite3 = try? tool("sqlite3"),
              let outcome = try? Subprocess.run(sqlite3, ["-readonly", index.path, "SELECT count(*) FROM passage_text WHERE passage_text MATCH '\(word)'"])
        else { return nil }
        return Int(String(decoding: outcome.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A whole `sqlite3` process ranking every match of a word with plain bm25 and keeping the
    /// top 200: the floor for a ranked query as a process, next to the whole `parley search`.
    static func plainRanked(_ word: String, index: URL) throws -> ProcessTiming {
        let sql = "SELECT count(*) FROM (SELECT rowid FROM passage_text WHERE passage_text MATCH '\(word)' ORDER BY rank LIMIT 200)"
        return try timedProcess(try tool("sqlite3"), ["-readonly", index.path, sql], okStatuses: [0], name: "sqlite3")
    }

    /// A program on the PATH, started directly (not through `env`), as the shell would.
    static func tool(_ name: String) throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let found = path.split(separator: ":").map({ "\($0)/\(name)" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw BenchError("\(name) is not installed")
        }
        return URL(fileURLWithPath: found)
    }
}
