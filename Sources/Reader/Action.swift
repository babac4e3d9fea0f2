/// What a key (or a mouse event) asks the reader to do.
///
/// The keymap turns input into actions; `ReaderState.apply` turns actions into a new state. No
/// other code looks at keys, so rebinding a key is a one-line change in `Keymap`.
public enum Action: Hashable, Sendable {
    case moveDown, moveUp
    case top, bottom
    case pageDown, pageUp
    case open, back
    case switchPane
    case nextQuestion, previousQuestion
    case search
    case nextMatch, previousMatch
    case toggleBookmark
    case showBookmarks
    case toggleHelp
    case quit

    /// Typing in the search line.
    case insert(Character)
    case deleteBackward
    case leaveSearchLine

    /// Mouse: scroll the pane under the pointer, or select what was clicked.
    case scroll(lines: Int, column: Int, row: Int)
    case click(column: Int, row: Int)

    case resize(width: Int, height: Int)
}
