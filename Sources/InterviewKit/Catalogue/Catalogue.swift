import Foundation
import GRDB

/// What `parley list`, `show`, `bookmarks` and `check` need to know about every file of a
/// library, kept so that they read one file at most instead of parsing the whole library.
///
/// A cache beside the search index (see `CatalogueSchema`), checked against the folder before
/// each answer by `refresh()`: one pass over the folder (`FolderScan`); when its digest is the
/// stored one, nothing else is read. Otherwise each file whose stamp differs, or whose stamp was
/// racy, is read again. A file changed on disk is therefore never answered from the catalogue
/// as it was. A damaged catalogue is rebuilt and one that cannot be written is replaced by one
/// in memory for the process (which parses the library, as `Library.load` does); each says so
/// once in `notices`.
public final class Catalogue {
    public let libraryFolder: URL
    private let homeFile: URL?
    private var database: any DatabaseWriter
    private var inMemory: Bool
    /// One-line notices about the catalogue (rebuilt, kept in memory), oldest first.
    public private(set) var notices: [String] = []

    /// Files read and written per transaction.
    static let batchFiles = 64
    /// See `FileStamp.racyWindow`; tests shorten it to see what a stamp alone decides.
    var racyWindow = FileStamp.racyWindow
    /// How the folder is listed; tests replace it to play a file system whose times do not move.
    var scanner: (URL) throws -> FolderScan = { try FolderScan.scan($0) }

    private init(libraryFolder: URL, homeFile: URL?, database: any DatabaseWriter, inMemory: Bool, notices: [String]) {
        self.libraryFolder = libraryFolder
        self.homeFile = homeFile
        self.database = database
        self.inMemory = inMemory
        self.notices = notices
    }

    /// Opens (creating if needed) the catalogue of a library folder, in `cacheDirectory` or the
    /// search index's cache folder. Does not look at the files: call `refresh()`.
    public static func open(libraryFolder: URL, cacheDirectory: URL? = nil) throws -> Catalogue {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: libraryFolder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw LibraryError.notAFolder(libraryFolder)
        }
        let directory = cacheDirectory ?? IndexLocation.cacheDirectory()
        let file = location(for: libraryFolder, in: directory)
        var notices: [String] = []
        if let database = openFile(file, notices: &notices) {
            return Catalogue(libraryFolder: libraryFolder, homeFile: file, database: database, inMemory: false, notices: notices)
        }
        return Catalogue(libraryFolder: libraryFolder, homeFile: file, database: try memory(), inMemory: true, notices: notices)
    }

    /// `<hash of the folder>.catalogue.sqlite`, beside the folder's search index.
    static func location(for libraryFolder: URL, in directory: URL) -> URL {
        let index = IndexLocation.indexFile(for: libraryFolder, in: directory)
        return index.deletingPathExtension().appendingPathExtension("catalogue.sqlite")
    }

    /// Whether the catalogue lives in memory for this process only.
    public var isInMemory: Bool { inMemory }

    // MARK: Freshness

    /// Brings the catalogue in line with the folder: one pass over it, and only the files
    /// whose stamps changed (or were racy) read again.
    @discardableResult
    public func refresh() throws -> CatalogueUpdate {
        try healing(refreshing: false) { try refreshOnce() }
    }

    private func refreshOnce() throws -> CatalogueUpdate {
        // The generation before the scan: a write by another process from here on means this
        // refresh's picture of the folder may be older than the rows it leaves.
        var generation = try database.read { db in try CatalogueStore.generation(db) }
        let scan = try scanner(libraryFolder)
        let digest = scan.digest.text
        var update = CatalogueUpdate()
        update.files = scan.entries.count
        var known: [String: CatalogueStore.Known] = [:]
        try database.read { db in
            update.sameFolder = try CatalogueStore.digest(db) == digest
            // Same folder: only the racy files can have changed unseen.
            known = try CatalogueStore.known(racyOnly: update.sameFolder, db)
        }
        if update.sameFolder && known.isEmpty { return update }

        var removed: [String] = []
        if !update.sameFolder {
            let present = Set(scan.entries.map(\.name))
            removed = known.keys.filter { !present.contains($0) }.sorted()
        }
        let candidates = scan.entries.filter { entry in
            guard let stored = known[entry.name] else { return !update.sameFolder }
            return stored.racy || stored.stamp != entry.stamp
        }
        // Written in short transactions, so another process waits milliseconds, not for the
        // whole folder; the digest goes in last, and only if no other process wrote meanwhile.
        var undisturbed = true
        func write(_ body: (Database) throws -> Void) throws {
            try database.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    undisturbed = try CatalogueStore.bumpGeneration(expected: generation, db) && undisturbed
                    generation = try CatalogueStore.generation(db)
                    try body(db)
                    return .commit
                }
            }
        }
        if !removed.isEmpty {
            try write { db in try CatalogueStore.remove(removed, db) }
            update.removed = removed.count
        }
        var first = 0
        while first < candidates.count {
            let batch = candidates[first..<min(first + Self.batchFiles, candidates.count)]
            let records = CatalogueRecord.readAll(batch.map { ($0, known[$0.name]?.hash) }, in: libraryFolder, racyWindow: racyWindow)
            try write { db in
                for record in records { try CatalogueStore.store(record, db) }
            }
            for record in records {
                if case .unchanged = record.content { update.confirmed += 1 } else if known[record.name] == nil { update.added += 1 } else { update.changed += 1 }
            }
            first += Self.batchFiles
        }
        try write { db in try CatalogueStore.setDigest(undisturbed ? digest : nil, db) }
        return update
    }

    // MARK: Answers (call `refresh()` first)

    /// The interviews in the library, in file-name order (as `Library.load` lists them), one
    /// at a time, so a list is printed as it is read.
    public func forEachInterview(_ body: (InterviewSummary) throws -> Void) throws {
        try healing { try database.read { db in try CatalogueStore.forEachSummary(db, body) } }
    }

    /// What `Library.load` would report: unreadable and malformed files, duplicate ids.
    public func problems() throws -> [LibraryProblem] {
        try healing { try database.read { db in try CatalogueStore.libraryProblems(in: libraryFolder, db) } }
    }

    /// The interview with this id, parsed from its file (the only file read); nil when no file
    /// of the library holds it. Should the file no longer hold it (changed since the last
    /// refresh), the catalogue is refreshed and asked once more.
    public func interview(id: String) throws -> Interview? {
        for attempt in 0..<2 {
            guard let name = try healing({ try database.read { db in try CatalogueStore.file(forID: id, db) } }) else { return nil }
            if let interview = try? InterviewFormat.read(contentsOf: libraryFolder.appendingPathComponent(name)), interview.id == id {
                return interview
            }
            if attempt == 0 { try refresh() }
        }
        return nil
    }

    /// The interviews with these ids that the library holds, each parsed from its own file,
    /// the files on every core (bookmarks name a few interviews of a large library).
    public func interviews(ids: Set<String>) throws -> [String: Interview] {
        let files = try healing {
            try database.read { db in try ids.compactMap { id in try CatalogueStore.file(forID: id, db).map { (id, $0) } } }
        }
        let folder = libraryFolder
        let parsed = ConcurrentMap.map(files) { id, name in
            (id, try? InterviewFormat.read(contentsOf: folder.appendingPathComponent(name)))
        }
        var found: [String: Interview] = [:]
        for (id, read) in parsed {
            if let read, read.id == id {
                found[id] = read
            } else if let again = try interview(id: id) {
                // Changed since the check: `interview(id:)` checks again and asks once more.
                found[id] = again
            }
        }
        return found
    }

    /// What `parley check` reports for the folder, from what each file's last reading found.
    public func check() throws -> CatalogueCheck {
        try healing {
            try database.read { db in
                var check = CatalogueCheck(interviews: try CatalogueStore.listedCount(db), problems: try CatalogueStore.libraryProblems(in: libraryFolder, db))
                for finding in try CatalogueStore.findings(in: libraryFolder, db) {
                    check.problems += finding.rules.map { LibraryProblem(file: finding.path, line: 1, kind: .invalid($0)) }
                    if !finding.canonical { check.notCanonical.append(finding.path) }
                }
                return check
            }
        }
    }

    // MARK: Storage

    /// Runs an operation; when the catalogue file turns out damaged or unusable, starts it over
    /// (in the cache folder, else in memory), fills it from the files, says so in `notices`,
    /// and runs the operation again.
    private func healing<T>(refreshing: Bool = true, _ operation: () throws -> T) throws -> T {
        var faults = 0
        while true {
            do {
                return try operation()
            } catch let error as DatabaseError {
                guard faults < 2, Self.isFault(error) else { throw error }
                faults += 1
                try recover(from: error, toMemory: faults > 1 || inMemory)
                if refreshing { _ = try refreshOnce() }
            }
        }
    }

    private func recover(from error: DatabaseError, toMemory: Bool) throws {
        try? database.close()
        if !toMemory, let homeFile {
            var found: [String] = []
            if let fresh = Self.recreate(homeFile, reason: describe(error), notices: &found) {
                notices += found
                database = fresh
                return
            }
            notices += found
        } else {
            notices.append("the catalogue failed (\(describe(error))); reading the library's files for this command")
        }
        database = try Self.memory()
        inMemory = true
    }

    static func isFault(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_CANTOPEN, .SQLITE_IOERR, .SQLITE_READONLY, .SQLITE_FULL, .SQLITE_PERM: true
        default: false
        }
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(SearchIndex.busyTimeout)
        configuration.label = "parley.catalogue"
        return configuration
    }

    /// The catalogue file, opened and prepared; a damaged one is started over; nil (with a
    /// notice) when it cannot be used at all.
    private static func openFile(_ file: URL, notices: inout [String]) -> DatabaseQueue? {
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let queue = try DatabaseQueue(path: file.path, configuration: fileConfiguration())
            if try prepare(queue) {
                notices.append("the catalogue was made by another version of parley; rebuilding it from the files")
            }
            return queue
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            return recreate(file, reason: describe(error), notices: &notices)
        } catch {
            notices.append(memoryNotice(file, error))
            return nil
        }
    }

    private static func recreate(_ file: URL, reason: String, notices: inout [String]) -> DatabaseQueue? {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: file.path + suffix)
        }
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let queue = try DatabaseQueue(path: file.path, configuration: fileConfiguration())
            _ = try prepare(queue)
            notices.append("the catalogue \(file.lastPathComponent) was damaged or removed (\(reason)); rebuilding it from the files")
            return queue
        } catch {
            notices.append(memoryNotice(file, error))
            return nil
        }
    }

    private static func memoryNotice(_ file: URL, _ error: any Error) -> String {
        "cannot keep the catalogue \(file.path) (\(describe(error))); reading the library's files for this command"
    }

    /// Write-ahead logging, so a reading process never waits for a writing one; pages read
    /// through a memory map rather than copied by `pread` (a sixth of `parley list`'s time).
    private static func fileConfiguration() -> Configuration {
        var configuration = configuration()
        configuration.journalMode = .wal
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = \(mapBytes)") }
        return configuration
    }

    /// The most of the catalogue file mapped: 10,000 interviews take about 5 MB.
    static let mapBytes = 256 << 20

    private static func memory() throws -> DatabaseQueue {
        let queue = try DatabaseQueue(configuration: configuration())
        _ = try prepare(queue)
        return queue
    }

    private static func prepare(_ queue: DatabaseQueue) throws -> Bool {
        try queue.writeWithoutTransaction { db in
            var replaced = false
            try db.inTransaction(.immediate) {
                replaced = try CatalogueSchema.prepare(db)
                return .commit
            }
            return replaced
        }
    }
}

/// What `parley check` reports: how many interviews the library lists, every problem (as
/// `Library.load` words them, then each interview's broken rules), and the files that are valid
/// but not in canonical layout.
public struct CatalogueCheck: Hashable, Sendable {
    public var interviews: Int
    public var problems: [LibraryProblem]
    public var notCanonical: [String] = []
}
