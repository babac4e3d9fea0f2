import InterviewKit
import TerminalUI

/// The interview screen: its questions on one side, the selected one's answers on the other.
enum InterviewScreen {
    static func update(_ state: inout ReaderState, _ action: Action) -> [ReaderEffect] {
        guard state.reading != nil else { return [] }
        if let delta = action.motion(page: ReaderUpdate.pageSize(state)) {
            move(&state, by: delta)
            return []
        }
        switch action {
        case .open: state.reading?.focus = .detail
        case .back:
            if state.reading?.focus == .detail { state.reading?.focus = .list } else { state.pop() }
        case .switchPane:
            let focus = state.focus
            state.reading?.focus = focus == .list ? .detail : .list
        case .copyAnswer: return AnswerActions.copy(&state)
        case .openMedia: return AnswerActions.open(&state)
        case .readOn: readOn(&state)
        case .nextBySameSpeaker: nextBySameSpeaker(&state)
        case .nextAnswer: stepAnswer(&state, by: 1)
        case .previousAnswer: stepAnswer(&state, by: -1)
        case .nextQuestion: jumpQuestion(&state, by: 1)
        case .previousQuestion: jumpQuestion(&state, by: -1)
        case .nextMatch: return stepHit(&state, by: 1)
        case .previousMatch: return stepHit(&state, by: -1)
        case .toggleBookmark: return toggleBookmark(&state)
        default: break
        }
        return []
    }

    static func move(_ state: inout ReaderState, by delta: Int) {
        guard let reading = state.reading else { return }
        if reading.focus == .detail {
            scrollDetail(&state, by: delta)
            return
        }
        var list = reading.list
        list.move(by: delta, count: reading.blocks.count, visible: visibleRows(state))
        if list.cursor != reading.list.cursor { selectBlock(&state, list.cursor) }
    }

    static func visibleRows(_ state: ReaderState) -> Int {
        ReaderLayout(state, screen: .interview, focus: .list).list.map { Frame.inner($0).height } ?? state.size.height
    }

    static func selectBlock(_ state: inout ReaderState, _ index: Int) {
        guard let count = state.reading?.blocks.count else { return }
        let visible = visibleRows(state)
        state.reading?.list.select(index, count: count, visible: visible)
        state.reading?.detailScroll = .top
        state.reading?.matchCursor = nil
        state.reading?.answerCursor = 0
        refreshDetail(&state)
    }

    static func scrollDetail(_ state: inout ReaderState, by delta: Int) {
        guard let pane = detail(&state) else { return }
        let scroll = state.reading?.detailScroll ?? .top
        state.reading?.detailScroll = pane.layout.scrolled(scroll, by: delta, height: pane.height)
        // Scrolled off screen, the cursor comes to the answer being read.
        if let cursor = state.reading?.answerCursor, !isVisible(&state, block: "answer-\(cursor)"),
           let exchange = state.reading?.selectedExchange, let reading = state.reading {
            let answer = currentAnswer(&state, in: reading.interview.exchanges[exchange])
            state.reading?.answerCursor = answer
        }
    }

    static func jumpQuestion(_ state: inout ReaderState, by delta: Int) {
        guard let reading = state.reading else { return }
        var index = reading.list.cursor + delta
        while reading.blocks.indices.contains(index) {
            if case .exchange = reading.blocks[index] {
                selectBlock(&state, index)
                return
            }
            index += delta
        }
    }

    /// Goes to the next (or previous) hit of the search, in rank order, across answers and
    /// interviews; past the last it wraps to the first, and says so.
    static func stepHit(_ state: inout ReaderState, by delta: Int) -> [ReaderEffect] {
        guard let reading = state.reading, let query = reading.highlightQuery, !state.search.hits.isEmpty else {
            state.message = "No search to step through: / searches"
            return []
        }
        let hits = state.search.hits
        let current = reading.hit.flatMap { hit in hits.firstIndex { $0.interviewID == hit.interviewID && $0.location == hit.location } }
            ?? state.search.list.cursor
        var next = current + delta
        var wrap: Wrap?
        if next >= hits.count { (next, wrap) = (0, .toFirst) }
        if next < 0 { (next, wrap) = (hits.count - 1, .toLast) }
        state.search.list.select(next, count: hits.count, visible: SearchScreen.visibleResults(state))
        let hit = hits[next]
        guard hit.interviewID == reading.interview.id else {
            return [.loadInterview(id: hit.interviewID, opening: .hit(hit, query: query, wrapped: wrap))]
        }
        land(&state, on: hit, query: query, wrapped: wrap)
        return []
    }

    static func toggleBookmark(_ state: inout ReaderState) -> [ReaderEffect] {
        guard let reading = state.reading, let exchange = reading.selectedExchange else {
            state.message = "Open a question to bookmark one of its answers"
            return []
        }
        guard !reading.interview.exchanges[exchange].answers.isEmpty else {
            state.message = "This question has no answer to bookmark"
            return []
        }
        let answers = reading.interview.exchanges[exchange].answers.count
        let position = AnswerPosition(exchange: exchange, answer: min(reading.answerCursor, answers - 1))
        return [.toggleBookmark(position, in: reading.interview)]
    }

    /// The answer at the top of the detail view: the one a person is reading.
    static func currentAnswer(_ state: inout ReaderState, in exchange: Exchange) -> Int {
        guard let pane = detail(&state), let scroll = state.reading?.detailScroll else { return 0 }
        let top = pane.layout.position(ofLine: pane.layout.line(of: scroll))
        let blocks = pane.document.blocks
        guard blocks.indices.contains(top.block) else { return 0 }
        let answer = DetailContent.answerIndex(ofBlockID: blocks[top.block].id) ?? 0
        return min(answer, exchange.answers.count - 1)
    }
    // MARK: Render

    static func listView(_ state: ReaderState, theme: Theme) -> ListView {
        guard let reading = state.reading else { return ListView(rows: [], theme: theme) }
        let interview = reading.interview
        let marked = reading.bookmarkedExchanges
        var number = 0
        let rows = interview.blocks.map { block -> ListRow in
            switch block {
            case .section(let index):
                return ListRow("[" + interview.sections[index].title + "]")
            case .exchange(let index):
                number += 1
                let question = interview.exchanges[index].question.text
                return ListRow("\(number). " + InterviewMarkdown.plainFirstLine(question), mark: marked.contains(index) ? "★" : nil)
            }
        }
        return ListView(rows: rows, selected: reading.list.cursor, offset: reading.list.offset, focused: reading.focus == .list,
                        title: interview.title, theme: theme)
    }

    static func render(_ state: ReaderState, into buffer: inout Buffer, layout: ReaderLayout, theme: Theme) {
        guard let reading = state.reading else { return }
        if let list = layout.list { listView(state, theme: theme).render(into: &buffer, area: list) }
        guard let area = layout.detail else { return }
        let pane = pane(for: state, reusing: reading.detail)
        let view = TextView(document: pane?.document ?? TextDocument(blocks: []), scroll: reading.detailScroll,
                            currentMatch: reading.matchCursor, focused: reading.focus == .detail, title: title(reading), theme: theme)
        if let pane, pane.layout.width == view.contentArea(area).width {
            view.render(into: &buffer, area: area, layout: pane.layout)
        } else {
            view.render(into: &buffer, area: area)
        }
    }

    private static func title(_ reading: InterviewState) -> String {
        guard let exchange = reading.selectedExchange else { return reading.interview.title }
        // The question's time in the recording, when known, as players show a position.
        let time = reading.interview.exchanges[exchange].question.time.map { " · \($0)" } ?? ""
        return "Question \(exchange + 1) of \(reading.interview.exchanges.count)" + time
    }

    static func status(_ state: ReaderState) -> String {
        guard let reading = state.reading else { return "" }
        let title = reading.interview.title
        guard let exchange = reading.selectedExchange else { return title }
        return "\(title) · question \(exchange + 1) of \(reading.interview.exchanges.count)"
    }

    static func hints(_ state: ReaderState) -> [String] {
        let keymap = state.keymap
        return [
            keymap.hints([.search, .toggleBookmark, .showBookmarks, .toggleHelp, .quit]),
            keymap.hints([.search, .toggleHelp, .quit]),
            keymap.hints([.toggleHelp]),
        ]
    }
}
