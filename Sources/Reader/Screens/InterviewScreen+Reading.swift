import InterviewKit
import TerminalUI

/// Reading on through an interview: the answer cursor, Space, the same speaker's next answer.
extension InterviewScreen {
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
}
