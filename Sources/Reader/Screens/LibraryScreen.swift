import InterviewKit
import TerminalUI

/// The library list's state: the interviews, which of them the filter shows in which order,
/// the selection, and the selected interview's card.
public struct LibraryState: Sendable {
    public private(set) var interviews: [InterviewSummary]
    /// Indices into `interviews` of the rows shown, in order; the list's cursor indexes this.
    public private(set) var shown: [Int]
    /// Each interview's filtered-on text, folded; made when a filter is first typed, not at
    /// start: folding every listing of a 10,000-interview library is most of a start's time.
    private var haystacks: [[Character]]?
    public private(set) var filter = ""
    /// Whether keys are typed into the filter.
    public var filtering = false
    public private(set) var sort = LibrarySort.library
    public var list = ListState()
    public var focus: ReaderState.Pane = .list
    /// How far the card (the detail pane) is scrolled.
    public var cardScroll: ScrollPosition = .top
    /// True while the library is being brought up to date with its files (the list shown is
    /// what the index held at start).
    public var isRefreshing = false

    public init(interviews: [InterviewSummary]) {
        self.interviews = interviews
        shown = Array(interviews.indices)
    }

    public var selected: InterviewSummary? {
        shown.indices.contains(list.cursor) ? interviews[shown[list.cursor]] : nil
    }

    /// The interview on row `row`.
    func summary(atRow row: Int) -> InterviewSummary { interviews[shown[row]] }

    /// The row showing the interview with this id, if shown.
    func row(of id: String) -> Int? { shown.firstIndex { interviews[$0].id == id } }

    /// A new listing of the library.
    mutating func replace(_ interviews: [InterviewSummary], memory: ReaderMemory) {
        self.interviews = interviews
        haystacks = nil
        reorder(memory: memory)
    }

    mutating func set(filter: String, memory: ReaderMemory) {
        self.filter = filter
        reorder(memory: memory)
    }

    mutating func set(sort: LibrarySort, memory: ReaderMemory) {
        self.sort = sort
        reorder(memory: memory)
    }

    private mutating func reorder(memory: ReaderMemory) {
        let filtered = filter.contains { !$0.isWhitespace }
        if filtered && haystacks == nil { haystacks = LibraryFilter.haystacks(interviews) }
        shown = LibraryFilter.shown(interviews, haystacks: haystacks ?? [], filter: filter, sort: sort, memory: memory)
    }
}

/// The first screen: every interview in the library, and the selected one's card beside it.
enum LibraryScreen {
    static func update(_ state: inout ReaderState, _ action: Action) -> [ReaderEffect] {
        if let delta = action.motion(page: ReaderUpdate.pageSize(state)) {
            move(&state, by: delta)
            return []
        }
        switch action {
        case .insert(let character): refilter(&state, state.library.filter + String(character))
        case .deleteBackward: refilter(&state, String(state.library.filter.dropLast()))
        case .leaveSearchLine: state.library.filtering = false
        case .filter:
            state.library.filtering = true
            state.library.focus = .list
        case .sort:
            keepingSelection(&state) { $0.library.set(sort: $0.library.sort.next, memory: $0.memory) }
            state.message = "Sorted \(state.library.sort.rawValue)"
        case .open:
            state.library.filtering = false
            guard let summary = state.library.selected else { return [] }
            return [.loadInterview(id: summary.id, opening: .start)]
        case .back where !state.library.filter.isEmpty:
            refilter(&state, "")
        case .back: state.library.focus = .list
        case .switchPane: state.library.focus = state.library.focus == .list ? .detail : .list
        case .toggleBookmark: state.message = "Open a question to bookmark one of its answers"
        default: break
        }
        return []
    }

    /// A new filter: as in fzf, the cursor goes to the best match, on top; a cleared filter
    /// leaves it on the interview it was on.
    static func refilter(_ state: inout ReaderState, _ filter: String) {
        keepingSelection(&state) { $0.library.set(filter: filter, memory: $0.memory) }
        if !filter.isEmpty { state.library.list.select(0, count: state.library.shown.count, visible: visibleRows(state)) }
    }

    /// Makes a change to what the list shows, keeping the cursor on the interview it was on
    /// when that is still shown, else on the first row.
    static func keepingSelection(_ state: inout ReaderState, _ change: (inout ReaderState) -> Void) {
        let current = state.library.selected?.id
        change(&state)
        let row = current.flatMap { state.library.row(of: $0) } ?? 0
        state.library.list.select(row, count: state.library.shown.count, visible: visibleRows(state))
        state.library.cardScroll = .top
    }

    static func move(_ state: inout ReaderState, by delta: Int) {
        if state.library.focus == .detail {
            guard let (layout, height) = cardLayout(state) else { return }
            state.library.cardScroll = layout.scrolled(state.library.cardScroll, by: delta, height: height)
            return
        }
        let before = state.library.list.cursor
        state.library.list.move(by: delta, count: state.library.shown.count, visible: visibleRows(state))
        if state.library.list.cursor != before { state.library.cardScroll = .top }
    }

    static func visibleRows(_ state: ReaderState) -> Int {
        ReaderLayout(state, screen: .library).list.map { Frame.inner($0).height } ?? state.size.height
    }

    /// The card laid out for the detail pane, and the pane's height.
    static func cardLayout(_ state: ReaderState) -> (DocumentLayout, Int)? {
        guard let document = card(state), let area = ReaderLayout(state, screen: .library, focus: .detail).detail else { return nil }
        let inner = Frame.inner(area)
        return (DocumentLayout(document: document, width: inner.width), inner.height)
    }

    // MARK: Messages

    /// The refresh ended; when the library changed it is still "refreshing" until listed again.
    static func receiveRefresh(_ state: inout ReaderState, _ outcome: Result<LibraryRefresh, ReaderFailure>) -> [ReaderEffect] {
        state.library.isRefreshing = false
        switch outcome {
        case .success(let refresh):
            if let first = refresh.notices.first {
                state.message = refresh.notices.count == 1 ? first : "\(first) (and \(refresh.notices.count - 1) more: run `parley check`)"
            }
            state.library.isRefreshing = refresh.changed
            return refresh.changed ? [.listLibrary] : []
        case .failure(let error):
            state.message = "Cannot bring the library up to date: \(error)"
            return []
        }
    }

    /// The library listed again: the cursor stays on the interview it was on.
    static func receiveList(_ state: inout ReaderState, _ outcome: Result<[InterviewSummary], ReaderFailure>) {
        state.library.isRefreshing = false
        switch outcome {
        case .success(let interviews):
            let current = state.library.selected?.id
            state.library.replace(interviews, memory: state.memory)
            let row = current.flatMap { state.library.row(of: $0) } ?? state.library.list.cursor
            state.library.list.select(row, count: state.library.shown.count, visible: visibleRows(state))
        case .failure(let error):
            state.message = "Cannot list the library: \(error)"
        }
    }

    // MARK: Render

    static func listView(_ state: ReaderState, area: Rect?, theme: Theme) -> ListView {
        // Only the rows on screen are built: a library can hold thousands of interviews.
        let marked = Set(state.bookmarks.map(\.interviewID))
        let library = state.library
        let empty = library.isRefreshing ? "Indexing the library…"
            : library.interviews.isEmpty ? "No interviews in this library" : "No interview matches “\(library.filter)”"
        return ListView.window(
            count: library.shown.count, selected: library.list.cursor, offset: library.list.offset,
            area: area, focused: state.focus == .list || state.screen != .library, title: title(library),
            emptyMessage: empty, theme: theme, showsMarks: !marked.isEmpty
        ) { index in
            let summary = library.summary(atRow: index)
            let people = summary.interviewees.joined(separator: ", ")
            return ListRow(
                summary.title + (people.isEmpty || summary.title.contains(people) ? "" : " — " + people),
                detail: [summary.date.map { String($0.prefix(4)) }, "\(summary.exchangeCount)"].compactMap { $0 }.joined(separator: " "),
                mark: marked.contains(summary.id) ? "★" : nil
            )
        }
    }

    /// The selected interview's card.
    static func card(_ state: ReaderState) -> TextDocument? {
        guard let summary = state.library.selected else { return nil }
        return DetailContent.overview(of: summary, bookmarks: state.bookmarks.filter { $0.interviewID == summary.id }.count)
    }

    static func render(_ state: ReaderState, into buffer: inout Buffer, layout: ReaderLayout, theme: Theme) {
        if let list = layout.list { listView(state, area: list, theme: theme).render(into: &buffer, area: list) }
        if let detail = layout.detail {
            TextView(document: card(state) ?? TextDocument(blocks: []), scroll: state.library.cardScroll,
                     focused: state.library.focus == .detail, theme: theme).render(into: &buffer, area: detail)
        }
    }

    /// The list's title: what filters and orders it.
    static func title(_ library: LibraryState) -> String {
        var title = "Interviews"
        if !library.filter.isEmpty || library.filtering { title += " · filter “\(library.filter)”" + (library.filtering ? "▏" : "") }
        if library.sort != .library { title += " · " + library.sort.rawValue }
        return title
    }

    static func status(_ state: ReaderState) -> String {
        let library = state.library
        guard library.shown.count != library.interviews.count else { return "\(library.interviews.count) interviews" }
        return "\(library.shown.count) of \(library.interviews.count) interviews"
    }

    static func hints(_ state: ReaderState) -> [String] {
        let keymap = state.keymap
        if state.library.filtering {
            return [keymap.hints([.open, .leaveSearchLine], labels: [.open: "open", .leaveSearchLine: "leave the filter"], mode: .searchLine)]
        }
        return [
            keymap.hints([.search, .toggleBookmark, .showBookmarks, .toggleHelp, .quit], labels: [.quit: "quit"]),
            keymap.hints([.search, .toggleHelp, .quit], labels: [.quit: "quit"]),
            keymap.hints([.toggleHelp]),
        ]
    }
}
