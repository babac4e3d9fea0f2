import Foundation

/// The user's bookmarks, kept in one JSON file shared by every Parley that runs.
///
/// Every change is saved at once, under a lock, by re-reading the file and applying the change to
/// what is there (see `BookmarkOperation`), so two Parleys open at once never lose each other's
/// bookmarks. A file that cannot be parsed is moved aside, never overwritten; of a file with some
/// bad bookmarks the good ones are kept and the original is kept aside; a file from a newer
/// Parley, a read-only file and one over `BookmarkFile.maximumSize` are left alone. A symbolic
/// link is followed: its target is what is read and replaced. When saving fails the change stays
/// in memory and is saved with the next one. Messages for the user about the file are collected
/// in `notices`.
public final class BookmarkStore: @unchecked Sendable {
    public let url: URL
    /// Guards everything below; the class is shared between the reader and background work.
    private let mutex = NSLock()
    private var entries: [BookmarkKey: Bookmark] = [:]
    /// Changes not yet on disk, oldest first.
    private var pending: [BookmarkOperation] = []
    private var messages: [String] = []
    /// Why the file could not be read when the store was opened, if it could not.
    public private(set) var loadFailure: BookmarkStoreError?

    /// Loads the file at `url`. Never throws: a missing file is an empty store, and any other
    /// problem is explained in `notices` (a corrupt file is moved aside first) and, when the
    /// file could not be read at all, in `loadFailure`.
    public init(url: URL) {
        self.url = url
        mutex.withLock {
            do {
                entries = try load()
            } catch {
                loadFailure = error as? BookmarkStoreError
                messages.append("\(error)")
            }
        }
    }

    /// `$XDG_DATA_HOME/parley/bookmarks.json`, or `~/.local/share/parley/bookmarks.json` when
    /// `XDG_DATA_HOME` is unset, empty or relative (as the XDG specification asks).
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let data: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            data = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/share", isDirectory: true)
        }
        return data.appendingPathComponent("parley", isDirectory: true).appendingPathComponent("bookmarks.json")
    }

    /// The largest bookmark file that is read (`BookmarkFile.maximumSize`).
    public static let maximumFileSize = BookmarkFile.maximumSize

    /// Every bookmark, newest first (ties broken by interview, exchange and answer so the order is
    /// stable).
    public var bookmarks: [Bookmark] {
        Self.newestFirst(mutex.withLock { Array(entries.values) })
    }

    /// Messages for the user about the file (a corrupt file moved aside, a newer format), oldest
    /// first. The reader shows them in the status bar and may clear them.
    public var notices: [String] {
        get { mutex.withLock { messages } }
        set { mutex.withLock { messages = newValue } }
    }

    /// Returns the notices and clears them, so each is shown once.
    public func takeNotices() -> [String] {
        mutex.withLock {
            defer { messages = [] }
            return messages
        }
    }

    /// How many changes are kept in memory because they could not be saved yet.
    public var unsavedChanges: Int { mutex.withLock { pending.count } }

    public func contains(_ key: BookmarkKey) -> Bool {
        mutex.withLock { entries[key] != nil }
    }

    public func bookmark(for key: BookmarkKey) -> Bookmark? {
        mutex.withLock { entries[key] }
    }

    /// Adds the bookmark if its answer is not bookmarked, removes it if it is, and saves at once.
    ///
    /// Returns whether the answer is now bookmarked. When saving fails the change still holds in
    /// memory and the error says so; it is saved with the next change (or `save()`).
    @discardableResult
    public func toggle(_ bookmark: Bookmark) throws -> Bool {
        try mutex.withLock {
            let adding = entries[bookmark.key] == nil
            try change(adding ? .add(bookmark) : .remove(bookmark.key))
            return adding
        }
    }

    /// Bookmarks the answer (keeping the first creation time if it already was) and saves.
    public func add(_ bookmark: Bookmark) throws {
        try mutex.withLock { try change(.add(bookmark)) }
    }

    /// Removes the bookmark with `key`, if any, and saves.
    public func remove(_ key: BookmarkKey) throws {
        try mutex.withLock { try change(.remove(key)) }
    }

    /// Sets the note of the bookmark with `key` and saves (`BookmarkNote.cleaned`: trimmed, an
    /// empty note removes it, one over `Bookmark.noteLength` throws `BookmarkNote.TooLong`). A bookmark that is not there is left
    /// alone (`false`), so a note never creates a bookmark.
    @discardableResult
    public func setNote(_ note: String?, for key: BookmarkKey) throws -> Bool {
        let cleaned = try BookmarkNote.cleaned(note)
        return try mutex.withLock {
            guard entries[key] != nil else { return false }
            try change(.note(key, cleaned))
            return true
        }
    }

    /// Saves changes that failed to save before. Does nothing when all is saved.
    public func save() throws {
        try mutex.withLock { try flush() }
    }

    /// Re-reads the file (to see bookmarks another Parley made), keeping unsaved changes on top.
    public func reload() throws {
        try mutex.withLock {
            var fresh = try load()
            for operation in pending { operation.apply(to: &fresh) }
            entries = fresh
        }
    }

    /// `BookmarkFingerprint.of(question:)`.
    public static func fingerprint(question: String) -> String {
        BookmarkFingerprint.of(question: question)
    }

    /// A bookmark for an answer of `interview` made at `now`; the indices must exist.
    public static func make(interview: Interview, exchange: Int, answer: Int, now: Date = Date()) -> Bookmark {
        Bookmark(interview: interview, exchange: exchange, answer: answer, created: now)
    }

    /// `bookmark.resolve(in: interview)`: where the bookmarked answer is now, if anywhere.
    public static func resolve(_ bookmark: Bookmark, in interview: Interview) -> (exchange: Int, answer: Int)? {
        bookmark.resolve(in: interview)
    }

    // MARK: - With `mutex` held

    private func change(_ operation: BookmarkOperation) throws {
        operation.apply(to: &entries)
        pending.append(operation)
        try flush()
    }

    /// Replays the pending changes onto the file under the file lock and writes it atomically.
    /// On success the in-memory set becomes what was written, bookmarks from other Parleys
    /// included; on failure nothing in memory is lost.
    private func flush() throws {
        guard !pending.isEmpty else { return }
        let file = self.file
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileLock.withExclusiveLock(at: lockPath) {
                // Refused before reading, so a read-only file is not even set aside.
                if Self.isReadOnly(file) { throw BookmarkStoreError.readOnly(path: file.path) }
                let (read, wasCorrupt) = try readUnderLock(forWriting: true)
                // A file that turned corrupt since it was loaded is set aside; the new one starts
                // from what this Parley knows rather than from nothing (`entries` already holds
                // the pending changes).
                var onDisk = wasCorrupt ? entries : read
                for operation in pending { operation.apply(to: &onDisk) }
                try AtomicFile.write(BookmarkFile.encode(Self.newestFirst(onDisk.values)), to: file)
                pending = []
                entries = onDisk
            }
        } catch let error as BookmarkStoreError {
            throw error
        } catch {
            throw BookmarkStoreError.writeFailed(path: file.path, reason: BookmarkStoreError.reason(error))
        }
    }

    /// The file that is read and replaced: `url` with symbolic links followed, so a link to a
    /// bookmark file kept elsewhere (a dotfiles repository) keeps pointing at a file that changes.
    /// Resolved on each use, since the link may be changed while Parley runs.
    private var file: URL { AtomicFile.resolvingLinks(url) }

    /// A file nobody may write (mode 444), or this process may not: chosen by the user to stay as
    /// it is. Checked on the mode bits as well as with `access`, which says yes to root.
    private static func isReadOnly(_ file: URL) -> Bool {
        var info = stat()
        guard stat(file.path, &info) == 0 else { return false }
        return info.st_mode & 0o222 == 0 || access(file.path, W_OK) != 0
    }

    /// Reads the file for `init` and `reload`. Reading needs no lock (the file is only ever
    /// replaced whole); moving a corrupt file aside does, so that it is not a file another Parley
    /// has just written that gets moved.
    private func load() throws -> [BookmarkKey: Bookmark] {
        let file = self.file
        switch try BookmarkFile.read(file) {
        case .missing:
            return [:]
        case .bookmarks(let list):
            return Self.keyed(list)
        case .newer(let version, let list):
            messages.append(BookmarkStoreError.newerFormat(path: file.path, version: version).description)
            return Self.keyed(list)
        case .partial(let list, let rejected) where Self.isReadOnly(file):
            messages.append("\(Self.rejection(rejected, kept: list.count, in: file)) The file is read-only, so it is left as it is.")
            return Self.keyed(list)
        case .corrupt, .partial:
            do {
                return try FileLock.withExclusiveLock(at: lockPath) { try readUnderLock(forWriting: false).entries }
            } catch let error as BookmarkStoreError {
                throw error
            } catch {
                messages.append("\(file.path) is not a valid bookmark file and could not be moved aside (\(BookmarkStoreError.reason(error))); it is left as it is and bookmarks are kept for this session only.")
                return [:]
            }
        }
    }

    /// Reads the file with the file lock held, moving it aside if it is corrupt. Before writing, a
    /// newer format is an error (it must not be overwritten); before reading it is a notice.
    private func readUnderLock(forWriting: Bool) throws -> (entries: [BookmarkKey: Bookmark], wasCorrupt: Bool) {
        let file = self.file
        switch try BookmarkFile.read(file) {
        case .missing:
            return ([:], false)
        case .bookmarks(let list):
            return (Self.keyed(list), false)
        case .newer(let version, let list):
            if forWriting { throw BookmarkStoreError.newerFormat(path: file.path, version: version) }
            messages.append(BookmarkStoreError.newerFormat(path: file.path, version: version).description)
            return (Self.keyed(list), false)
        case .partial(let list, let rejected):
            // The original is kept aside whole (a hard link, or a copy), then the good bookmarks
            // replace it, so the bad ones are reported once and nothing is ever lost.
            let aside = try keepAside(file)
            if !forWriting, !Self.isReadOnly(file) {
                try AtomicFile.write(BookmarkFile.encode(Self.newestFirst(list)), to: file)
            }
            messages.append("\(Self.rejection(rejected, kept: list.count, in: file)) The file as it was is kept in \(aside.path).")
            return (Self.keyed(list), false)
        case .corrupt(let reason):
            let aside = try setAside(file)
            let start = forWriting ? "with the bookmarks open in this Parley" : "empty"
            messages.append("\(file.path) could not be read (\(reason)). It was moved to \(aside.path) and a new bookmark file was started \(start).")
            return ([:], true)
        }
    }

    /// The message for bookmarks that could not be read: how many, which and why (the first
    /// few), and how many were kept.
    private static func rejection(_ rejected: [String], kept: Int, in file: URL) -> String {
        let shown = rejected.prefix(5).joined(separator: "; ")
        let more = rejected.count > 5 ? "; and \(rejected.count - 5) more" : ""
        let count = rejected.count == 1 ? "1 bookmark in \(file.path) could not be read and was" : "\(rejected.count) bookmarks in \(file.path) could not be read and were"
        return "\(count) left out (\(shown)\(more)); the other \(kept) are kept."
    }

    /// Renames the file to `bookmarks.json.corrupt-<UTC time>` (with `-2`, `-3`… if taken).
    private func setAside(_ file: URL) throws -> URL {
        let candidate = asideName(for: file)
        guard rename(file.path, candidate) == 0 else {
            throw POSIXFailure(operation: "move aside", path: file.path, code: errno)
        }
        return URL(fileURLWithPath: candidate)
    }

    /// Keeps the file as it is under `bookmarks.json.corrupt-<UTC time>` as well: a hard link
    /// where the file system has them, a copy where not. The file itself stays in place.
    private func keepAside(_ file: URL) throws -> URL {
        let candidate = asideName(for: file)
        if link(file.path, candidate) != 0 {
            try FileManager.default.copyItem(atPath: file.path, toPath: candidate)
        }
        return URL(fileURLWithPath: candidate)
    }

    /// `bookmarks.json.corrupt-<UTC time>`, with `-2`, `-3`… if taken.
    private func asideName(for file: URL) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let base = file.path + ".corrupt-" + formatter.string(from: Date())
        var candidate = base
        var counter = 1
        while FileManager.default.fileExists(atPath: candidate) {
            counter += 1
            candidate = base + "-\(counter)"
        }
        return candidate
    }

    /// Next to the file itself (the link's target), so every Parley that writes it, by whatever
    /// path, takes the same lock.
    private var lockPath: String { file.path + ".lock" }

    private static func keyed(_ list: [Bookmark]) -> [BookmarkKey: Bookmark] {
        // A hand-edited file may hold one key twice; the first (newest, as written) is kept.
        Dictionary(list.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func newestFirst(_ list: some Sequence<Bookmark>) -> [Bookmark] {
        list.sorted { a, b in
            if a.created != b.created { return a.created > b.created }
            return (a.interviewID, a.exchangeIndex, a.answerIndex, a.questionFingerprint)
                < (b.interviewID, b.exchangeIndex, b.answerIndex, b.questionFingerprint)
        }
    }
}
