import Foundation
import GRDB

/// The words of the library as written (lowercased, accents removed, not stemmed), kept in the
/// index's `word` table for what the full-text index cannot answer from its stems: "did you
/// mean" (`kubernetse` → kubernetes) and words containing what was typed (`ydan` → pydantic).
///
/// FTS5 keeps only Porter stems (`kubernet`), which are no words to suggest, and its own
/// vocabulary (`fts5vocab`) counts every term by reading every list of the index: seconds on a
/// large library. This table is a plain B-tree of the words: a few megabytes.
///
/// Words are added as files are indexed and are not removed when a file changes or goes, since
/// that would need the old text again. So the table may hold a word no file has any more; every
/// use checks a word against the full-text index before offering it.
enum Vocabulary {
    /// Shorter words are not kept: no typo is corrected under 5 letters and a substring of one
    /// or two letters finds half the vocabulary.
    static let shortestWord = 3
    /// Longer "words" are hashes, URLs and runs of letters; nobody types them to search.
    static let longestWord = 40
    /// The most words a fragment is widened to (`ydan` → words containing it).
    static let widening = 16

    /// The distinct words of an interview's rows: what they say, their questions, the title
    /// and the speakers' names.
    static func words(of rows: [PassageRow]) -> Set<String> {
        var words: Set<String> = []
        for (index, row) in rows.enumerated() {
            collect(row.text, into: &words)
            if row.kind == .question { collect(row.question, into: &words) }
            collect(row.speaker, into: &words)
            if index == 0 { collect(row.title, into: &words) }
        }
        return words
    }

    /// Adds the words of a text: runs of letters and digits, as FTS5's `unicode61` cuts them.
    /// ASCII is read byte by byte; a word with other characters is cut and folded by
    /// `Character` (rarer, and slower).
    static func collect(_ text: String, into words: inout Set<String>) {
        var word: [UInt8] = []
        var asciiOnly = true
        func finish() {
            defer { word.removeAll(keepingCapacity: true); asciiOnly = true }
            guard !word.isEmpty else { return }
            let raw = String(decoding: word, as: UTF8.self)
            if asciiOnly {
                if (shortestWord...longestWord).contains(word.count) { words.insert(raw) }
            } else {
                for part in raw.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
                    let folded = fold(String(part))
                    if (shortestWord...longestWord).contains(folded.count) { words.insert(folded) }
                }
            }
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                word.append(byte + 32)
            case 0x80...:
                word.append(byte)
                asciiOnly = false
            default:
                finish()
            }
        }
        finish()
    }

    /// A word as the table keeps it: lowercased, accents removed (`Café` → `cafe`).
    static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Stores words not stored yet.
    static func insert(_ words: some Sequence<String>, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO word(word, length) VALUES (?, ?)")
        for word in words {
            try statement.execute(arguments: [word, word.count])
        }
    }

    /// Stored words at most `EditDistance.typosAllowed` typos from `typed`, nearest first
    /// (ties in the table's order). One pass over the words of near length.
    static func corrections(of typed: String, _ db: Database) throws -> [(word: String, distance: Int)] {
        let target = Array(fold(typed))
        let typos = EditDistance.typosAllowed(forLength: target.count)
        guard typos > 0 else { return [] }
        let rows = try String.fetchCursor(db, sql: "SELECT word FROM word WHERE length BETWEEN ? AND ?",
                                          arguments: [target.count - typos, target.count + typos])
        var found: [(word: String, distance: Int)] = []
        while let word = try rows.next() {
            if let distance = EditDistance.distance(target, Array(word), limit: typos), distance > 0 {
                found.append((word, distance))
            }
        }
        return found.sorted { $0.distance < $1.distance }
    }

    /// Stored words containing `fragment` (folded), shortest first, at most `widening` of
    /// them. One pass over the table.
    static func containing(_ fragment: String, _ db: Database) throws -> [String] {
        let folded = fold(fragment)
        guard folded.count >= shortestWord else { return [] }
        return try String.fetchAll(db, sql: """
            SELECT word FROM word WHERE instr(word, ?) > 0 AND word <> ? ORDER BY length, word LIMIT ?
            """, arguments: [folded, folded, widening])
    }
}
