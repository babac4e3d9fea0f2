import InterviewKit
import TerminalUI

/// Renders a `ReaderState` into a cell buffer: a pure function of the state.
struct ReaderView {
    let state: ReaderState
    let keymap: Keymap
    var theme: Theme = .standard

    func render() -> Buffer {
        var buffer = Buffer(size: state.size)
        let layout = ReaderLayout(state)
        if layout.isTooSmall {
            TooSmall(minimum: ReaderLayout.minimum, theme: theme).render(into: &buffer, area: buffer.area)
            return buffer
        }
        if let list = layout.list {
            if state.screen == .search {
                searchPane().render(into: &buffer, area: list)
            } else {
                listView().render(into: &buffer, area: list)
            }
        }
        if let detail = layout.detail {
            let document = detailDocument() ?? TextDocument(blocks: [])
            TextView(
                document: document, scroll: state.detailScroll, currentMatch: state.matchCursor,
                focused: state.focus == .detail, title: detailTitle, theme: theme, readingWidth: state.readingWidth
            ).render(into: &buffer, area: detail)
        }
        statusBar().render(into: &buffer, area: layout.status)
        if state.showHelp {
            HelpOverlay(title: "Keys — any key closes", entries: keymap.helpEntries, offset: state.helpOffset, theme: theme)
                .render(into: &buffer, area: Rect(size: state.size))
        }
        return buffer
    }

    // MARK: Lists

    func listView() -> ListView {
        let focused = state.focus == .list
        switch state.screen {
        case .library, .search:
            // Only the rows on screen are built: a library can hold thousands of interviews.
            let marked = Set(state.bookmarks.map(\.interviewID))
            return ListView.window(
                count: state.interviews.count, selected: state.libraryCursor, offset: state.libraryOffset,
                area: ReaderLayout(state).list, focused: focused, title: "Interviews",
                emptyMessage: state.isRefreshing ? "Indexing the library…" : "No interviews in this library", theme: theme,
                showsMarks: !marked.isEmpty
            ) { index in
                let summary = state.interviews[index]
                let people = summary.interviewees.joined(separator: ", ")
                return ListRow(
                    summary.title + (people.isEmpty || summary.title.contains(people) ? "" : " — " + people),
                    detail: [summary.date.map { String($0.prefix(4)) }, "\(summary.exchangeCount)"].compactMap { $0 }.joined(separator: " "),
                    mark: marked.contains(summary.id) ? "★" : nil
                )
            }
        case .interview:
            guard let interview = state.interview else { return ListView(rows: [], theme: theme) }
            var number = 0
            let rows = interview.blocks.map { block -> ListRow in
                switch block {
                case .section(let index):
                    return ListRow("[" + interview.sections[index].title + "]")
                case .exchange(let index):
                    number += 1
                    let question = interview.exchanges[index].question.text
                    return ListRow("\(number). " + InterviewMarkdown.plainFirstLine(question), mark: state.bookmarkedExchanges.contains(index) ? "★" : nil)
                }
            }
            return ListView(rows: rows, selected: state.blockCursor, offset: state.blockOffset, focused: focused,
                            title: interview.title, theme: theme)
        case .bookmarks:
            let rows = state.bookmarks.map { bookmark in
                let orphaned = !state.interviews.contains { $0.id == bookmark.interviewID }
                return ListRow(
                    // The excerpt is the answer's Markdown cut at a length: rendered like a snippet.
                    "\(bookmark.speaker): \(InlineMarkdown.renderSnippet(bookmark.excerpt).text)",
                    detail: orphaned ? "orphaned · \(bookmark.interviewID)" : title(of: bookmark.interviewID),
                    mark: "★"
                )
            }
            return ListView(rows: rows, selected: state.bookmarkCursor, offset: state.bookmarkOffset, focused: true,
                            title: "Bookmarks — Enter opens, b removes",
                            emptyMessage: "No bookmarks yet: press b on an answer", theme: theme)
        }
    }

    func searchPane() -> SearchPane {
        let rows = state.hits.map { hit in
            SearchResultRow(title: hit.interviewTitle, question: hit.question, speaker: hit.speaker,
                            snippet: hit.snippet, highlights: hit.matches)
        }
        let hasQuery = !state.query.trimmingCharacters(in: .whitespaces).isEmpty
        return SearchPane(
            query: state.query, cursor: state.queryCursor, resultCount: hasQuery ? state.hits.count : nil,
            results: rows, searching: state.searchProgress == .searching, selected: state.hits.isEmpty ? nil : state.hitCursor, offset: state.hitOffset,
            editing: state.editingQuery, focused: true, theme: theme
        )
    }

    // MARK: Detail

    func detailDocument() -> TextDocument? {
        switch state.screen {
        case .library:
            guard state.interviews.indices.contains(state.libraryCursor) else { return nil }
            let summary = state.interviews[state.libraryCursor]
            return DetailContent.overview(of: summary, bookmarks: state.bookmarks.filter { $0.interviewID == summary.id }.count)
        case .interview:
            guard let interview = state.interview, state.blocks.indices.contains(state.blockCursor) else { return nil }
            let highlighter = state.highlightQuery.map(MatchHighlighter.init(query:))
            return DetailContent.document(for: interview, block: state.blocks[state.blockCursor], highlight: highlighter)
        case .search, .bookmarks:
            return nil
        }
    }

    private var detailTitle: String? {
        guard state.screen == .interview, let interview = state.interview else { return nil }
        if let exchange = state.selectedExchange {
            // The question's time in the recording, when known, as players show a position.
            let time = interview.exchanges[exchange].question.time.map { " · \($0)" } ?? ""
            return "Question \(exchange + 1) of \(interview.exchanges.count)" + time
        }
        return interview.title
    }

    // MARK: Status bar

    func statusBar() -> StatusBar {
        var middle: String
        switch state.screen {
        case .library:
            middle = "\(state.interviews.count) interviews"
        case .interview:
            let title = state.interview?.title ?? ""
            if let exchange = state.selectedExchange, let count = state.interview?.exchanges.count {
                middle = "\(title) · question \(exchange + 1) of \(count)"
            } else {
                middle = title
            }
        case .search:
            let count = "\(state.hits.count)\(state.hits.count == ReaderController.searchLimit ? "+" : "") results"
            if state.query.isEmpty {
                middle = "type to search"
            } else {
                middle = switch state.searchProgress {
                case .searching: "searching…"
                case .refining: count + ", ranking all matches…"
                case .done: count
                }
            }
        case .bookmarks:
            middle = "\(state.bookmarks.count) bookmarks"
        }
        if state.isRefreshing { middle += " · checking for changed files…" }
        if let message = state.message { middle = message }
        // Where you are (or what just happened) matters more than the key hints: the hints
        // shrink, then go, before the position is cut.
        let left = state.libraryName + " · " + middle
        let room = state.size.width - DisplayWidth.of(left) - 2
        let hints = state.inputMode == .searchLine
            ? [keyHints([(.open, "open"), (.leaveSearchLine, "leave line")], in: .searchLine),
               keyHints([(.leaveSearchLine, "leave line")], in: .searchLine)]
            : [keyHints([(.search, "search"), (.toggleBookmark, "bookmark"), (.showBookmarks, "bookmarks"), (.toggleHelp, "help"), (.quit, "quit")]),
               keyHints([(.search, "search"), (.toggleHelp, "help"), (.quit, "quit")]),
               keyHints([(.toggleHelp, "help")])]
        return StatusBar(left: left, right: hints.first { DisplayWidth.of($0) <= room } ?? "", theme: theme)
    }

    /// Key hints as the keymap has them now (`/ search  ? help`), leaving out actions that
    /// have no key, so the status bar never names a key that does something else.
    private func keyHints(_ actions: [(Action, String)], in mode: Keymap.Mode = .normal) -> String {
        actions.compactMap { action, label in
            let key = keymap.keys(for: action, in: mode)
            return key.isEmpty ? nil : key + " " + label
        }.joined(separator: "  ")
    }

    // MARK: Helpers

    private func title(of interviewID: String) -> String {
        state.interviews.first { $0.id == interviewID }?.title ?? interviewID
    }
}
