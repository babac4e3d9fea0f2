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
