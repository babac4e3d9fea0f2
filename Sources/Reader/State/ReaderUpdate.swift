import InterviewKit
import TerminalUI

/// The reader's update: one message in, the new state and the effects to run out.
///
/// Pure: it reads nothing but its arguments and does no IO (what needs IO is returned as a
/// `ReaderEffect`, and its outcome comes back as another message). What is common to every
/// screen (help, quitting, resizing, the mouse, switching to search or bookmarks) is here; the
/// rest goes to the screen shown.
public enum ReaderUpdate {
    public static func update(_ state: inout ReaderState, _ message: ReaderMessage) -> [ReaderEffect] {
        let openBefore = state.reading?.interview.id
        let finishedBefore = state.isFinished
        var effects: [ReaderEffect]
        switch message {
        case .action(let action):
            effects = handle(&state, action)
        case .searchResults(let results):
            SearchScreen.receive(&state, results)
            effects = []
        case .libraryRefreshed(let outcome):
            effects = LibraryScreen.receiveRefresh(&state, outcome)
        case .libraryListed(let outcome):
            LibraryScreen.receiveList(&state, outcome)
            effects = []
        case .interviewLoaded(let opening, let outcome):
            state.isOpening = false
            InterviewScreen.receiveLoaded(&state, opening, outcome)
            effects = []
        case .bookmarksChanged(let change):
            BookmarksScreen.receive(&state, change)
            effects = []
        case .done(let said):
            state.message = said
            effects = []
        case .memorySaved(let failure):
            if let failure { state.message = failure }
            effects = []
        }
        InterviewScreen.refreshDetail(&state)
        if effects.contains(where: { if case .loadInterview = $0 { true } else { false } }) { state.isOpening = true }
        // The position is noted at every step, and saved when an interview is opened or left
        // and when the reader quits.
        state.rememberPlace()
        if state.isFinished != finishedBefore || state.reading?.interview.id != openBefore {
            effects.append(.saveMemory(state.memory))
        }
        return effects
    }

    /// Where the reader was: the list's selection, and the interview that was open (which is
    /// read again, and shown where it was left).
    public static func restore(_ state: inout ReaderState, from memory: ReaderMemory) -> [ReaderEffect] {
        state.memory = memory
        if let selected = memory.selected, let row = state.library.row(of: selected) {
            state.library.list.select(row, count: state.library.shown.count, visible: LibraryScreen.visibleRows(state))
        }
        guard let open = memory.open, state.library.row(of: open) != nil else {
            state.library.focus = memory.focus ?? .list
            return []
        }
        state.isOpening = true
        return [.loadInterview(id: open, opening: .resume(focus: memory.focus ?? .list))]
    }

    private static func handle(_ state: inout ReaderState, _ action: Action) -> [ReaderEffect] {
        state.message = nil
        if case .resize(let width, let height) = action {
            resize(&state, to: Size(width: width, height: height))
            return []
        }
        if state.help != nil {
            if action == .quitNow { state.isFinished = true } else { HelpScreen.update(&state, action) }
            return []
        }
        if case .count(let digit) = action {
            // Like vi: a 0 with no count before it is nothing.
            if digit > 0 || state.count > 0 { state.count = min(state.count * 10 + digit, 9_999) }
            return []
        }
        let times = max(1, state.count)
        state.count = 0
        if times > 1, repeatable.contains(action) {
            return (0..<times).flatMap { _ in dispatch(&state, action) }
        }
        return dispatch(&state, action)
    }

    /// Motions a count repeats (`5j`, `3]`); those that load or save are not among them.
    static let repeatable: Set<Action> = [.moveDown, .moveUp, .pageDown, .pageUp, .nextQuestion, .previousQuestion, .nextAnswer, .previousAnswer]

    private static func dispatch(_ state: inout ReaderState, _ action: Action) -> [ReaderEffect] {
        switch action {
        case .quitNow:
            state.isFinished = true
        case .quit:
            if !state.pop() { state.isFinished = true }
        case .toggleHelp:
            state.help = HelpState()
        case .search:
            SearchScreen.start(&state)
        case .showBookmarks:
            return BookmarksScreen.start(&state)
        case .scroll(let lines, let column, let row):
            return ReaderMouse.scroll(&state, lines: lines, column: column, row: row)
        case .click(let column, let row):
            ReaderMouse.click(&state, column: column, row: row)
        default:
            switch state.screen {
            case .library: return LibraryScreen.update(&state, action)
            case .interview: return InterviewScreen.update(&state, action)
            case .search: return SearchScreen.update(&state, action)
            case .bookmarks: return BookmarksScreen.update(&state, action)
            }
        }
        return []
    }

    /// A new size: lists keep their selection on screen, and the detail keeps its first
    /// visible paragraph (scroll positions are anchored to blocks).
    private static func resize(_ state: inout ReaderState, to size: Size) {
        state.size = size
        state.library.list.follow(count: state.library.shown.count, visible: LibraryScreen.visibleRows(state))
        state.bookmarkList.follow(count: state.bookmarks.count, visible: BookmarksScreen.visibleRows(state))
        state.search.list.follow(count: state.search.hits.count, visible: SearchScreen.visibleResults(state))
        if let count = state.reading?.blocks.count {
            let visible = InterviewScreen.visibleRows(state)
            state.reading?.list.follow(count: count, visible: visible)
        }
    }

    /// Lines a page key moves: the focused pane's height, less a little overlap.
    static func pageSize(_ state: ReaderState) -> Int {
        let layout = ReaderLayout(state)
        let pane = state.focus == .detail ? layout.detail : layout.list
        return max(1, (pane?.height ?? state.size.height) - 3)
    }
}

/// The mouse: the wheel scrolls the pane under the pointer, a click selects a row or focuses
/// the detail pane.
enum ReaderMouse {
    static func scroll(_ state: inout ReaderState, lines: Int, column: Int, row: Int) -> [ReaderEffect] {
        let layout = ReaderLayout(state)
        if let detail = layout.detail, detail.contains(x: column, y: row) {
            setFocus(&state, .detail)
            switch state.screen {
            case .library: LibraryScreen.move(&state, by: lines)
            case .interview: InterviewScreen.scrollDetail(&state, by: lines)
            default: break
            }
        } else if let list = layout.list, list.contains(x: column, y: row) {
            let focus = state.focus
            setFocus(&state, .list)
            let step = lines > 0 ? 1 : -1
            switch state.screen {
            case .library: LibraryScreen.move(&state, by: step)
            case .interview: InterviewScreen.move(&state, by: step)
            case .search: SearchScreen.move(&state, by: step)
            case .bookmarks: BookmarksScreen.move(&state, by: step)
            }
            // Wheeling the list of a wide screen leaves the keys where they were.
            if focus == .detail, !state.isWide { setFocus(&state, .detail) }
        }
        return []
    }

    static func click(_ state: inout ReaderState, column: Int, row: Int) {
        let layout = ReaderLayout(state)
        if let detail = layout.detail, detail.contains(x: column, y: row) {
            setFocus(&state, .detail)
            return
        }
        guard let list = layout.list, list.contains(x: column, y: row) else { return }
        let inner = Frame.inner(list)
        switch state.screen {
        case .library:
            guard let index = rowIndex(y: row, inner: inner, list: state.library.list, count: state.library.shown.count) else { return }
            setFocus(&state, .list)
            LibraryScreen.move(&state, by: index - state.library.list.cursor)
        case .interview:
            guard let reading = state.reading,
                  let index = rowIndex(y: row, inner: inner, list: reading.list, count: reading.blocks.count) else { return }
            setFocus(&state, .list)
            if index != reading.list.cursor { InterviewScreen.selectBlock(&state, index) }
        case .bookmarks:
            guard let index = rowIndex(y: row, inner: inner, list: state.bookmarkList, count: state.bookmarks.count) else { return }
            state.bookmarkList.cursor = index
        case .search:
            let results = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
            guard row >= results.y, row < results.bottom else { return }
            let index = state.search.list.offset + (row - results.y) / SearchPane.linesPerResult
            guard state.search.hits.indices.contains(index) else { return }
            state.search.list.cursor = index
            state.search.editing = false
        }
    }

    private static func rowIndex(y: Int, inner: Rect, list: ListState, count: Int) -> Int? {
        guard y >= inner.y, y < inner.bottom else { return nil }
        let index = list.offset + (y - inner.y)
        return (0..<count).contains(index) ? index : nil
    }

    private static func setFocus(_ state: inout ReaderState, _ pane: ReaderState.Pane) {
        switch state.screen {
        case .library: state.library.focus = pane
        case .interview: state.reading?.focus = pane
        case .search, .bookmarks: break
        }
    }
}
