import Foundation
import GRDB

/// The full-text index of a library folder: a cache in SQLite (FTS5) that answers searches and
/// lists interviews without loading the files.
///
/// Opening is cheap and does not look at the files; call `update()` to bring the index in line
/// with the folder (it only reads files that changed). The index can always be deleted: the
/// next update rebuilds it. Problems with the cache never stop the reader: an index from another
/// version or a damaged one is rebuilt, an unwritable cache folder gives an in-memory index;
/// each such event leaves a one-line entry in `notices`.
///
/// Safe to use from several threads; two processes may open and update the same index at once
/// (write-ahead logging, and waiting on a busy database instead of failing).
public final class SearchIndex: @unchecked Sendable {
    public let libraryFolder: URL
    /// Where the index file lives (nil when the cache folder could not be used at all).
    private let homeFile: URL?
    private let lock = NSLock()
    // Guarded by `lock`: the database in use, its file (nil in memory), and how many times it
    // was replaced after a fault (see `healing`).
    private var storage: any DatabaseWriter
    private var storageFile: URL?
    private var storageGeneration = 0
    private var recorded: [String] = []
    /// Held while the index is rebuilt after a fault, so that one rebuild serves every thread.
    private let repairLock = NSLock()
    /// Matches ranked together by a `.quick` search; tests make it tiny to see windows at work.
    var quickWindow = SearchExecution.quickWindow

    /// How long a process waits for another one's write transaction before giving up.
    static let busyTimeout: TimeInterval = 30

    private init(libraryFolder: URL, homeFile: URL?, storageFile: URL?, storage: any DatabaseWriter, notices: [String]) {
        self.libraryFolder = libraryFolder
        self.homeFile = homeFile
        self.storageFile = storageFile
        self.storage = storage
        self.recorded = notices
    }

    /// The SQLite file, or nil when the index lives in memory.
    public var indexFile: URL? {
        lock.withLock { storageFile }
    }

    /// Opens (creating if needed) the index for a library folder. It lives at
    /// `$XDG_CACHE_HOME/parley/<hash of the folder's path>.sqlite` (`~/.cache` when unset), or in
    /// `cacheDirectory` when given.
    public static func open(libraryFolder: URL, cacheDirectory: URL? = nil) throws -> SearchIndex {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: libraryFolder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw LibraryError.notAFolder(libraryFolder)
        }
        let directory = cacheDirectory ?? IndexLocation.cacheDirectory()
        let file = IndexLocation.indexFile(for: libraryFolder, in: directory)
        var notices: [String] = []
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let pool = try openFile(file, libraryFolder: libraryFolder, notices: &notices)
            return SearchIndex(libraryFolder: libraryFolder, homeFile: file, storageFile: file, storage: pool, notices: notices)
        } catch {
            notices.append(inMemoryNotice(directory, error))
            return SearchIndex(libraryFolder: libraryFolder, homeFile: file, storageFile: nil, storage: try inMemory(), notices: notices)
        }
    }

    private static func inMemoryNotice(_ directory: URL, _ error: any Error) -> String {
        "cannot keep the search index in \(directory.path) (\(describe(error))); using an in-memory index for this session"
    }

    private static func inMemory() throws -> DatabaseQueue {
        let queue = try DatabaseQueue(configuration: configuration())
        _ = try prepare(queue)
        return queue
    }

    /// One-line notices about what happened to the cache (rebuilt, in memory), oldest first.
    public var notices: [String] {
        lock.withLock { recorded }
    }

    /// Brings the index up to date with the folder. `progress` is called with bytes of changed
    /// files read so far and in all; untouched files are not read and count for nothing.
    @discardableResult
    public func update(progress: ((Int, Int) -> Void)? = nil) throws -> IndexUpdateReport {
        try runUpdate(rebuild: false, progress: progress)
    }

    /// Forgets everything and indexes every file again.
    @discardableResult
    public func rebuild(progress: ((Int, Int) -> Void)? = nil) throws -> IndexUpdateReport {
        try runUpdate(rebuild: true, progress: progress)
    }

    /// Every indexed interview, in list order (see `TitleOrder`).
    public func interviews() throws -> [InterviewSummary] {
        try healing { try listInterviews() }
    }

    private func listInterviews() throws -> [InterviewSummary] {
        try writer.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, title, date, interviewees, exchange_count, tags FROM interview ORDER BY sort_key, id
                """)
            var summaries: [InterviewSummary] = []
            let split = { (joined: String) in joined.split(separator: IndexSchema.nameSeparator).map(String.init) }
            while let row = try rows.next() {
                summaries.append(InterviewSummary(
                    id: row[0], title: row[1], date: row[2], interviewees: split(row[3]), exchangeCount: row[4],
                    tags: split(row[5])))
            }
            return summaries
        }
    }

    /// The interview with this id, read from its file (nil if unknown, or if the file no longer
    /// holds that interview).
    public func interview(id: String) throws -> Interview? {
        guard let name = try healing({ try writer.read { db in
            try String.fetchOne(db, sql: "SELECT file FROM interview WHERE id = ?", arguments: [id])
        } }) else { return nil }
        let file = libraryFolder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        let interview = try InterviewFormat.read(contentsOf: file)
        return interview.id == id ? interview : nil
    }

    /// The indexed text at a location (a question, an answer paragraph or a section paragraph),
    /// without opening the file.
    public func text(interviewID: String, at location: TextLocation) throws -> String? {
        let (kind, block, answer, paragraph): (IndexSchema.Kind, Int, Int, Int) = switch location {
        case .question(let exchange): (.question, exchange, 0, 0)
        case .answer(let exchange, let answer, let paragraph): (.answer, exchange, answer, paragraph)
        case .section(let section, let paragraph): (.section, section, 0, paragraph)
        }
        let column = kind == .question ? "question" : "text"
        // A long text is stored in pieces (see `PassageBounds`), in order of their ids.
        let pieces = try healing { try writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT passage_text.\(column) FROM passage JOIN passage_text ON passage_text.rowid = passage.id
                WHERE passage.interview_id = ? AND passage.kind = ? AND passage.block = ? AND passage.answer = ? AND passage.paragraph = ?
                ORDER BY passage.id
                """, arguments: [interviewID, kind.rawValue, block, answer, paragraph])
        } }
        return pieces.isEmpty ? nil : pieces.joined()
    }

    /// Searches with the query language described in `SearchQuery`; best hits first.
    public func search(_ query: String, limit: Int = 50, ranking: SearchRanking = .exact) throws -> [SearchHit] {
        try search(SearchQuery(parsing: query), limit: limit, ranking: ranking)
    }

    /// Hits for a query, words matching whole words as the query language says (`pepp` finds
    /// nothing; `pepp*` finds "peppers"). `lookup` also tries words containing a word that
    /// finds nothing.
    public func search(_ query: SearchQuery, limit: Int, ranking: SearchRanking = .exact) throws -> [SearchHit] {
        guard !query.isEmpty, limit > 0 else { return [] }
        return try healing { try searchOnce(query, limit: limit, ranking: ranking) }
    }

    /// Searches, and when the words typed find nothing, looks for each word no passage holds
    /// inside the library's longer words (`ydan` finds "pydantic"), saying so in `widenings`.
    /// Only then: a word that is found is never widened.
    public func lookup(_ query: SearchQuery, limit: Int, ranking: SearchRanking = .exact) throws -> SearchResult {
        guard !query.isEmpty, limit > 0 else { return SearchResult(hits: [], widenings: []) }
        return try healing {
            let hits = try searchOnce(query, limit: limit, ranking: ranking)
            guard hits.isEmpty else { return SearchResult(hits: hits, widenings: []) }
            let (widened, widenings) = try searcher.read { db in try QueryRepair.widened(query, db) }
            guard !widenings.isEmpty else { return SearchResult(hits: [], widenings: []) }
            return SearchResult(hits: try searchOnce(widened, limit: limit, ranking: ranking), widenings: widenings)
        }
    }

    /// "Did you mean …": the typed query with each word that no passage holds replaced by the
    /// nearest word of the library (one typo allowed from 5 letters, two from 9), when that
    /// query finds something; nil otherwise. Meant for a query that found nothing.
    public func suggestion(for typed: String) throws -> String? {
        let query = SearchQuery(parsing: typed)
        guard !query.isEmpty else { return nil }
        return try healing {
            guard let corrected = try searcher.read({ db in try QueryRepair.corrected(typed, query: query, db) }) else { return nil }
            return try searchOnce(SearchQuery(parsing: corrected), limit: 1, ranking: .quick).isEmpty ? nil : corrected
        }
    }

    private func searchOnce(_ query: SearchQuery, limit: Int, ranking: SearchRanking) throws -> [SearchHit] {
        guard let pattern = try QueryTokenizer.pattern(for: query) else { return [] }
        return try searcher.read { db in
            try SearchExecution(db: db, pattern: pattern, limit: limit, ranking: ranking, window: quickWindow,
                                onlySpeakersOwnWords: query.filtersBySpeaker).run()
        }
    }

    /// Stops the searches running on other threads at their next step: they throw a
    /// `DatabaseError` with `SQLITE_INTERRUPT`. The reader calls this when a newer query makes
    /// the running search useless. Searches have connections of their own, so an update running
    /// meanwhile is never interrupted; neither are other processes. (An index kept in memory has
    /// one connection for everything: its searches are left to finish.)
    public func interruptSearches() {
        lock.withLock { searchPool }?.interrupt()
    }

    /// Whether an error is the one `interruptSearches()` causes.
    public static func isInterruption(_ error: any Error) -> Bool {
        (error as? DatabaseError)?.resultCode == .SQLITE_INTERRUPT
    }

    // MARK: Storage

    private var writer: any DatabaseWriter {
        lock.withLock { storage }
    }

    /// Read-only connections to the index file for searches, opened on the first search.
    private var searchPool: DatabasePool?

    private var searcher: any DatabaseReader {
        get throws {
            try lock.withLock {
                guard let indexFile = storageFile else { return storage }
                if let searchPool { return searchPool }
                var configuration = Self.configuration()
                configuration.readonly = true
                configuration.label = "parley.search.readers"
                let pool = try DatabasePool(path: indexFile.path, configuration: configuration)
                searchPool = pool
                return pool
            }
        }
    }

    private func runUpdate(rebuild: Bool, progress: ((Int, Int) -> Void)?) throws -> IndexUpdateReport {
        var rebuilt: IndexUpdateReport?
        let report = try healing(recovered: { rebuilt = $0 }) {
            try IndexUpdater(folder: libraryFolder, writer: writer).run(rebuild: rebuild, progress: progress)
        }
        // After a fault the index was rebuilt from every file: that is what this update did.
        return rebuilt ?? report
    }

    /// Checks the structure of the index file (`PRAGMA quick_check`, a read of the whole file)
    /// and rebuilds it from the files when damaged; returns that rebuild's report, or nil when
    /// the index was sound. Damage the searches run into is repaired anyway (see `healing`);
    /// this finds it in pages no search has read yet.
    @discardableResult
    public func verify() throws -> IndexUpdateReport? {
        var rebuilt: IndexUpdateReport?
        try healing(recovered: { rebuilt = $0 }) {
            let verdict = try writer.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
            guard verdict == ["ok"] else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: verdict.prefix(1).joined())
            }
        }
        return rebuilt
    }

    /// Runs an operation on the index; when the file turns out damaged (`SQLITE_CORRUPT`,
    /// `SQLITE_NOTADB`) or gone (its folder deleted: `SQLITE_CANTOPEN`, I/O errors), rebuilds the
    /// index from the files, says so once in `notices`, and runs the operation again. A fault
    /// on the rebuilt index too moves it into memory for the session, where nothing done to
    /// the cache folder can reach it, so an operation never fails for the cache's sake.
    private func healing<T>(recovered: ((IndexUpdateReport) -> Void)? = nil, _ operation: () throws -> T) throws -> T {
        var faults = 0
        while true {
            let generation = lock.withLock { storageGeneration }
            do {
                return try operation()
            } catch let error as DatabaseError {
                // Another thread replaced the storage while this operation ran on the old one
                // (closed under it, whatever it threw): run it again on the new one.
                if faults < 2, lock.withLock({ storageGeneration }) != generation {
                    faults += 1
                    continue
                }
                guard faults < 2, let fault = CacheFault(error) else { throw error }
                faults += 1
                if let report = try recover(from: fault, seenGeneration: generation, inMemory: faults > 1) {
                    recovered?(report)
                }
            }
        }
    }

    /// Replaces the storage with a new index rebuilt from the files, unless another thread
    /// already did since `seenGeneration`; returns the rebuild's report when this call did it.
    /// The new index is a file in the cache folder (made again if it was deleted), or in memory
    /// when asked to or when the file fails as well.
    private func recover(from fault: CacheFault, seenGeneration: Int, inMemory: Bool) throws -> IndexUpdateReport? {
        try repairLock.withLock {
            let (current, old, oldSearchers) = lock.withLock { (storageGeneration, storage, searchPool) }
            guard current == seenGeneration else { return nil }
            try? oldSearchers?.close()
            try? old.close()
            var notices: [String] = []
            defer { lock.withLock { recorded.append(contentsOf: notices) } }
            if !inMemory, let homeFile {
                do {
                    try FileManager.default.createDirectory(at: homeFile.deletingLastPathComponent(), withIntermediateDirectories: true)
                    let pool = try Self.recreate(homeFile, reason: fault.reason, notices: &notices)
                    let report = try IndexUpdater(folder: libraryFolder, writer: pool).run(rebuild: true, progress: nil)
                    replaceStorage(with: pool, file: homeFile)
                    return report
                } catch let error as DatabaseError where CacheFault(error) != nil {
                    notices.append(Self.inMemoryNotice(homeFile.deletingLastPathComponent(), error))
                } catch let error as CocoaError {
                    notices.append(Self.inMemoryNotice(homeFile.deletingLastPathComponent(), error))
                }
            } else {
                notices.append("the search index failed (\(fault.reason)); using an in-memory index for this session")
            }
            let queue = try Self.inMemory()
            replaceStorage(with: queue, file: nil)
            return try IndexUpdater(folder: libraryFolder, writer: queue).run(rebuild: true, progress: nil)
        }
    }

    private func replaceStorage(with fresh: any DatabaseWriter, file: URL?) {
        lock.withLock {
            storage = fresh
            storageFile = file
            searchPool = nil
            storageGeneration += 1
        }
    }

    /// An error that means the cache file is damaged or gone, rather than a wrong statement.
    struct CacheFault {
        var reason: String

        init?(_ error: DatabaseError) {
            switch error.resultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_CANTOPEN, .SQLITE_IOERR, .SQLITE_READONLY:
                reason = describe(error)
            default:
                return nil
            }
        }
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "parley.search"
        return configuration
    }

    /// Opens the file; a file that is not a database or is damaged is replaced by a new one,
    /// filled from the files at once, so that even a search without an update finds what the
    /// damaged index held.
    private static func openFile(_ file: URL, libraryFolder: URL, notices: inout [String]) throws -> DatabasePool {
        do {
            let pool = try DatabasePool(path: file.path, configuration: configuration())
            if try prepare(pool) {
                notices.append("the search index was made by another version of parley; rebuilt it from the files")
            }
            return pool
        } catch let error as DatabaseError where isDamage(error) {
            let pool = try recreate(file, reason: describe(error), notices: &notices)
            _ = try IndexUpdater(folder: libraryFolder, writer: pool).run(rebuild: true, progress: nil)
            return pool
        }
    }

    private static func recreate(_ file: URL, reason: String, notices: inout [String]) throws -> DatabasePool {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: file.path + suffix)
        }
        notices.append("the search index \(file.lastPathComponent) was damaged or removed (\(reason)); rebuilt it from the files")
        let pool = try DatabasePool(path: file.path, configuration: configuration())
        _ = try prepare(pool)
        return pool
    }

    /// Creates or upgrades the tables; returns whether an index of another version was dropped.
    private static func prepare(_ writer: any DatabaseWriter) throws -> Bool {
        try writer.writeWithoutTransaction { db in
            var replaced = false
            try db.inTransaction(.immediate) {
                replaced = try IndexSchema.prepare(db)
                return .commit
            }
            return replaced
        }
    }

    static func isDamage(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    }

    /// How many notices `notices` held when a caller last took the new ones.
    private var noticesTaken = 0

    /// The notices recorded since the last call: what a long-running caller (the reader) has
    /// not told the user yet.
    public func takeNewNotices() -> [String] {
        lock.withLock {
            defer { noticesTaken = recorded.count }
            return Array(recorded[noticesTaken...])
        }
    }
}

/// A short, one-line reason for a notice: the first line of the error's message (SQLite's
/// integrity check reports one line per damaged page).
func describe(_ error: any Error) -> String {
    let message = if let error = error as? DatabaseError {
        error.message ?? "\(error.resultCode)"
    } else {
        (error as NSError).localizedDescription
    }
    let lines = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
    let first = lines.first { !$0.isEmpty && !$0.hasPrefix("***") } ?? ""
    return first.count > 120 ? first.prefix(120) + "…" : first
}
