import InterviewKit
import TerminalUI

/// Everything the reader shows, as one value. The view renders it; `ReaderController` changes it
/// in response to actions. It holds no files, no database and no terminal.
public struct ReaderState: Sendable {
    /// What the list side of the screen is showing.
    public enum Screen: Hashable, Sendable { case library, interview, search, bookmarks }
    public enum Pane: Hashable, Sendable { case list, detail }
    public enum SearchProgress: Hashable, Sendable { case done, searching, refining }

    public var libraryName: String
    public var size: Size
    public var screen: Screen = .library
    public var focus: Pane = .list
    public var showHelp = false
    public var helpOffset = 0
    /// A one-frame message for the status bar (saved, errors, notices).
    public var message: String?
    public var isFinished = false
    /// The widest the detail pane's text runs, in columns (nil: the pane's width). Long lines
    /// are hard to follow; a setting of the reader, not something a key changes.
    public var readingWidth: Int?

    /// True while the library is being brought up to date with its files (the list shown is
    /// what the index held at start).
    public var isRefreshing = false

    // The library list.
    public var interviews: [InterviewSummary]
    public var libraryCursor = 0
    public var libraryOffset = 0

    // The open interview: its blocks (sections and exchanges) are the list, one block the detail.
    public var interview: Interview?
    public var blockCursor = 0
    public var blockOffset = 0
    public var detailScroll: ScrollPosition = .top
    /// Highlight this query's words in the detail pane (after opening a search hit).
    public var highlightQuery: String?
    public var matchCursor: Int?

    // Search.
    public var query = ""
    public var queryCursor = 0
    public var editingQuery = false
    public var hits: [SearchHit] = []
    /// How far the search for `query` has got: while `.searching`, `hits` are still those of
    /// the query before; while `.refining`, they are the quick first hits (see `SearchRanking`).
    public var searchProgress: SearchProgress = .done
    public var hitCursor = 0
    public var hitOffset = 0
    /// Where `back` returns to from search and bookmarks.
    public var screenBeforeSearch: Screen = .library

    // Bookmarks, newest first, as the store had them at the last change.
    public var bookmarks: [Bookmark] = []
    /// The exchanges of the open interview that hold a bookmarked answer (marked in its list).
    public var bookmarkedExchanges: Set<Int> = []
    public var bookmarkCursor = 0
    public var bookmarkOffset = 0
    public var screenBeforeBookmarks: Screen = .library

    public init(libraryName: String, interviews: [InterviewSummary], size: Size) {
        self.libraryName = libraryName
        self.interviews = interviews
        self.size = size
    }

    /// Which keymap table applies.
    public var inputMode: Keymap.Mode {
        screen == .search && editingQuery && !showHelp ? .searchLine : .normal
    }

    /// The blocks of the open interview in reading order.
    public var blocks: [Interview.Block] { interview?.blocks ?? [] }

    /// The exchange under the cursor, if the cursor is on one.
    public var selectedExchange: Int? {
        guard blocks.indices.contains(blockCursor), case .exchange(let index) = blocks[blockCursor] else { return nil }
        return index
    }

    /// Whether the screen is wide enough for list and detail side by side.
    public var isWide: Bool { size.width >= ReaderLayout.wideWidth }
}
