import Foundation
import InterviewKit

/// Work the update asks for: reading, searching, saving. `EffectRunner` does it and answers with
/// a `ReaderMessage`; the update itself stays a pure function of state and message.
public enum ReaderEffect: Hashable, Sendable {
    /// Search for `query`: quick first hits, then every match ranked. Supersedes (cancels) any
    /// search still running.
    case search(query: String, generation: Int)
    /// Stop the running search without starting another (the query was erased).
    case cancelSearch
    /// Bring the library up to date with its files.
    case refreshLibrary
    /// Read the library's list again.
    case listLibrary
    /// Read one interview, to open it as `opening` says.
    case loadInterview(id: String, opening: Opening)
    /// Bookmark or unbookmark an answer of an interview.
    case toggleBookmark(AnswerPosition, in: Interview)
    /// Remove a bookmark (from the bookmarks list); `open` is the interview whose marks to renew.
    case removeBookmark(Bookmark, open: Interview?)
    /// Save where the reader is (`ReaderMemoryFile`). Done before the next key is read, even
    /// in the background mode: it is small, and it must be on disk before the reader exits.
    case saveMemory(ReaderMemory)
    /// Put `text` on the clipboard; `what` says what it is.
    case copy(text: String, what: String)
    /// Open `url` on the desktop.
    case openExternally(url: String)
    /// Set (nil or empty: remove) the note of a bookmark; `open` is the interview whose marks to renew.
    case setNote(String?, for: BookmarkKey, open: Interview?)
    /// Append the bookmarks a Markdown export does not hold yet to `ReaderEffect.exportFile`
    /// (`parley export`'s rule: what is in the file is never rewritten).
    case exportBookmarks
    /// Read the bookmarks file again (another process may have changed it), for `interview`'s marks.
    case reloadBookmarks(for: Interview?)
}

extension ReaderEffect {
    /// Where `e` in the bookmarks list exports: `bookmarks.md` in the bookmarks file's folder.
    public static func exportFile(besides bookmarksFile: URL) -> URL {
        bookmarksFile.deletingLastPathComponent().appendingPathComponent("bookmarks.md")
    }
}
