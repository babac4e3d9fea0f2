import Foundation
import GRDB

/// Brings the index in line with the files of a library folder.
///
/// Untouched files (same size and modification time) are not even opened. A file whose size
/// or time changed is read and hashed: a same hash only refreshes its time; anything else is
/// parsed and its passages replaced. Files gone from the folder are purged.
///
/// Parsing happens outside any transaction; writing happens in short immediate transactions of
/// a few files each, which re-check each file's row first. So two processes updating the same
/// index at once take turns for milliseconds instead of one waiting for the other's whole
/// import, and a file the other process already imported is skipped rather than imported twice.
struct IndexUpdater {
    let folder: URL
    let writer: any DatabaseWriter

    /// Files and bytes written per transaction.
    static let batchFiles = 64
    static let batchBytes = 4 << 20
    /// Page cache of the connection that writes, in KiB.
    static let cacheKiB = 32 << 10

    func run(rebuild: Bool, progress: ((Int, Int) -> Void)?) throws -> IndexUpdateReport {
        let start = Date()
        var report = IndexUpdateReport()
        let present = try presentFiles()
        let presentNames = Set(present.map(\.0))
        // FTS5 merges its segments as rows arrive; with SQLite's default 2 MB of page cache
        // most of that merging went through read and write system calls.
        try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -\(Self.cacheKiB)") }
        if rebuild {
            try writeTransaction { db in try IndexStore.deleteEverything(db) }
        }
        let known = try writer.read { db in try IndexStore.fileRecords(db) }

        let removed = known.keys.filter { !presentNames.contains($0) }.sorted()
        if !removed.isEmpty {
            try writeTransaction { db in
                for name in removed where try IndexStore.removeFile(named: name, db) {
                    report.removed += 1
                }
            }
        }

        let candidates = present.filter { name, signature in
            guard let record = known[name] else { return true }
            return record.signature != signature
        }.map { name, signature in (name, folder.appendingPathComponent(name), signature) }
        report.unchanged = present.count - candidates.count
        let totalBytes = candidates.reduce(0) { $0 + Int($1.2.size) }
        var doneBytes = 0
        progress?(0, totalBytes)

        // Files are read and parsed in parallel, a batch at a time, outside any transaction;
        // each batch is then written in one short transaction, while the next one is parsed.
        var batches: [(files: [PreparedFile.Source], bytes: Int)] = []
        var first = candidates.startIndex
        while first < candidates.endIndex {
            var end = first
            var bytes = 0
            while end < candidates.endIndex, end - first < Self.batchFiles, bytes < Self.batchBytes {
                bytes += Int(candidates[end].2.size)
                end += 1
            }
            batches.append((candidates[first..<end].map { name, url, signature in (name, url, signature, known[name]?.hash) }, bytes))
            first = end
        }
        // Words already written in this run: most words of a file are in an earlier one, and
        // skipping them here spares a write per word and file (millions on a first build).
        var storedWords: Set<String> = []
        var upcoming = batches.first.map { PendingBatch($0.files) }
        for (number, batch) in batches.enumerated() {
            guard let prepared = upcoming?.result() else { break }
            upcoming = number + 1 < batches.count ? PendingBatch(batches[number + 1].files) : nil
            try writeTransaction { db in
                for item in prepared {
                    switch try IndexStore.store(item, presentNames: presentNames, db) {
                    case .added: report.added += 1
                    case .changed: report.changed += 1
                    case .unchanged: report.unchanged += 1
                    }
                    if case .interview(_, _, let words) = item.content {
                        try Vocabulary.insert(words.filter { storedWords.insert($0).inserted }, db)
                    }
                }
            }
            doneBytes += batch.bytes
            progress?(doneBytes, totalBytes)
        }
        report.problems = try writer.read { db in try IndexStore.problems(db) }
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    /// The files `Library.interviewFiles(in:)` lists, with their signatures, in name order (so
    /// that of two files with one id the first by name is indexed): one pass of `readdir` and
    /// `fstatat` (`FolderScan`), no path built or walked per file, no Foundation object made
    /// (on 10,000 files, listing with `FileManager` and a `stat` by path took most of an update
    /// that found nothing to do).
    private func presentFiles() throws -> [(String, FileSignature)] {
        try FolderScan.scan(folder).entries
            .map { ($0.name, FileSignature(size: $0.stamp.size, modified: $0.stamp.modified)) }
            .sorted { $0.0 < $1.0 }
    }

    private func writeTransaction(_ body: (Database) throws -> Void) throws {
        try writer.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try body(db)
                return .commit
            }
        }
    }
}

/// One changed file, read and parsed, ready to be written.
struct PreparedFile {
    enum Content {
        /// Same bytes as indexed: only the signature changes.
        case touched
        /// The interview, its rows, and its words for the vocabulary (see `Vocabulary`).
        case interview(Interview, [PassageRow], words: Set<String>)
        case problem(LibraryProblem)
    }

    var name: String
    /// Where the file is, for problems: they name files as `Library` does.
    var path: String
    var signature: FileSignature
    var hash: String
    var content: Content

    /// A file to prepare: its name, where it is, its signature and the hash the index knows.
    typealias Source = (String, URL, FileSignature, String?)

    /// Prepares several files on all cores; results in the order given.
    static func prepareAll(_ files: [Source]) -> [PreparedFile] {
        ConcurrentMap.map(files) { name, url, signature, hash in
            prepare(name: name, url: url, signature: signature, knownHash: hash)
        }
    }

    static func prepare(name: String, url: URL, signature: FileSignature, knownHash: String?) -> PreparedFile {
        let data: Data
        do {
            data = try InterviewFormat.contents(of: url)
        } catch {
            return PreparedFile(name: name, path: url.path, signature: signature, hash: "", content: .problem(LibraryProblem(error, file: url)))
        }
        let hash = ContentHash.hex(ContentHash.value(of: data))
        if hash == knownHash {
            return PreparedFile(name: name, path: url.path, signature: signature, hash: hash, content: .touched)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let problem = LibraryProblem(FormatError(file: url.path, line: 1, InterviewFormat.notUTF8), file: url)
            return PreparedFile(name: name, path: url.path, signature: signature, hash: hash, content: .problem(problem))
        }
        do {
            let interview = try InterviewFormat.read(text, file: url.path)
            let rows = PassageRow.rows(of: interview)
            return PreparedFile(name: name, path: url.path, signature: signature, hash: hash, content: .interview(interview, rows, words: Vocabulary.words(of: rows)))
        } catch {
            return PreparedFile(name: name, path: url.path, signature: signature, hash: hash, content: .problem(LibraryProblem(error, file: url)))
        }
    }
}

/// A batch of files being prepared on other threads while the caller writes the one before.
private final class PendingBatch: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var prepared: [PreparedFile] = []

    init(_ files: [PreparedFile.Source]) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            prepared = PreparedFile.prepareAll(files)
            done.signal()
        }
    }

    /// Waits for the batch (once).
    func result() -> [PreparedFile] {
        done.wait()
        return prepared
    }
}
