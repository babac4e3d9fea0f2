import TerminalUI

/// What the reader remembers between runs: where each interview was left, what the list had
/// selected, and which interview was open. Kept in `state.json` (`ReaderMemoryFile`).
public struct ReaderMemory: Codable, Hashable, Sendable {
    /// Where an interview was left.
    public struct Place: Codable, Hashable, Sendable {
        /// The block (question or section) selected in the interview's list.
        public var block: Int
        /// The detail pane's scroll position, anchored to a block as `ScrollPosition` is.
        public var scrollBlock: Int
        public var scrollLine: Int
        public var answer: Int
        /// When it was last read, as a count of openings (higher: more recent), for sorting the
        /// list by recently read without a clock in the update.
        public var readOrder: Int

        public init(block: Int, scrollBlock: Int = 0, scrollLine: Int = 0, answer: Int = 0, readOrder: Int = 0) {
            self.block = block
            self.scrollBlock = scrollBlock
            self.scrollLine = scrollLine
            self.answer = answer
            self.readOrder = readOrder
        }

        var scroll: ScrollPosition { ScrollPosition(block: scrollBlock, line: scrollLine) }
    }

    public var version = 1
    /// By interview id.
    public var places: [String: Place] = [:]
    /// The interview selected in the list.
    public var selected: String?
    /// The interview open when the reader quit, to open again at start.
    public var open: String?
    /// Openings so far (the next `readOrder`).
    public var openings = 0
    /// The pane that had the keys on the list or the open interview when the reader quit, so a
    /// restart puts the keys back where the reader was typing them (absent: the list).
    public var focus: ReaderState.Pane?

    public init() {}
}

extension ReaderState {
    /// Writes where the open interview is into `memory` (and what the list has selected).
    mutating func rememberPlace() {
        memory.selected = library.selected?.id
        memory.open = reading?.interview.id
        if screen == .library || screen == .interview { memory.focus = focus }
        guard let reading else { return }
        let order = memory.places[reading.interview.id]?.readOrder ?? memory.openings
        memory.places[reading.interview.id] = ReaderMemory.Place(
            block: reading.list.cursor, scrollBlock: reading.detailScroll.block, scrollLine: reading.detailScroll.line,
            answer: reading.answerCursor, readOrder: order)
    }
}
