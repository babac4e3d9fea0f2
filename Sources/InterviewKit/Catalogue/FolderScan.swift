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

    static func scan(_ folder: URL) throws -> FolderScan {
        let started = FileStamp.now()
        guard let directory = opendir(folder.path) else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw LibraryError.notAFolder(folder) }
            throw LibraryError.unreadable(folder, reason: String(cString: strerror(code)))
        }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var entries: [Entry] = []
        var digest = FolderDigest()
        while true {
            errno = 0
            guard let item = readdir(directory) else {
                if errno != 0 { throw LibraryError.unreadable(folder, reason: String(cString: strerror(errno))) }
                break
            }
            let found: Entry? = withUnsafePointer(to: &item.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { name in
                    guard isInterviewFileName(name) else { return nil }
                    var info = stat()
                    guard fstatat(descriptor, name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
                    return Entry(name: String(cString: name), stamp: FileStamp(info))
                }
            }
            if let found {
                digest.add(found)
                entries.append(found)
            }
        }
        return FolderScan(entries: entries, started: started, digest: digest)
    }

    /// `*.md`, not hidden: tested on the C string, before any `String` is made.
    static func isInterviewFileName(_ name: UnsafePointer<CChar>) -> Bool {
        let length = strlen(name)
        let suffix = "." + InterviewFormat.fileExtension
        guard name[0] != 0x2E, length > suffix.utf8.count else { return false }
        return suffix.utf8.enumerated().allSatisfy { offset, byte in
            UInt8(bitPattern: name[length - suffix.utf8.count + offset]) == byte
        }
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

    mutating func add(_ entry: FolderScan.Entry) {
        var bytes = Array(entry.name.utf8)
        bytes.append(0)
        let stamp = entry.stamp
        for value in [UInt64(bitPattern: stamp.size), UInt64(bitPattern: stamp.modified), UInt64(bitPattern: stamp.changed), stamp.inode] {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        count += 1
        first &+= ContentHash.value(of: bytes)
        // The same bytes with another starting value: an independent second hash.
        second &+= ContentHash.value(of: bytes, basis: 0x6c62_272e_07bb_0142)
    }

    /// The digest as stored in the catalogue.
    var text: String { "\(count)-\(ContentHash.hex(first))-\(ContentHash.hex(second))" }
}
