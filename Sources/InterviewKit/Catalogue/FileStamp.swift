import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one `stat` says about a file, enough to tell without reading it that it has not changed.
///
/// Size and modification time alone miss two kinds of change: a tool that writes a file and
/// then sets its modification time back (`touch -r`, `rsync -t`, an editor keeping times), and
/// a save that replaces the file by another one of the same size and second. The status-change
/// time (`ctime`) moves on every write and every `utimes`, and nobody can set it back; the inode
/// changes when a file is replaced by a rename. What none of them catches is a second write in
/// the same clock tick as the one the catalogue read (file times come from a coarse clock):
/// such a "racy" stamp is not trusted, see ``isRacy(readAt:window:)``.
struct FileStamp: Hashable, Sendable {
    var size: Int64
    /// Modification time, nanoseconds since 1970.
    var modified: Int64
    /// Status-change time, nanoseconds since 1970.
    var changed: Int64
    var inode: UInt64

    /// How close to the moment it was read a file's time must be for its stamp to prove
    /// nothing: two seconds, the coarsest file times in use (FAT); Linux's own are a clock tick
    /// (1–10 ms), HFS+ and some network file systems one second.
    static let racyWindow: Int64 = 2_000_000_000

    init(size: Int64, modified: Int64, changed: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    init(_ info: stat) {
        #if canImport(Darwin)
        let (m, c) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (m, c) = (info.st_mtim, info.st_ctim)
        #endif
        self.init(
            size: Int64(info.st_size),
            modified: Int64(m.tv_sec) * 1_000_000_000 + Int64(m.tv_nsec),
            changed: Int64(c.tv_sec) * 1_000_000_000 + Int64(c.tv_nsec),
            inode: UInt64(info.st_ino))
    }

    /// Whether the file may have been written again, after its content was read at `readAt`
    /// (wall clock, nanoseconds), without any of its times moving: its last change is within
    /// the window of the read, or in the future. Such a file is read again by the next check
    /// (git calls these entries "racily clean").
    func isRacy(readAt: Int64, window: Int64 = racyWindow) -> Bool {
        max(modified, changed) >= readAt - window
    }

    /// The wall clock, nanoseconds since 1970, on the same scale as file times.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
