import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One pass over a library folder: every interview file's name and stamp.
///
/// The same files as `Library.interviewFiles(in:)` (regular `*.md` files, not hidden, symbolic
/// links followed), found with one `readdir` pass (`getdents64` underneath) and one `fstatat`
/// per entry relative to the open folder, so no path is built or walked again and no Foundation
/// object is made per file. On 10,000 files this is the whole cost of finding out that nothing
/// changed (see docs/SEARCH.md, "The catalogue").
struct FolderScan: Sendable {
    struct Entry: Sendable {
        var name: String
        var stamp: FileStamp
    }

    var entries: [Entry]
    /// Wall clock when the pass started: a file whose times are this recent may change again
    /// unseen (see `FileStamp.isRacy`).
    var started: Int64
    var digest: FolderDigest

    /// `minimumPerThread`: below this many files per thread, another thread costs more than
    /// it saves.
    static func scan(_ folder: URL, minimumPerThread: Int = 1000) throws -> FolderScan {
        let started = FileStamp.now()
        guard let directory = opendir(folder.path) else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw LibraryError.notAFolder(folder) }
            throw LibraryError.unreadable(folder, reason: String(cString: strerror(code)))
        }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var names: [String] = []
        while true {
            errno = 0
            guard let item = readdir(directory) else {
                if errno != 0 { throw LibraryError.unreadable(folder, reason: String(cString: strerror(errno))) }
                break
            }
            withUnsafePointer(to: &item.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { name in
                    if isInterviewFileName(name) { names.append(String(cString: name)) }
                }
            }
        }
        // The `fstatat`s are four fifths of the time (1.7 µs each on this machine, against
        // 0.4 µs per entry for `readdir`): shared between the cores.
        let listed = names
        let parts = min(ProcessInfo.processInfo.activeProcessorCount, max(1, listed.count / minimumPerThread))
        let found = ConcurrentMap.map(Array(0..<parts)) { part in
            stamps(of: listed[listed.count * part / parts..<listed.count * (part + 1) / parts], in: descriptor)
        }
        var digest = FolderDigest()
        found.forEach { digest.merge($0.digest) }
        return FolderScan(entries: found.flatMap(\.entries), started: started, digest: digest)
    }

    /// The regular files among `names` (symbolic links followed), with their stamps.
    private static func stamps(of names: ArraySlice<String>, in descriptor: Int32) -> (entries: [Entry], digest: FolderDigest) {
        var entries: [Entry] = []
        entries.reserveCapacity(names.count)
        var digest = FolderDigest()
        var info = stat()
        for name in names {
            // The name's two hashes taken from the same C string the `fstatat` is given, in one
            // pass over its bytes (hashing the `String`'s UTF-8 view, twice, was a tenth of
            // the scan's own time).
            let hashes: (UInt64, UInt64)? = name.withCString { path in
                guard fstatat(descriptor, path, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
                return FolderDigest.nameHashes(UnsafeRawBufferPointer(start: path, count: strlen(path)))
            }
            guard let hashes else { continue }
            let entry = Entry(name: name, stamp: FileStamp(info))
            digest.add(entry, nameHashes: hashes)
            entries.append(entry)
        }
        return (entries, digest)
    }

    /// `Library.isInterviewFileName`, decided on the C string for an ASCII name (no `String`
    /// made for the files that are not interviews); a name with other characters is compared
    /// as Characters, as `Library` compares it.
    static func isInterviewFileName(_ name: UnsafePointer<CChar>) -> Bool {
        let length = strlen(name)
        let suffix = "." + InterviewFormat.fileExtension
        // Ending in `.md` as Characters implies ending in its bytes.
        guard length >= suffix.utf8.count, suffix.utf8.enumerated().allSatisfy({ offset, byte in
            UInt8(bitPattern: name[length - suffix.utf8.count + offset]) == byte
        }) else { return false }
        guard (0..<length).allSatisfy({ name[$0] >= 0 }) else { return Library.isInterviewFileName(String(cString: name)) }
        return name[0] != 0x2E
    }
}

/// A fingerprint of a folder's files and stamps that does not depend on the order `readdir`
/// gives them in: the count and two sums of 64-bit hashes of each name and stamp. Equal
/// digests mean the same files with the same stamps (a collision needs two 64-bit sums to
/// match at once by accident).
struct FolderDigest: Hashable, Sendable {
    private(set) var count = 0
    private var first: UInt64 = 0
    private var second: UInt64 = 0

    /// The two offset bases: FNV-1a's own, and another one for an independent second hash.
    private static let bases: (UInt64, UInt64) = (0xcbf2_9ce4_8422_2325, 0x6c62_272e_07bb_0142)
    /// FNV's 64-bit prime, as `ContentHash` multiplies by it.
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    mutating func add(_ entry: FolderScan.Entry) {
        add(entry, nameHashes: (ContentHash.value(of: entry.name.utf8, basis: Self.bases.0),
                                ContentHash.value(of: entry.name.utf8, basis: Self.bases.1)))
    }

    /// `add`, the name already hashed from both bases (`nameHashes(_:)`).
    mutating func add(_ entry: FolderScan.Entry, nameHashes: (UInt64, UInt64)) {
        count += 1
        first &+= Self.hash(entry.stamp, afterName: nameHashes.0)
        second &+= Self.hash(entry.stamp, afterName: nameHashes.1)
    }

    /// FNV-1a of a name's bytes from both bases, in one pass: what `ContentHash.value` gives
    /// for each.
    static func nameHashes(_ bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        var hashes = bases
        for byte in bytes {
            hashes.0 = (hashes.0 ^ UInt64(byte)) &* prime
            hashes.1 = (hashes.1 ^ UInt64(byte)) &* prime
        }
        return hashes
    }

    /// FNV-1a of the name (already hashed), a NUL and the stamp's four numbers, without
    /// making an array.
    private static func hash(_ stamp: FileStamp, afterName name: UInt64) -> UInt64 {
        let numbers = (UInt64(bitPattern: stamp.size).littleEndian, UInt64(bitPattern: stamp.modified).littleEndian,
                       UInt64(bitPattern: stamp.changed).littleEndian, stamp.inode.littleEndian)
        let separated = ContentHash.value(of: CollectionOfOne(UInt8(0)), basis: name)
        return withUnsafeBytes(of: numbers) { ContentHash.value(of: $0, basis: separated) }
    }

    /// The digest of two parts of a folder, together.
    mutating func merge(_ other: FolderDigest) {
        count += other.count
        first &+= other.first
        second &+= other.second
    }

    /// The digest as stored in the catalogue.
    var text: String { "\(count)-\(ContentHash.hex(first))-\(ContentHash.hex(second))" }
}
