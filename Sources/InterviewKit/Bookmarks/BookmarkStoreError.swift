import Foundation

/// Why the bookmark store could not do what was asked. Every case says what happened to the
/// user's change, so the message can go to the status bar as it is.
public enum BookmarkStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be written (read-only folder, full disk…). The change is kept in memory
    /// and saving is retried on the next change.
    case writeFailed(path: String, reason: String)
    /// The file was written by a newer Parley; it is left untouched.
    case newerFormat(path: String, version: Int)
    /// The file exists but cannot be read; it is left untouched.
    case unreadable(path: String, reason: String)
    /// The file is read-only: the user asked for it not to change, so it is not replaced.
    case readOnly(path: String)
    /// The file is larger than `BookmarkFile.maximumSize`; it is left untouched, unread.
    case tooLarge(path: String, bytes: Int)

    public var description: String {
        switch self {
        case .writeFailed(let path, let reason):
            "Could not save bookmarks to \(path): \(reason). The change is kept for this session and saving is retried on the next change."
        case .newerFormat(let path, let version):
            "\(path) was written by a newer Parley (format version \(version); this one knows up to \(BookmarkFile.currentVersion)). It is left as it is, so bookmark changes are kept for this session only. Update Parley, or move the file away to start a new one."
        case .unreadable(let path, let reason):
            "Could not read bookmarks from \(path): \(reason). The file is left as it is; bookmark changes are kept for this session only."
        case .readOnly(let path):
            "\(path) is read-only, so it is left as it is and bookmark changes are kept for this session only. Make it writable (chmod u+w) to save them."
        case .tooLarge(let path, let bytes):
            "\(path) is \(BoundedFile.size(bytes, over: BookmarkFile.maximumSize)), and a bookmark file may be at most \(BookmarkFile.maximumSize >> 20) MB; it is left as it is, unread, and bookmark changes are kept for this session only. Move it away to start a new one."
        }
    }

    /// A short reason for a Foundation or POSIX error (`PlainReason`).
    static func reason(_ error: Error) -> String { PlainReason.of(error) }
}
