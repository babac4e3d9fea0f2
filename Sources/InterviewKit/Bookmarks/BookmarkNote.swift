import Foundation

/// What is kept of a note the user wrote for a bookmark.
public enum BookmarkNote {
    /// A note longer than `Bookmark.noteLength` characters: refused whole rather than cut, so
    /// nothing the user wrote is lost without their knowing.
    public struct TooLong: Error, Hashable, Sendable, CustomStringConvertible {
        public var characters: Int
        public var description: String {
            "the note has \(characters) characters, and a bookmark's note may have at most \(Bookmark.noteLength); nothing was changed"
        }
    }

    /// `text` with the whitespace around it trimmed; `nil` for no text or only whitespace (which
    /// removes a note). Lines and their breaks inside are kept as written.
    public static func cleaned(_ text: String?) throws -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        guard trimmed.count <= Bookmark.noteLength else { throw TooLong(characters: trimmed.count) }
        return trimmed
    }
}
