/// One change to the bookmark set, as the user made it.
///
/// Changes are saved as operations replayed onto what is on disk at the time of saving, not as
/// the whole in-memory set: another Parley may have added or removed other bookmarks since this
/// one read the file, and those must survive. Both operations are idempotent, so replaying one
/// that was already saved (a save retried after a failure) does no harm.
enum BookmarkOperation: Hashable, Sendable {
    case add(Bookmark)
    case remove(BookmarkKey)
    /// Sets the note of the bookmark with this key, if it is there (`nil` removes the note).
    case note(BookmarkKey, String?)

    func apply(to set: inout [BookmarkKey: Bookmark]) {
        switch self {
        case .add(let bookmark):
            // An existing bookmark keeps its creation time: adding it again is not a new bookmark.
            if set[bookmark.key] == nil { set[bookmark.key] = bookmark }
        case .remove(let key):
            set[key] = nil
        case .note(let key, let note):
            set[key]?.note = note
        }
    }
}
