import InterviewKit
import TerminalUI

/// The detail pane's document and layout, kept between keys.
extension InterviewScreen {
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
}
