import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (`flock`) on a sidecar file, held while a bookmark file is re-read,
/// merged and replaced, so that two Parleys never both write from the same old contents.
///
/// The lock is on a separate file rather than the bookmark file itself because the bookmark file
/// is replaced by rename: a lock on it would stay with the old, unlinked file.
enum FileLock {
    static func withExclusiveLock<T>(at path: String, _ body: () throws -> T) throws -> T {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXFailure(operation: "create lock file", path: path, code: errno) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw POSIXFailure(operation: "lock", path: path, code: errno) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
