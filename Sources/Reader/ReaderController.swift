import Foundation
import InterviewKit
import TerminalUI

/// Applies actions to the reader's state, using the library and the bookmark store.
///
/// This is the "update" of state → view → action → update: every change to what the reader
/// shows goes through `apply`. It never touches the terminal, so tests drive it with actions
/// and read `state` (or render it into a buffer) without a screen.
public final class ReaderController {
    public private(set) var state: ReaderState
    public let keymap: Keymap
    /// The look of every frame (a config file's theme, or the standard one).
    public let theme: Theme
    let library: ReaderLibrary
    let bookmarkStore: BookmarkStore
    /// The detail document and its layout for the current block and width, kept between frames
    /// so a keystroke does not re-wrap a long answer.
    private var detailCache: (key: DetailKey, document: TextDocument, layout: DocumentLayout)?

    /// Runs searches off this thread, when the reader was made with `searchInBackground`.
    private let searchWorker: SearchWorker?
    /// Brings the library up to date, when the reader was made with `refreshInBackground`.
    private var refresher: BackgroundRefresh?

    public static let searchLimit = 200
    /// How long the first frame waits for the library's refresh (`awaitRefresh`): enough for
    /// a few hundred interviews, short enough to feel instant.
    public static let refreshWait = 0.03

    /// With `searchInBackground`, typing a query never waits for its search: the search runs
    /// on a thread of its own, and its hits arrive through `receiveBackgroundWork()` (which
    /// `ReaderLoop` calls). Without it, each edit of the query searches before returning, which
    /// is what tests of the controller want. With `refreshInBackground`, the reader starts with
    /// the library as it was listed and brings it up to date meanwhile (`ReaderLibrary.refresh`).
    /// `keymap`, `theme` and `readingWidth` are the user's settings (see ParleyConfig).
    public init(library: ReaderLibrary, bookmarks: BookmarkStore, size: Size, keymap: Keymap = .standard,
                theme: Theme = .standard, readingWidth: Int? = nil,
                searchInBackground: Bool = false, refreshInBackground: Bool = false) {
        self.library = library
        self.bookmarkStore = bookmarks
        self.keymap = keymap
        self.theme = theme
        searchWorker = searchInBackground ? SearchWorker(library: library, limit: Self.searchLimit) : nil
        var interviews: [InterviewSummary] = []
        var message: String?
        do {
            interviews = try library.interviews()
        } catch {
            message = "Cannot list the library: \(error)"
        }
        state = ReaderState(libraryName: library.name, interviews: interviews, size: size)
        state.readingWidth = readingWidth
        state.bookmarks = bookmarks.bookmarks
        state.message = message ?? bookmarks.takeNotices().first
        if refreshInBackground {
            refresher = BackgroundRefresh(library: library)
            state.isRefreshing = true
        }
    }

    deinit {
        searchWorker?.stop()
    }

    /// Handles one input event; returns false when it meant nothing.
    @discardableResult
    public func handle(_ event: InputEvent) -> Bool {
        guard let action = keymap.action(for: event, mode: state.inputMode) else {
            // Any key closes the help, even one bound to nothing.
            guard state.showHelp, case .key = event else { return false }
            state.showHelp = false
            return true
        }
        apply(action)
        return true
    }

    public func apply(_ action: Action) {
        state.message = nil
        if state.showHelp {
            switch action {
            case .quit: state.isFinished = true
            case .resize(let width, let height): state.size = Size(width: width, height: height)
            case .moveDown, .scroll(3, _, _): state.helpOffset += 1
            case .moveUp, .scroll(-3, _, _): state.helpOffset = max(0, state.helpOffset - 1)
            default: state.showHelp = false
            }
            return
        }
        switch action {
        case .quit: state.isFinished = true
        case .toggleHelp:
            state.showHelp = true
            state.helpOffset = 0
        case .resize(let width, let height): state.size = Size(width: width, height: height)
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: move(by: pageSize)
        case .pageUp: move(by: -pageSize)
        case .top: move(by: -Int.max / 2)
        case .bottom: move(by: Int.max / 2)
        case .open: open()
        case .back: back()
        case .switchPane: switchPane()
        case .nextQuestion: jumpQuestion(by: 1)
        case .previousQuestion: jumpQuestion(by: -1)
        case .search: startSearch()
        case .insert(let character): editQuery { query, cursor in
            query.insert(character, at: query.index(query.startIndex, offsetBy: cursor))
            cursor += 1
        }
        case .deleteBackward: editQuery { query, cursor in
            guard cursor > 0 else { return }
            query.remove(at: query.index(query.startIndex, offsetBy: cursor - 1))
            cursor -= 1
        }
        case .leaveSearchLine: state.editingQuery = false
        case .nextMatch: stepMatch(by: 1)
        case .previousMatch: stepMatch(by: -1)
        case .toggleBookmark: toggleBookmark()
        case .showBookmarks: showBookmarks()
        case .scroll(let lines, let column, let row): scroll(lines: lines, column: column, row: row)
        case .click(let column, let row): click(column: column, row: row)
        }
    }

    // MARK: Moving

    private var pageSize: Int {
        let layout = ReaderLayout(state)
        let pane = state.focus == .detail ? layout.detail : layout.list
        return max(1, (pane?.height ?? state.size.height) - 3)
    }

    private func move(by delta: Int) {
        if state.focus == .detail, state.screen == .library || state.screen == .interview {
            scrollDetail(by: delta)
            return
        }
        func clamp(_ value: Int, _ count: Int) -> Int { min(max(0, value), max(0, count - 1)) }
        func step(_ value: Int, _ count: Int) -> Int {
            // Adding Int.max/2 to a cursor cannot overflow; it just means "the end".
            clamp(value + delta, count)
        }
        switch state.screen {
        case .library: state.libraryCursor = step(state.libraryCursor, state.interviews.count)
        case .interview:
            let next = step(state.blockCursor, state.blocks.count)
            if next != state.blockCursor { selectBlock(next) }
        case .search: state.hitCursor = step(state.hitCursor, state.hits.count)
        case .bookmarks: state.bookmarkCursor = step(state.bookmarkCursor, state.bookmarks.count)
        }
    }

    private func selectBlock(_ index: Int) {
        state.blockCursor = index
        state.detailScroll = .top
        state.matchCursor = nil
    }

    private func scrollDetail(by delta: Int) {
        guard let (layout, height) = detailLayout() else { return }
        state.detailScroll = layout.scrolled(state.detailScroll, by: delta, height: height)
    }

    private func jumpQuestion(by delta: Int) {
        guard state.screen == .interview else { return }
        let blocks = state.blocks
        var index = state.blockCursor + delta
        while blocks.indices.contains(index) {
            if case .exchange = blocks[index] {
                selectBlock(index)
                return
            }
            index += delta
        }
    }

    // MARK: Opening and going back

    private func open() {
        switch state.screen {
        case .library:
            guard state.interviews.indices.contains(state.libraryCursor) else { return }
            let summary = state.interviews[state.libraryCursor]
            guard let interview = load(summary.id) else { return }
            state.interview = interview
            refreshBookmarks()
            state.screen = .interview
            state.highlightQuery = nil
            state.blockOffset = 0
            selectBlock(interview.blocks.firstIndex { if case .exchange = $0 { true } else { false } } ?? 0)
            state.focus = .list
        case .interview:
            state.focus = .detail
        case .search:
            guard state.hits.indices.contains(state.hitCursor) else { return }
            openHit(state.hits[state.hitCursor])
        case .bookmarks:
            guard state.bookmarks.indices.contains(state.bookmarkCursor) else { return }
            openBookmark(state.bookmarks[state.bookmarkCursor])
        }
    }

    private func openHit(_ hit: SearchHit) {
        guard let interview = load(hit.interviewID) else { return }
        let block: Interview.Block
        switch hit.location {
        case .question(let exchange), .answer(let exchange, _, _): block = .exchange(exchange)
        case .section(let section, _): block = .section(section)
        }
        showInInterview(interview, block: block, highlight: state.query)
        if case .answer(_, let answer, _) = hit.location { scrollToBlock(id: "answer-\(answer)") }
        if case .section(_, let paragraph) = hit.location { scrollToBlock(id: "paragraph-\(paragraph)") }
        // Land on the first match at or below the top of the view, so `n` continues from there.
        if let (layout, _) = detailLayout(), !layout.matches.isEmpty {
            let top = layout.line(of: state.detailScroll)
            let current = layout.matches.firstIndex { $0.line >= top } ?? 0
            state.matchCursor = current
            state.message = "Match \(current + 1) of \(layout.matches.count) · n / N step through them"
        }
    }

    private func openBookmark(_ bookmark: Bookmark) {
        guard let interview = load(bookmark.interviewID, quietly: true) else {
            state.message = "This bookmark's interview is no longer in the library; its excerpt is kept."
            return
        }
        guard let (exchange, answer) = bookmark.resolve(in: interview) else {
            state.message = "The bookmarked answer is no longer in “\(interview.title)”; the bookmark is kept."
            return
        }
        showInInterview(interview, block: .exchange(exchange), highlight: nil)
        scrollToBlock(id: "answer-\(answer)")
    }

    private func showInInterview(_ interview: Interview, block: Interview.Block, highlight: String?) {
        state.interview = interview
        refreshBookmarks()
        state.screen = .interview
        state.focus = .detail
        state.highlightQuery = highlight
        state.blockOffset = 0
        if let summaryIndex = state.interviews.firstIndex(where: { $0.id == interview.id }) {
            state.libraryCursor = summaryIndex
        }
        selectBlock(interview.blocks.firstIndex(of: block) ?? 0)
    }

    private func scrollToBlock(id: String) {
        guard let (layout, height) = detailLayout(), let cache = detailCache,
              let index = layout.blockIndex(id: id, in: cache.document) else { return }
        state.detailScroll = layout.scrolled(ScrollPosition(block: index), by: 0, height: height)
        // Keep the block's own first line on top even when clamping moved the view up.
        state.detailScroll = ScrollPosition(block: index)
    }

    private func back() {
        switch state.screen {
        case .library:
            state.focus = .list
        case .interview:
            if state.focus == .detail {
                state.focus = .list
            } else {
                state.screen = .library
                state.interview = nil
                state.highlightQuery = nil
            }
        case .search:
            if state.editingQuery {
                state.editingQuery = false
            } else {
                state.screen = state.screenBeforeSearch
            }
        case .bookmarks:
            state.screen = state.screenBeforeBookmarks
        }
    }

    private func switchPane() {
        guard state.screen == .library || state.screen == .interview else { return }
        state.focus = state.focus == .list ? .detail : .list
    }

    // MARK: Search

    private func startSearch() {
        if state.screen != .search { state.screenBeforeSearch = state.screen == .bookmarks ? .library : state.screen }
        state.screen = .search
        state.editingQuery = true
        state.queryCursor = state.query.count
    }

    private func editQuery(_ edit: (inout String, inout Int) -> Void) {
        var query = state.query
        var cursor = state.queryCursor
        edit(&query, &cursor)
        state.query = query
        state.queryCursor = cursor
        runSearch()
    }

    private func runSearch() {
        state.hitCursor = 0
        state.hitOffset = 0
        guard !state.query.trimmingCharacters(in: .whitespaces).isEmpty else {
            searchWorker?.cancel()
            state.hits = []
            state.searchProgress = .done
            return
        }
        if let limitation = SearchQuery(parsing: state.query).limitation { state.message = limitation }
        if let searchWorker {
            searchWorker.submit(state.query)
            state.searchProgress = .searching
            return
        }
        do {
            state.hits = try library.search(state.query, limit: Self.searchLimit, ranking: .exact)
            showLibraryNotices()
        } catch {
            state.hits = []
            state.message = "Search failed: \(error)"
        }
    }

    /// Says what happened to the index during a search (a damaged index rebuilt), once.
    private func showLibraryNotices() {
        if let notice = library.takeNotices().first { state.message = notice }
    }

    /// Whether a search or the library's refresh is still running (the loop then keeps
    /// checking for what they bring).
    public var isAwaitingBackgroundWork: Bool { state.searchProgress != .done || state.isRefreshing }

    /// Takes in what background work has finished: a search's hits, the refreshed library.
    /// Returns whether the state changed.
    @discardableResult
    public func receiveBackgroundWork() -> Bool {
        let refreshed = receiveRefresh()
        return receiveSearchResults() || refreshed
    }

    /// Waits a little for the refresh, so that a small library opens already up to date
    /// instead of flashing its old list; a large one opens at once and is refreshed meanwhile.
    public func awaitRefresh(upTo seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while state.isRefreshing, Date() < deadline {
            if receiveRefresh() { break }
            usleep(1_000)
        }
    }

    private func receiveRefresh() -> Bool {
        guard let outcome = refresher?.take() else { return false }
        state.isRefreshing = false
        refresher = nil
        switch outcome {
        case .success(let refresh):
            if refresh.changed { reloadInterviews() }
            if let first = refresh.notices.first {
                state.message = refresh.notices.count == 1 ? first : "\(first) (and \(refresh.notices.count - 1) more: run `parley check`)"
            }
        case .failure(let error):
            state.message = "Cannot bring the library up to date: \(error)"
        }
        return true
    }

    /// Lists the library again, keeping the cursor on the interview it was on.
    private func reloadInterviews() {
        let current = state.interviews.indices.contains(state.libraryCursor) ? state.interviews[state.libraryCursor].id : nil
        do {
            state.interviews = try library.interviews()
        } catch {
            state.message = "Cannot list the library: \(error)"
            return
        }
        let count = state.interviews.count
        state.libraryCursor = current.flatMap { id in state.interviews.firstIndex { $0.id == id } }
            ?? min(state.libraryCursor, max(0, count - 1))
    }

    /// Takes in the hits of a background search, if some are ready; returns whether the state
    /// changed. Refined hits replace the quick ones without moving the selection off the hit
    /// the reader is on.
    private func receiveSearchResults() -> Bool {
        guard let result = searchWorker?.takeResult() else { return false }
        if let failure = result.failure {
            state.hits = []
            state.message = "Search failed: \(failure)"
            state.searchProgress = .done
            return true
        }
        if state.searchProgress == .refining {
            (state.hitCursor, state.hitOffset) = Self.selection(
                keeping: state.hits, cursor: state.hitCursor, offset: state.hitOffset, in: result.hits)
        } else {
            state.hitCursor = 0
            state.hitOffset = 0
        }
        state.hits = result.hits
        state.searchProgress = result.isExact ? .done : .refining
        showLibraryNotices()
        return true
    }

    /// Where the selection goes when `new` hits replace `old` ones: onto the same hit, at the
    /// same line of the screen, so that a refined ranking does not pull the hit being read away.
    static func selection(keeping old: [SearchHit], cursor: Int, offset: Int, in new: [SearchHit]) -> (cursor: Int, offset: Int) {
        guard old.indices.contains(cursor) else { return (0, 0) }
        let selected = old[cursor]
        let next = new.firstIndex { $0.interviewID == selected.interviewID && $0.location == selected.location }
            ?? min(cursor, max(0, new.count - 1))
        return (next, max(0, next - (cursor - offset)))
    }

    private func stepMatch(by delta: Int) {
        guard state.screen == .interview, let (layout, height) = detailLayout() else { return }
        guard !layout.matches.isEmpty else {
            state.message = state.highlightQuery == nil ? "No search to step through: / searches" : "No matches here"
            return
        }
        let count = layout.matches.count
        let next = state.matchCursor.map { (($0 + delta) % count + count) % count } ?? (delta > 0 ? 0 : count - 1)
        state.matchCursor = next
        state.focus = .detail
        // Show the match with a little context above it.
        let target = layout.position(ofLine: max(0, layout.matches[next].line - 2))
        state.detailScroll = layout.scrolled(target, by: 0, height: height)
        state.message = "Match \(next + 1) of \(count)"
    }

    // MARK: Bookmarks

    private func showBookmarks() {
        if state.screen != .bookmarks { state.screenBeforeBookmarks = state.screen == .search ? .library : state.screen }
        try? bookmarkStore.reload()
        refreshBookmarks()
        state.screen = .bookmarks
        state.bookmarkCursor = 0
        state.bookmarkOffset = 0
    }

    private func toggleBookmark() {
        if state.screen == .bookmarks {
            guard state.bookmarks.indices.contains(state.bookmarkCursor) else { return }
            let bookmark = state.bookmarks[state.bookmarkCursor]
            save { try bookmarkStore.remove(bookmark.key) }
            state.message = state.message ?? "Removed the bookmark on \(bookmark.speaker)’s answer"
            refreshBookmarks()
            state.bookmarkCursor = min(state.bookmarkCursor, max(0, state.bookmarks.count - 1))
            return
        }
        guard state.screen == .interview, let interview = state.interview, let exchange = state.selectedExchange else {
            state.message = "Open a question to bookmark one of its answers"
            return
        }
        guard !interview.exchanges[exchange].answers.isEmpty else {
            state.message = "This question has no answer to bookmark"
            return
        }
        let position = AnswerPosition(exchange: exchange, answer: currentAnswer(in: interview.exchanges[exchange]))
        let speaker = interview.name(of: interview.exchanges[exchange].answers[position.answer].speaker)
        // By position, not by key: a bookmark made before the question was edited keeps its old
        // fingerprint, and toggling it must remove it rather than add a second one.
        var added = false
        save { added = try bookmarkStore.toggle(position, in: interview, now: Date()) }
        state.message = state.message ?? (added ? "Bookmarked \(speaker)’s answer" : "Removed the bookmark on \(speaker)’s answer")
        refreshBookmarks()
    }

    /// The answer at the top of the detail view: the one a person is reading.
    private func currentAnswer(in exchange: Exchange) -> Int {
        guard let (layout, _) = detailLayout(), let cache = detailCache else { return 0 }
        let top = layout.position(ofLine: layout.line(of: state.detailScroll))
        let blocks = cache.document.blocks
        guard blocks.indices.contains(top.block) else { return 0 }
        let answer = DetailContent.answerIndex(ofBlockID: blocks[top.block].id) ?? 0
        return min(answer, exchange.answers.count - 1)
    }

    private func save(_ change: () throws -> Void) {
        do {
            try change()
        } catch {
            state.message = "Bookmark kept in memory, not saved: \(error)"
        }
        if let notice = bookmarkStore.takeNotices().first { state.message = notice }
    }

    private func refreshBookmarks() {
        state.bookmarks = bookmarkStore.bookmarks
        state.bookmarkedExchanges = state.interview.map { Set(bookmarkStore.positions(in: $0).keys.map(\.exchange)) } ?? []
    }

    // MARK: Mouse

    private func scroll(lines: Int, column: Int, row: Int) {
        let layout = ReaderLayout(state)
        if let detail = layout.detail, detail.contains(x: column, y: row) {
            state.focus = .detail
            scrollDetail(by: lines)
        } else if let list = layout.list, list.contains(x: column, y: row) {
            let focus = state.focus
            state.focus = .list
            move(by: lines > 0 ? 1 : -1)
            if state.screen == .library || state.screen == .interview { state.focus = focus == .detail && state.isWide ? .list : focus }
        }
    }

    private func click(column: Int, row: Int) {
        let layout = ReaderLayout(state)
        if let detail = layout.detail, detail.contains(x: column, y: row) {
            state.focus = .detail
            return
        }
        guard let list = layout.list, list.contains(x: column, y: row) else { return }
        let view = ReaderView(state: state, keymap: keymap)
        switch state.screen {
        case .library, .interview, .bookmarks:
            guard let index = view.listView().row(atY: row, in: list) else { return }
            state.focus = .list
            switch state.screen {
            case .library: state.libraryCursor = index
            case .interview: if index != state.blockCursor { selectBlock(index) }
            default: state.bookmarkCursor = index
            }
        case .search:
            if let index = view.searchPane().result(atY: row, in: list) {
                state.hitCursor = index
                state.editingQuery = false
            }
        }
    }

    // MARK: Data

    private func load(_ id: String, quietly: Bool = false) -> Interview? {
        do {
            if let interview = try library.interview(id: id) { return interview }
            if !quietly { state.message = "“\(id)” is no longer in the library" }
        } catch {
            state.message = "Cannot open “\(id)”: \(error)"
        }
        return nil
    }

    // MARK: Detail layout

    private struct DetailKey: Equatable {
        var interviewID: String?
        var block: Int
        var libraryCursor: Int
        var highlight: String?
        var width: Int
        var bookmarkCount: Int
    }

    /// The detail document laid out for the detail pane's current width, and the pane's height.
    func detailLayout() -> (DocumentLayout, Int)? {
        let view = ReaderView(state: state, keymap: keymap)
        guard let area = ReaderLayout(state).detail ?? fallbackDetailArea(), let document = view.detailDocument() else { return nil }
        let textView = TextView(document: document, readingWidth: state.readingWidth)
        let inner = textView.contentArea(area)
        let key = DetailKey(
            interviewID: state.screen == .interview ? state.interview?.id : nil, block: state.blockCursor,
            libraryCursor: state.libraryCursor, highlight: state.highlightQuery, width: inner.width,
            bookmarkCount: state.bookmarks.count
        )
        if let cache = detailCache, cache.key == key, cache.document == document { return (cache.layout, inner.height) }
        let layout = DocumentLayout(document: document, width: inner.width)
        detailCache = (key, document, layout)
        return (layout, inner.height)
    }

    /// In a narrow layout the detail pane is hidden while the list has focus; scrolling and
    /// bookmarking still work out where it would be.
    private func fallbackDetailArea() -> Rect? {
        var narrow = state
        narrow.focus = .detail
        return ReaderLayout(narrow).detail
    }

    /// The current frame.
    public func frame() -> Buffer {
        ReaderView(state: state, keymap: keymap, theme: theme).render()
    }

    /// Stores the list offsets the view settled on, so scrolling stays stable between frames.
    func rememberOffsets() {
        let view = ReaderView(state: state, keymap: keymap)
        let layout = ReaderLayout(state)
        guard let list = layout.list else { return }
        if state.screen == .search {
            let pane = view.searchPane()
            state.hitOffset = pane.adjustedOffset(visibleResults: pane.visibleResults(in: list))
            return
        }
        // The list's rows are built once per frame here, not once per use.
        let listView = view.listView()
        let offset = listView.adjustedOffset(visibleRows: listView.visibleRows(in: list))
        switch state.screen {
        case .library: state.libraryOffset = offset
        case .interview: state.blockOffset = offset
        case .bookmarks: state.bookmarkOffset = offset
        case .search: break
        }
    }
}

extension ReaderController {
    /// Shows a message in the status bar until the next key (start-up notices, for example).
    public func notify(_ message: String) {
        state.message = message
    }
}
