import Foundation
import GRDB

/// The SQL that reads and writes the index tables. Every value goes in as a statement
/// argument.
enum IndexStore {
    struct FileRecord {
        var signature: FileSignature
        var hash: String
        var interviewID: String?
    }

    enum StoreOutcome { case added, changed, unchanged }

    static func fileRecords(_ db: Database) throws -> [String: FileRecord] {
        var records: [String: FileRecord] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT name, size, modified, hash, interview_id FROM file")
        while let row = try rows.next() {
            records[row[0]] = FileRecord(signature: FileSignature(size: row[1], modified: row[2]), hash: row[3], interviewID: row[4])
        }
        return records
    }

    static func fileRecord(named name: String, _ db: Database) throws -> FileRecord? {
        try Row.fetchOne(db, sql: "SELECT size, modified, hash, interview_id FROM file WHERE name = ?", arguments: [name]).map { row in
            FileRecord(signature: FileSignature(size: row["size"], modified: row["modified"]), hash: row["hash"], interviewID: row["interview_id"])
        }
    }

    /// The files' problems, kept as JSON of `LibraryProblem` (see `IndexSchema`).
    static func problems(_ db: Database) throws -> [LibraryProblem] {
        try String.fetchAll(db, sql: "SELECT problem FROM file WHERE problem IS NOT NULL ORDER BY name").compactMap { json in
            try? JSONDecoder().decode(LibraryProblem.self, from: Data(json.utf8))
        }
    }

    static func deleteEverything(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM passage_text; DELETE FROM passage; DELETE FROM interview; DELETE FROM file; DELETE FROM word")
    }

    /// Removes a file and, if the interview in it came from that file, the interview's rows.
    /// Returns whether the file was still in the index (another process may have purged it).
    static func removeFile(named name: String, _ db: Database) throws -> Bool {
        guard let record = try fileRecord(named: name, db) else { return false }
        if let id = record.interviewID { try removeInterview(id: id, ifFrom: name, db) }
        try db.execute(sql: "DELETE FROM file WHERE name = ?", arguments: [name])
        return true
    }

    static func removeInterview(id: String, ifFrom file: String, _ db: Database) throws {
        guard try String.fetchOne(db, sql: "SELECT file FROM interview WHERE id = ?", arguments: [id]) == file else { return }
        try db.execute(sql: "DELETE FROM passage_text WHERE rowid IN (SELECT id FROM passage WHERE interview_id = ?)", arguments: [id])
        try db.execute(sql: "DELETE FROM passage WHERE interview_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM interview WHERE id = ?", arguments: [id])
    }

    /// Writes one prepared file, unless the index already holds exactly this version of it.
    static func store(_ file: PreparedFile, presentNames: Set<String>, _ db: Database) throws -> StoreOutcome {
        let existing = try fileRecord(named: file.name, db)
        if let existing, existing.signature == file.signature, existing.hash == file.hash {
            return .unchanged
        }
        if case .touched = file.content, let existing, existing.hash == file.hash {
            try db.execute(sql: "UPDATE file SET size = ?, modified = ? WHERE name = ?",
                           arguments: [file.signature.size, file.signature.modified, file.name])
            return .unchanged
        }
        if let id = existing?.interviewID { try removeInterview(id: id, ifFrom: file.name, db) }
        var interviewID: String?
        var problem: LibraryProblem?
        switch file.content {
        case .touched:
            // The index lost this file's rows in between (another process rebuilt it): the
            // hash is all we have, so mark it stale for the next update to read again.
            try db.execute(sql: "DELETE FROM file WHERE name = ?", arguments: [file.name])
            return .unchanged
        case .problem(let found):
            problem = found
        case .interview(let interview, let rows, _):
            if let owner = try String.fetchOne(db, sql: "SELECT file FROM interview WHERE id = ?", arguments: [interview.id]),
               owner != file.name {
                if presentNames.contains(owner) {
                    problem = LibraryProblem(file: file.path, line: 1, kind: .duplicateID(interview.id, firstFile: owner))
                } else {
                    try removeInterview(id: interview.id, ifFrom: owner, db)
                }
            }
            if problem == nil {
                try insert(interview, rows: rows, file: file.name, db)
                interviewID = interview.id
            }
        }
        try db.execute(
            sql: "INSERT OR REPLACE INTO file(name, size, modified, hash, interview_id, problem) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [file.name, file.signature.size, file.signature.modified, file.hash, interviewID,
                        try problem.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }])
        return existing == nil ? .added : .changed
    }

    static func insert(_ interview: Interview, rows: [PassageRow], file: String, _ db: Database) throws {
        let joined = { (texts: [String]) in
            texts.map { $0.filter { $0 != IndexSchema.nameSeparator } }.joined(separator: String(IndexSchema.nameSeparator))
        }
        try db.execute(
            sql: "INSERT INTO interview(id, file, title, sort_key, date, interviewees, exchange_count, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [interview.id, file, interview.title, TitleOrder.key(for: interview.title), interview.date,
                        joined(interview.interviewees.map(\.name)), interview.exchanges.count, joined(interview.tags)])
        let passage = try db.cachedStatement(sql: "INSERT INTO passage(interview_id, kind, block, answer, paragraph, substance) VALUES (?, ?, ?, ?, ?, ?)")
        let text = try db.cachedStatement(sql: "INSERT INTO passage_text(rowid, text, question, title, speaker) VALUES (?, ?, ?, ?, ?)")
        let bounds = try PassageBounds(db)
        let title = rows.first.map { bounds.prefix(of: $0.title, tokens: PassageBounds.titleTokens) } ?? ""
        for row in rows {
            for piece in bounds.bounded(row, title: title) {
                try passage.execute(arguments: [interview.id, piece.kind.rawValue, piece.block, piece.answer, piece.paragraph,
                                                Substance.factor(text: piece.kind == .question ? piece.question : piece.text)])
                try text.execute(arguments: [db.lastInsertedRowID, piece.text, piece.question, piece.title, piece.speaker])
            }
        }
    }
}
