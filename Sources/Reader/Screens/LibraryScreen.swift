import InterviewKit
import TerminalUI

/// The library list's state: the interviews, the selection, and the selected interview's card.
public struct LibraryState: Sendable {
    public var interviews: [InterviewSummary]
    public var list = ListState()
    public var focus: ReaderState.Pane = .list
    /// How far the card (the detail pane) is scrolled.
    public var cardScroll: ScrollPosition = .top
    /// True while the library is being brought up to date with its files (the list shown is
    /// what the index held at start).
    public var isRefreshing = false

    public var selected: InterviewSummary? {
        interviews.indices.contains(list.cursor) ? interviews[list.cursor] : nil
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
        case .open:
            guard let summary = state.library.selected else { return [] }
            return [.loadInterview(id: summary.id, opening: .start)]
        case .back: state.library.focus = .list
        case .switchPane: state.library.focus = state.library.focus == .list ? .detail : .list
        case .toggleBookmark: state.message = "Open a question to bookmark one of its answers"
        default: break
        }
        return []
    }

    static func move(_ state: inout ReaderState, by delta: Int) {
        if state.library.focus == .detail {
            guard let (layout, height) = cardLayout(state) else { return }
            state.library.cardScroll = layout.scrolled(state.library.cardScroll, by: delta, height: height)
            return
        }
        let before = state.library.list.cursor
        state.library.list.move(by: delta, count: state.library.interviews.count, visible: visibleRows(state))
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
            state.library.interviews = interviews
            let index = current.flatMap { id in interviews.firstIndex { $0.id == id } } ?? state.library.list.cursor
            state.library.list.select(index, count: interviews.count, visible: visibleRows(state))
        case .failure(let error):
            state.message = "Cannot list the library: \(error)"
        }
    }

    // MARK: Render

    static func listView(_ state: ReaderState, area: Rect?, theme: Theme) -> ListView {
        // Only the rows on screen are built: a library can hold thousands of interviews.
        let marked = Set(state.bookmarks.map(\.interviewID))
        let library = state.library
        return ListView.window(
            count: library.interviews.count, selected: library.list.cursor, offset: library.list.offset,
            area: area, focused: state.focus == .list || state.screen != .library, title: "Interviews",
            emptyMessage: library.isRefreshing ? "Indexing the library…" : "No interviews in this library", theme: theme,
            showsMarks: !marked.isEmpty
        ) { index in
            let summary = library.interviews[index]
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

    static func status(_ state: ReaderState) -> String {
        "\(state.library.interviews.count) interviews"
    }

    static func hints(_ state: ReaderState) -> [String] {
        let keymap = state.keymap
        return [
            keymap.hints([.search, .toggleBookmark, .showBookmarks, .toggleHelp, .up], labels: [.up: "quit"]),
            keymap.hints([.search, .toggleHelp, .up], labels: [.up: "quit"]),
            keymap.hints([.toggleHelp]),
        ]
    }
}
