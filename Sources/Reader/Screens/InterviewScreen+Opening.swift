import InterviewKit
import TerminalUI

/// Showing a loaded interview where it should open: its start, where it was left, a hit, a bookmark.
extension InterviewScreen {
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
        case .start, .resume:
            if case .resume(let focus) = opening { reading.focus = focus }
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
        switch opening {
        case .start, .resume: if let place { resume(&state, at: place) }
        case .hit, .bookmark: break
        }
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
        case .start, .resume: break
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
}
