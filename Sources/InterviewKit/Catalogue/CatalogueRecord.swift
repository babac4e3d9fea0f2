import Foundation

/// What the catalogue keeps about one interview file, made by reading it once.
struct CatalogueRecord: Sendable {
    var name: String
    var stamp: FileStamp
    /// The stamp could not vouch for the content when it was read (see `FileStamp.isRacy`).
    var racy: Bool
    var hash: UInt64
    var content: Content

    enum Content: Sendable {
        /// The same bytes as the catalogue holds: only the stamp is new.
        case unchanged
        case interview(Listing)
        /// Kept out of the library; the problem's `file` is the bare file name.
        case problem(LibraryProblem)
    }

    /// An interview as `list` shows it and `check` judges it.
    struct Listing: Sendable {
        var summary: InterviewSummary
        /// `Interview.validate()`'s findings.
        var rules: [String]
        /// Whether the file is exactly what `InterviewFormat.write` makes of its interview.
        var canonical: Bool
    }

    /// Reads, hashes and (unless its hash is `knownHash`) parses and validates one file.
    static func read(_ entry: FolderScan.Entry, in folder: URL, knownHash: UInt64?, racyWindow: Int64) -> CatalogueRecord {
        let url = folder.appendingPathComponent(entry.name)
        let readAt = FileStamp.now()
        let racy = entry.stamp.isRacy(readAt: readAt, window: racyWindow)
        var record = CatalogueRecord(name: entry.name, stamp: entry.stamp, racy: racy, hash: 0, content: .unchanged)
        let data: Data
        do {
            data = try InterviewFormat.contents(of: url)
        } catch {
            record.content = .problem(bare(LibraryProblem(error, file: url), name: entry.name))
            return record
        }
        record.hash = ContentHash.value(of: data)
        if record.hash == knownHash { return record }
        guard let text = String(data: data, encoding: .utf8) else {
            record.content = .problem(LibraryProblem(file: entry.name, line: 1, kind: .malformed(InterviewFormat.notUTF8)))
            return record
        }
        do {
            let interview = try InterviewFormat.read(text, file: url.path)
            record.content = .interview(Listing(
                summary: InterviewSummary(interview), rules: interview.validate(),
                canonical: InterviewFormat.write(interview) == text))
        } catch {
            record.content = .problem(bare(LibraryProblem(error, file: url), name: entry.name))
        }
        return record
    }

    /// The problem with its file as a bare name: the catalogue may be shared by processes that
    /// spell the folder differently, and each names files its own way when it reports them.
    private static func bare(_ problem: LibraryProblem, name: String) -> LibraryProblem {
        var problem = problem
        problem.file = name
        return problem
    }

    /// The key `Library` sorts file names by: Swift compares strings by their NFC scalars, and
    /// the UTF-8 bytes of the NFC form compare the same way, so SQLite can order by them.
    static func orderKey(_ name: String) -> Data {
        Data(name.precomposedStringWithCanonicalMapping.utf8)
    }

    /// Reads files on every core, results in the order given.
    static func readAll(_ entries: [(FolderScan.Entry, UInt64?)], in folder: URL, racyWindow: Int64) -> [CatalogueRecord] {
        ConcurrentMap.map(entries) { read($0.0, in: folder, knownHash: $0.1, racyWindow: racyWindow) }
    }
}
