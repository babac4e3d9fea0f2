import Foundation

/// What the index remembers about a file to tell, without reading it, that it has not changed.
///
/// Size and modification time come from the folder's scan (`FolderScan`, one `fstatat` per
/// file); the content hash is only computed when one of them differs, so that a touched but
/// unchanged file (a `git checkout`, a copy) is not imported again, and an untouched file is
/// never read at all. (The catalogue's `FileStamp` adds the status-change time and the inode.)
struct FileSignature: Hashable, Sendable {
    var size: Int64
    /// Modification time in nanoseconds since 1970.
    var modified: Int64
}
