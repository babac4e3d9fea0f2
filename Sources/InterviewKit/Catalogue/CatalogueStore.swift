import Foundation
import GRDB

/// The SQL that reads and writes the catalogue's tables (see `CatalogueSchema`). Every value
/// goes in as a statement argument.
enum CatalogueStore {
    /// What the catalogue remembers of a file to decide whether to read it again.
    struct Known {
        var stamp: FileStamp
        var racy: Bool
        var hash: UInt64
    }

    /// A file is listed unless an earlier file (in `Library`'s name order) holds the same id.
    private static let listed = """
        e.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entry f WHERE f.id = e.id
            AND (f.order_key < e.order_key OR (f.order_key = e.order_key AND f.name < e.name)))
        """

    // MARK: State

    static func digest(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM state WHERE key = 'digest'")
    }

    static func generation(_ db: Database) throws -> Int {
        try String.fetchOne(db, sql: "SELECT value FROM state WHERE key = 'generation'").flatMap { Int($0) } ?? 0
    }

    /// Marks a write: bumps the generation, and returns whether it was still `expected`, i.e.
    /// no other process wrote since.
    static func bumpGeneration(expected: Int, _ db: Database) throws -> Bool {
        let found = try generation(db)
        try db.execute(sql: "INSERT OR REPLACE INTO state(key, value) VALUES ('generation', ?)", arguments: [String(found + 1)])
        return found == expected
    }

    static func setDigest(_ digest: String?, _ db: Database) throws {
        if let digest {
            try db.execute(sql: "INSERT OR REPLACE INTO state(key, value) VALUES ('digest', ?)", arguments: [digest])
        } else {
            try db.execute(sql: "DELETE FROM state WHERE key = 'digest'")
        }
    }

    // MARK: Files

    /// Every file's stamp, or only the racy ones'.
    static func known(racyOnly: Bool, _ db: Database) throws -> [String: Known] {
        var known: [String: Known] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT name, size, modified, changed, inode, racy, hash FROM entry\(racyOnly ? " WHERE racy" : "")
            """)
        while let row = try rows.next() {
            let stamp = FileStamp(size: row[1], modified: row[2], changed: row[3], inode: UInt64(bitPattern: row[4]))
            known[row[0]] = Known(stamp: stamp, racy: row[5], hash: UInt64(bitPattern: row[6]))
        }
        return known
    }

    static func remove(_ names: [String], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "DELETE FROM entry WHERE name = ?")
        for name in names { try statement.execute(arguments: [name]) }
    }

    static func store(_ record: CatalogueRecord, _ db: Database) throws {
        let stamp = record.stamp
        let stampValues: [any DatabaseValueConvertible] = [stamp.size, stamp.modified, stamp.changed, Int64(bitPattern: stamp.inode), record.racy]
        if case .unchanged = record.content {
            try db.execute(
                sql: "UPDATE entry SET size = ?, modified = ?, changed = ?, inode = ?, racy = ? WHERE name = ?",
                arguments: StatementArguments(stampValues + [record.name]))
            return
        }
        var listing: CatalogueRecord.Listing?
        var problem: String?
        switch record.content {
        case .unchanged: return
        case .interview(let found): listing = found
        case .problem(let found): problem = String(decoding: try JSONEncoder().encode(found), as: UTF8.self)
        }
        let summary = listing?.summary
        let values: [(any DatabaseValueConvertible)?] = [record.name, CatalogueRecord.orderKey(record.name)] + stampValues + [
            Int64(bitPattern: record.hash), summary?.id, summary?.title, summary?.date,
            summary.map { joined($0.interviewees) }, summary?.exchangeCount, summary.map { joined($0.tags) },
            listing.map { joined($0.rules) }, listing?.canonical, problem,
        ]
        try db.execute(sql: """
            INSERT OR REPLACE INTO entry(name, order_key, size, modified, changed, inode, racy, hash,
                id, title, date, people, exchange_count, tags, rules, canonical, problem)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments(values))
    }

    private static func joined(_ texts: [String]) -> String {
        texts.map { $0.filter { $0 != CatalogueSchema.separator } }.joined(separator: String(CatalogueSchema.separator))
    }

    /// Split on the separator's byte (an ASCII control: no multi-byte character contains it),
    /// not by comparing Characters, which was a twentieth of `parley list`'s time.
    private static func split(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        let separator = CatalogueSchema.separator.asciiValue!
        return text.utf8.split(separator: separator).map { String(decoding: $0, as: UTF8.self) }
    }

    // MARK: Answers

    /// The listed interviews in file-name order, one at a time: nothing is held but the row read
    /// and the ids seen. Rows come in that order, so a file is listed when its id is new to the
    /// pass (the rule of `listed`, decided in one pass rather than by a subquery per row, which
    /// was more than half the query's time at 10,000 files).
    static func forEachSummary(_ db: Database, _ body: (InterviewSummary) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, title, date, people, exchange_count, tags FROM entry WHERE id IS NOT NULL ORDER BY order_key, name
            """)
        var seen = Set<String>()
        while let row = try rows.next() {
            let id: String = row[0]
            guard seen.insert(id).inserted else { continue }
            try body(InterviewSummary(id: id, title: row[1], date: row[2], interviewees: split(row[3]), exchangeCount: row[4],
                                      tags: split(row[5])))
        }
    }

    static func listedCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM entry e WHERE \(listed)") ?? 0
    }

    /// The file the listed interview with this id is in.
    static func file(forID id: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT name FROM entry WHERE id = ? ORDER BY order_key, name LIMIT 1", arguments: [id])
    }

    /// What `Library.load` reports, in its order: files that could not be read, and files whose
    /// id an earlier file already has. `folder` turns bare names back into paths.
    static func libraryProblems(in folder: URL, _ db: Database) throws -> [LibraryProblem] {
        var problems: [LibraryProblem] = []
        // Two small sets, each found without a subquery per row: the files with a problem (one
        // pass over the table), and the later files of an id several files hold (the ids from
        // the covering index `entry_by_id`, each file ranked by `first_value` in that index's
        // order); then the few rows found, sorted.
        let rows = try Row.fetchCursor(db, sql: """
            WITH shared AS (SELECT id FROM entry WHERE id IS NOT NULL GROUP BY id HAVING count(*) > 1),
            ranked AS (
                SELECT name, id, order_key, problem, first_value(name) OVER (PARTITION BY id ORDER BY order_key, name) AS first
                FROM entry WHERE id IN shared)
            SELECT name, problem, NULL, NULL, order_key FROM entry NOT INDEXED WHERE problem IS NOT NULL
            UNION ALL
            SELECT name, NULL, id, first, order_key FROM ranked WHERE name != first AND problem IS NULL
            ORDER BY 5, 1
            """)
        while let row = try rows.next() {
            let name: String = row[0]
            let path = folder.appendingPathComponent(name).path
            if let json: String = row[1] {
                guard var problem = try? JSONDecoder().decode(LibraryProblem.self, from: Data(json.utf8)) else {
                    throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "a stored problem of \(name) cannot be read")
                }
                problem.file = path
                problems.append(problem)
            } else if let id: String = row[2], let first: String = row[3] {
                problems.append(LibraryProblem(file: path, line: 1, kind: .duplicateID(id, firstFile: first)))
            }
        }
        return problems
    }

    /// The listed interviews' findings for `parley check`, in file-name order: each file's path
    /// with the rules its interview breaks, and whether it is in canonical layout.
    static func findings(in folder: URL, _ db: Database) throws -> [(path: String, rules: [String], canonical: Bool)] {
        try Row.fetchAll(db, sql: """
            SELECT name, rules, canonical FROM entry e WHERE \(listed) AND (rules != '' OR NOT canonical) ORDER BY order_key, name
            """).map { row in (folder.appendingPathComponent(row[0] as String).path, split(row[1]), row[2]) }
    }
}
