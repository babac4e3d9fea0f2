import InterviewKit
import TerminalUI

/// Everything that changes the reader's state: what the user did, and what finished work brought.
///
/// `ReaderUpdate.update` takes one message at a time. Work started by an effect answers with a
/// message, so the update never waits for IO and never does any.
public enum ReaderMessage: Sendable {
    /// A key, a mouse event or a resize, as the keymap read it.
    case action(Action)
    /// Hits of the search with this generation (`SearchState.generation`); older ones are dropped.
    case searchResults(SearchResults)
    /// The library brought up to date with its files.
    case libraryRefreshed(Result<LibraryRefresh, ReaderFailure>)
    /// The library's list, read again (after a refresh that changed it).
    case libraryListed(Result<[InterviewSummary], ReaderFailure>)
    /// An interview read for opening, with what to show in it.
    case interviewLoaded(Opening, Result<Interview?, ReaderFailure>)
    /// The bookmarks as the store holds them after a change or a reload, and what to say.
    case bookmarksChanged(BookmarkChange)
    /// What copying or opening did, to say.
    case done(String)
    /// Saving the reading positions failed (nil: saved).
    case memorySaved(failure: String?)
}

/// An error from work an effect ran, as text: the reader only shows it.
public struct ReaderFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ error: any Error) { description = "\(error)" }
    public init(describing text: String) { description = text }
}

/// One answer from a search.
public struct SearchResults: Sendable, Hashable {
    public var generation: Int
    public var hits: [SearchHit]
    /// Whether every match was ranked (false for the quick first answer).
    public var isExact: Bool
    public var failure: String?
    /// Notices the library had after searching (a damaged index rebuilt).
    public var notices: [String]
    /// Words typed that found nothing and were looked for inside longer words instead.
    public var widenings: [SearchWidening]
    /// "Did you mean …", asked for once every match is ranked and none was found.
    public var suggestion: String?

    public init(generation: Int, hits: [SearchHit], isExact: Bool, failure: String? = nil, notices: [String] = [],
                widenings: [SearchWidening] = [], suggestion: String? = nil) {
        self.generation = generation
        self.hits = hits
        self.isExact = isExact
        self.failure = failure
        self.notices = notices
        self.widenings = widenings
        self.suggestion = suggestion
    }
}

/// What to show once an interview is loaded: where to land in it.
public enum Opening: Hashable, Sendable {
    /// From the list: the first question.
    case start
    /// After a restart: where it was left, with `focus` the pane that had the keys at quit.
    case resume(focus: ReaderState.Pane)
    /// A search hit, with the query to highlight; `wrapped` says that `n`/`N` went past the
    /// last (or first) hit to get there.
    case hit(SearchHit, query: String, wrapped: Wrap? = nil)
    /// A bookmarked answer.
    case bookmark(Bookmark)
}

/// Which end of the hits stepping went past.
public enum Wrap: Hashable, Sendable { case toFirst, toLast }

/// The bookmarks after a change, and the message that says what happened.
public struct BookmarkChange: Sendable, Hashable {
    public var bookmarks: [Bookmark]
    /// For the open interview (if any), the answers that are bookmarked.
    public var positions: Set<AnswerPosition>
    public var message: String?

    public init(bookmarks: [Bookmark], positions: Set<AnswerPosition>, message: String?) {
        self.bookmarks = bookmarks
        self.positions = positions
        self.message = message
    }
}
