/// What a key (or a mouse event) asks the reader to do.
///
/// The keymap turns input into actions; `ReaderUpdate` turns actions (wrapped in messages) into a
/// new state and effects. No other code looks at keys, so rebinding a key changes only `Keymap`.
public enum Action: Hashable, Sendable {
    case moveDown, moveUp
    case top, bottom
    case pageDown, pageUp
    case open, back
    case switchPane
    case nextQuestion, previousQuestion
    /// The answer cursor: the answer `b` bookmarks.
    case nextAnswer, previousAnswer
    /// The next answer by the same speaker as the one under the cursor, in any later question.
    case nextBySameSpeaker
    /// Page on through the answer, and on into the next question at its end.
    case readOn
    /// Copy the answer under the cursor with its citation; open the interview's media (at the
    /// answer's time) or its source.
    case copyAnswer, openMedia
    case search
    /// Filter the library list as you type; switch its order.
    case filter, sort
    /// A digit typed before a motion: `5j` moves five rows.
    case count(Int)
    case nextMatch, previousMatch
    case toggleBookmark
    case showBookmarks
    /// Write or change the note of the bookmark selected in the bookmarks list.
    case editNote
    /// Append the bookmarks not yet exported to the Markdown file beside the bookmarks file.
    case exportBookmarks
    case toggleHelp
    /// Up one level (interview → list, search → where it was opened); at the top, quit. (Named
    /// `quit` because at the top that is what it does, and config files name it so.)
    case quit
    /// Quit from anywhere.
    case quitNow

    /// Typing in the search line.
    case insert(Character)
    case deleteBackward
    case leaveSearchLine

    /// Mouse: scroll the pane under the pointer, or select what was clicked.
    case scroll(lines: Int, column: Int, row: Int)
    case click(column: Int, row: Int)

    case resize(width: Int, height: Int)
}

extension Action {
    /// How many rows a motion moves by, pages being `page` rows; nil for actions that are not
    /// motions. (`Int.max / 2` cannot overflow when added to a cursor: it means "the end".)
    func motion(page: Int) -> Int? {
        switch self {
        case .moveDown: 1
        case .moveUp: -1
        case .pageDown: page
        case .pageUp: -page
        case .top: -Int.max / 2
        case .bottom: Int.max / 2
        default: nil
        }
    }
}
