import InterviewKit
import TerminalUI

/// Every bookmark, newest first: open one, or remove it. Its state is a `ListState`.
enum BookmarksScreen {
    static func update(_ state: inout ReaderState, _ action: Action) -> [ReaderEffect] {
        if let delta = action.motion(page: ReaderUpdate.pageSize(state)) {
            move(&state, by: delta)
            return []
        }
        if state.noteDraft != nil { return editNote(&state, action) }
        switch action {
        case .editNote:
            guard let bookmark = selected(state) else { return [] }
            state.noteDraft = bookmark.note ?? ""
        case .open:
            guard let bookmark = selected(state) else { return [] }
            return [.loadInterview(id: bookmark.interviewID, opening: .bookmark(bookmark))]
        case .back: state.pop()
        case .toggleBookmark:
            guard let bookmark = selected(state) else { return [] }
            return [.removeBookmark(bookmark, open: state.reading?.interview)]
        case .exportBookmarks:
            guard !state.bookmarks.isEmpty else {
                state.message = "No bookmarks to export"
                return []
            }
            return [.exportBookmarks]
        default: break
        }
        return []
    }

    /// A key while a note is typed: text goes into the draft, Enter saves it, Esc drops it.
    static func editNote(_ state: inout ReaderState, _ action: Action) -> [ReaderEffect] {
        switch action {
        case .insert(let character): state.noteDraft?.append(character)
        case .deleteBackward: if state.noteDraft?.isEmpty == false { state.noteDraft?.removeLast() }
        case .leaveSearchLine: state.noteDraft = nil
        case .open:
            let draft = state.noteDraft
            state.noteDraft = nil
            guard let bookmark = selected(state) else { return [] }
            return [.setNote(draft, for: bookmark.key, open: state.reading?.interview)]
        default: break
        }
        return []
    }

    /// Opens the list (reading the file again: another process may have changed it). From the
    /// search screen it takes its place, so that back goes to where the search was opened from.
    static func start(_ state: inout ReaderState) -> [ReaderEffect] {
        if state.screen == .search { state.pop() }
        state.push(.bookmarks)
        state.bookmarkList = ListState()
        return [.reloadBookmarks(for: state.reading?.interview)]
    }

    static func selected(_ state: ReaderState) -> Bookmark? {
        state.bookmarks.indices.contains(state.bookmarkList.cursor) ? state.bookmarks[state.bookmarkList.cursor] : nil
    }

    static func move(_ state: inout ReaderState, by delta: Int) {
        state.bookmarkList.move(by: delta, count: state.bookmarks.count, visible: visibleRows(state))
    }

    static func visibleRows(_ state: ReaderState) -> Int {
        ReaderLayout(state, screen: .bookmarks).list.map { Frame.inner($0).height } ?? 1
    }

    /// The bookmarks changed: keep the cursor in the list.
    static func receive(_ state: inout ReaderState, _ change: BookmarkChange) {
        state.bookmarks = change.bookmarks
        // The positions were found in the interview open when the change was asked for.
        state.reading?.bookmarked = change.positions
        state.bookmarkList.select(state.bookmarkList.cursor, count: state.bookmarks.count, visible: visibleRows(state))
        if let message = change.message { state.message = message }
    }

    // MARK: Render

    static func listView(_ state: ReaderState, theme: Theme) -> ListView {
        let titles = Dictionary(state.library.interviews.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let rows = state.bookmarks.map { bookmark in
            let title = titles[bookmark.interviewID]
            return ListRow(
                // The excerpt is the answer's Markdown cut at a length: rendered like a snippet.
                // The user's note first: it is what they wrote to find the answer again.
                (bookmark.note.map { "✎ \($0) · " } ?? "") + "\(bookmark.speaker): \(InlineMarkdown.renderSnippet(bookmark.excerpt).text)",
                detail: title ?? "orphaned · \(bookmark.interviewID)",
                mark: "★"
            )
        }
        let keymap = state.keymap
        return ListView(rows: rows, selected: state.bookmarkList.cursor, offset: state.bookmarkList.offset, focused: true,
                        title: "Bookmarks — " + keymap.hints([.open, .toggleBookmark, .editNote, .exportBookmarks], labels: [.open: "opens", .toggleBookmark: "removes"]),
                        emptyMessage: "No bookmarks yet: press \(keymap.hints([.toggleBookmark], labels: [.toggleBookmark: "on an answer"]))",
                        theme: theme)
    }

    static func render(_ state: ReaderState, into buffer: inout Buffer, layout: ReaderLayout, theme: Theme) {
        if let list = layout.list { listView(state, theme: theme).render(into: &buffer, area: list) }
    }

    static func status(_ state: ReaderState) -> String {
        if let draft = state.noteDraft { return "Note: " + Sanitizer.line(draft) + "▏" }
        return Counted.of(state.bookmarks.count, "bookmark")
    }

    static func hints(_ state: ReaderState) -> [String] {
        if state.noteDraft != nil {
            return [state.keymap.hints([.open, .leaveSearchLine], labels: [.open: "saves", .leaveSearchLine: "cancels"], mode: .searchLine)]
        }
        return [state.keymap.hints([.search, .toggleHelp, .quit]), state.keymap.hints([.toggleHelp])]
    }
}
