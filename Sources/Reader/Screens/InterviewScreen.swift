import InterviewKit
import TerminalUI

/// An open interview's state: its blocks (sections and exchanges) are the list, one block the
/// detail, laid out once per block and width and kept here so a keystroke does not re-wrap it.
public struct InterviewState: Sendable {
    public var interview: Interview
    public var list = ListState()
    public var focus: ReaderState.Pane = .list
    public var detailScroll: ScrollPosition = .top
    /// Highlight this query's matches in the detail pane (after opening a search hit).
    public var highlightQuery: String?
    public var matchCursor: Int?
    /// The search hit being read, when the interview was opened from one (`n`/`N` go on from it).
    public var hit: SearchHit?
    /// The answer of the selected exchange that `b` acts on (marked `▸` in the detail).
    public var answerCursor = 0
    /// The answers of this interview that are bookmarked.
    public var bookmarked: Set<AnswerPosition> = []
    /// The detail pane's document and layout for `detailKey`.
    var detail: DetailPane?

    public init(interview: Interview) {
        self.interview = interview
    }

    public var blocks: [Interview.Block] { interview.blocks }

    /// The exchange under the cursor, if the cursor is on one.
    public var selectedExchange: Int? {
        guard blocks.indices.contains(list.cursor), case .exchange(let index) = blocks[list.cursor] else { return nil }
        return index
    }

    /// The exchanges that hold a bookmarked answer (marked in the list).
    public var bookmarkedExchanges: Set<Int> { Set(bookmarked.map(\.exchange)) }
}

/// The detail document laid out for one width: what scrolling and drawing both use.
struct DetailPane: Sendable {
    struct Key: Hashable, Sendable {
        var block: Int
        var highlight: String?
        var width: Int
        var marks: DetailContent.AnswerMarks
    }

    var key: Key
    var document: TextDocument
    var layout: DocumentLayout
    /// The text's height on screen.
    var height: Int
}

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

    /// Moves the answer cursor to the next (previous) answer, on into the next (previous)
    /// question past the last (first) one, and scrolls it into view.
    static func stepAnswer(_ state: inout ReaderState, by delta: Int) {
        guard let reading = state.reading else { return }
        let count = reading.selectedExchange.map { reading.interview.exchanges[$0].answers.count } ?? 0
        let next = min(reading.answerCursor, max(0, count - 1)) + delta
        if count > 0, (0..<count).contains(next) {
            state.reading?.answerCursor = next
        } else {
            let before = reading.list.cursor
            jumpQuestion(&state, by: delta)
            guard state.reading?.list.cursor != before, let exchange = state.reading?.selectedExchange,
                  let answers = state.reading?.interview.exchanges[exchange].answers.count else { return }
            state.reading?.answerCursor = delta > 0 ? 0 : max(0, answers - 1)
        }
        state.reading?.focus = .detail
        if let cursor = state.reading?.answerCursor, !isVisible(&state, block: "answer-\(cursor)") {
            scroll(&state, toBlock: "answer-\(cursor)")
        }
    }

    /// A page on; at the end of a question, the top of the next one: continuous reading.
    static func readOn(_ state: inout ReaderState) {
        guard let pane = detail(&state), let scroll = state.reading?.detailScroll else { return }
        let top = min(pane.layout.line(of: scroll), pane.layout.maxTopLine(height: pane.height))
        if top >= pane.layout.maxTopLine(height: pane.height) {
            let before = state.reading?.list.cursor
            jumpQuestion(&state, by: 1)
            if state.reading?.list.cursor == before { state.message = "The end of the interview" }
        } else {
            scrollDetail(&state, by: max(1, pane.height - 2))
        }
        state.reading?.focus = .detail
    }

    /// The next answer, in this question or a later one, by whoever gave the answer under the
    /// cursor; said when there is none.
    static func nextBySameSpeaker(_ state: inout ReaderState) {
        guard let reading = state.reading, let exchange = reading.selectedExchange else { return }
        let exchanges = reading.interview.exchanges
        guard !exchanges[exchange].answers.isEmpty else { return }
        let current = min(reading.answerCursor, exchanges[exchange].answers.count - 1)
        let speaker = exchanges[exchange].answers[current].speaker
        var position = (exchange: exchange, answer: current + 1)
        while position.exchange < exchanges.count {
            let answers = exchanges[position.exchange].answers
            if let found = answers.indices.dropFirst(position.answer).first(where: { answers[$0].speaker == speaker }) {
                if position.exchange != exchange, let block = reading.blocks.firstIndex(of: .exchange(position.exchange)) {
                    selectBlock(&state, block)
                }
                state.reading?.answerCursor = found
                state.reading?.focus = .detail
                scroll(&state, toBlock: "answer-\(found)")
                return
            }
            position = (position.exchange + 1, 0)
        }
        state.message = "\(reading.interview.name(of: speaker)) says nothing more after this"
    }

    /// Whether any line of the block with this id is in view.
    static func isVisible(_ state: inout ReaderState, block id: String) -> Bool {
        guard let pane = detail(&state), let index = pane.layout.blockIndex(id: id, in: pane.document),
              let scroll = state.reading?.detailScroll else { return false }
        let top = min(pane.layout.line(of: scroll), pane.layout.maxTopLine(height: pane.height))
        let first = pane.layout.line(of: ScrollPosition(block: index))
        let end = index + 1 < pane.layout.blockCount ? pane.layout.line(of: ScrollPosition(block: index + 1)) : pane.layout.lineCount
        return first < top + pane.height && end > top
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

    // MARK: Opening

    /// Shows a loaded interview, landing where `opening` says.
    static func receiveLoaded(_ state: inout ReaderState, _ opening: Opening, _ outcome: Result<Interview?, ReaderFailure>) {
        let interview: Interview
        switch outcome {
        case .success(let found?): interview = found
        case .success(nil):
            if case .bookmark = opening {
                state.message = "This bookmark's interview is no longer in the library; its excerpt is kept."
            } else {
                state.message = "That interview is no longer in the library"
            }
            return
        case .failure(let error):
            state.message = "Cannot open the interview: \(error)"
            return
        }
        var reading = InterviewState(interview: interview)
        reading.bookmarked = positions(of: state.bookmarks, in: interview)
        let place = state.memory.places[interview.id]
        switch opening {
        case .start:
            reading.list.cursor = place.map { min($0.block, max(0, interview.blocks.count - 1)) }
                ?? interview.blocks.firstIndex { if case .exchange = $0 { true } else { false } } ?? 0
        case .hit(let hit, _, _):
            reading.focus = .detail
            reading.list.cursor = interview.blocks.firstIndex(of: block(of: hit)) ?? 0
        case .bookmark(let bookmark):
            guard let (exchange, _) = bookmark.resolve(in: interview) else {
                state.message = "The bookmarked answer is no longer in “\(interview.title)”; the bookmark is kept."
                return
            }
            reading.focus = .detail
            reading.list.cursor = interview.blocks.firstIndex(of: .exchange(exchange)) ?? 0
        }
        state.reading = reading
        state.push(.interview)
        if let row = state.library.row(of: interview.id) {
            state.library.list.select(row, count: state.library.shown.count, visible: LibraryScreen.visibleRows(state))
        }
        selectBlock(&state, reading.list.cursor)
        state.memory.openings += 1
        state.memory.places[interview.id, default: ReaderMemory.Place(block: reading.list.cursor)].readOrder = state.memory.openings
        if case .start = opening, let place { resume(&state, at: place) }
        land(&state, opening)
    }

    /// Back where the interview was left: its scroll and answer cursor (the block is selected).
    static func resume(_ state: inout ReaderState, at place: ReaderMemory.Place) {
        guard let pane = detail(&state), place.block == state.reading?.list.cursor else { return }
        let scroll = place.scroll.block < pane.document.blocks.count ? place.scroll : .top
        state.reading?.detailScroll = pane.layout.scrolled(scroll, by: 0, height: pane.height)
        state.reading?.answerCursor = place.answer
    }

    /// Scrolls to what was opened: the hit's occurrence, the bookmarked answer.
    static func land(_ state: inout ReaderState, _ opening: Opening) {
        switch opening {
        case .start: break
        case .hit(let hit, let query, let wrapped):
            land(&state, on: hit, query: query, wrapped: wrapped)
        case .bookmark(let bookmark):
            if let (_, answer) = bookmark.resolve(in: state.reading!.interview) {
                state.reading?.answerCursor = answer
                scroll(&state, toBlock: "answer-\(answer)")
            }
        }
    }

    /// The block of the interview a hit is in.
    static func block(of hit: SearchHit) -> Interview.Block {
        switch hit.location {
        case .question(let exchange), .answer(let exchange, _, _): .exchange(exchange)
        case .section(let section, _): .section(section)
        }
    }

    /// Shows a hit of the open interview: its occurrence becomes the current match, a third of
    /// the way down the pane, so the paragraph around it is in view.
    static func land(_ state: inout ReaderState, on hit: SearchHit, query: String, wrapped: Wrap?) {
        guard let reading = state.reading else { return }
        let index = reading.interview.blocks.firstIndex(of: block(of: hit)) ?? reading.list.cursor
        if index != reading.list.cursor || reading.highlightQuery != query {
            state.reading?.highlightQuery = query
            selectBlock(&state, index)
        }
        state.reading?.hit = hit
        state.reading?.focus = .detail
        if case .answer(_, let answer, _) = hit.location { state.reading?.answerCursor = answer }
        guard let pane = detail(&state) else { return }
        let occurrence = HitLanding.match(of: hit, in: pane.document, layout: pane.layout, interview: reading.interview)
        state.reading?.matchCursor = occurrence
        if let occurrence {
            let line = max(0, pane.layout.matches[occurrence].line - pane.height / 3)
            state.reading?.detailScroll = pane.layout.scrolled(pane.layout.position(ofLine: line), by: 0, height: pane.height)
        } else if let block = HitLanding.blockID(of: hit) {
            scroll(&state, toBlock: block)
        }
        let hits = state.search.hits
        let number = hits.firstIndex { $0.interviewID == hit.interviewID && $0.location == hit.location }.map { "hit \($0 + 1) of \(hits.count)\(hits.count == state.options.searchLimit ? "+" : "")" } ?? "hit"
        let wrap = switch wrapped {
        case .toFirst: " · past the last hit: back to the first"
        case .toLast: " · before the first hit: on to the last"
        case nil: ""
        }
        let keys = state.keymap.hints([.nextMatch, .previousMatch], labels: [.nextMatch: "next", .previousMatch: "previous"])
        state.message = number + wrap + (keys.isEmpty ? "" : " · " + keys)
    }

    static func scroll(_ state: inout ReaderState, toBlock id: String) {
        guard let pane = detail(&state), let index = pane.layout.blockIndex(id: id, in: pane.document) else { return }
        state.reading?.detailScroll = ScrollPosition(block: index)
    }

    /// Where each of `bookmarks` is in `interview` (newest first wins); orphans left out.
    static func positions(of bookmarks: [Bookmark], in interview: Interview) -> Set<AnswerPosition> {
        Set(bookmarks.filter { $0.interviewID == interview.id }.compactMap { bookmark in
            bookmark.resolve(in: interview).map { AnswerPosition(exchange: $0.exchange, answer: $0.answer) }
        })
    }

    // MARK: Detail

    /// The detail pane for the current block and width, laid out again only when one of them
    /// (or the highlight, or the bookmarks) changed.
    @discardableResult
    static func detail(_ state: inout ReaderState) -> DetailPane? {
        refreshDetail(&state)
        return state.reading?.detail
    }

    static func refreshDetail(_ state: inout ReaderState) {
        guard let reading = state.reading else { return }
        let pane = pane(for: state, reusing: reading.detail)
        state.reading?.detail = pane
    }

    /// The pane for this state: `cached` when it still fits, else laid out anew.
    static func pane(for state: ReaderState, reusing cached: DetailPane?) -> DetailPane? {
        guard let reading = state.reading, reading.blocks.indices.contains(reading.list.cursor),
              let area = ReaderLayout(state, screen: .interview, focus: .detail).detail else { return nil }
        let inner = Frame.inner(area)
        let key = DetailPane.Key(block: reading.list.cursor, highlight: reading.highlightQuery, width: inner.width,
                                 marks: marks(reading))
        if var cached, cached.key == key {
            cached.height = inner.height
            return cached
        }
        let highlighter = reading.highlightQuery.map(MatchHighlighter.init(query:))
        let document = DetailContent.document(for: reading.interview, block: reading.blocks[reading.list.cursor],
                                              highlight: highlighter, marks: key.marks)
        return DetailPane(key: key, document: document, layout: DocumentLayout(document: document, width: inner.width), height: inner.height)
    }

    /// The marks of the selected exchange's answers: the bookmarked ones, and the cursor where
    /// there is a choice (with one answer, it is plainly the one `b` acts on).
    static func marks(_ reading: InterviewState) -> DetailContent.AnswerMarks {
        guard let exchange = reading.selectedExchange else { return DetailContent.AnswerMarks() }
        let bookmarked = reading.bookmarked.filter { $0.exchange == exchange }.map(\.answer)
        let count = reading.interview.exchanges[exchange].answers.count
        return DetailContent.AnswerMarks(cursor: count > 1 ? min(reading.answerCursor, count - 1) : nil, bookmarked: Set(bookmarked))
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
