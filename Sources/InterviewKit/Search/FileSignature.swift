import Foundation

/// What the index remembers about a file to tell, without reading it, that it has not changed.
///
/// Size and modification time come from one `stat`; the content hash is only computed when one
/// of them differs, so that a touched but unchanged file (a `git checkout`, a copy) is not
/// imported again, and an untouched file is never read at all.
struct FileSignature: Hashable, Sendable {
    var size: Int64
    /// Modification time in nanoseconds since 1970.
    var modified: Int64

    /// The signature of the regular file at `path` (symbolic links followed); nil if there is
    /// none, or if it is a folder, a FIFO or a device.
    static func ofRegularFile(atPath path: String) -> FileSignature? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return FileSignature(size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }
}
