import TerminalUI

/// Where each pane goes for a state: side by side when wide, one at a time when narrow.
public struct ReaderLayout: Sendable {
    /// From this many columns, list and detail share the screen.
    public static let wideWidth = 100
    /// Below this the reader shows a message instead of a cramped screen.
    public static let minimum = Size(width: 24, height: 6)

    public let list: Rect?
    public let detail: Rect?
    public let status: Rect
    public let isTooSmall: Bool

    /// The layout of `screen` (default: the one shown) with `focus` (default: its own): asking
    /// with `.detail` gives the detail pane even where a narrow screen hides it for now.
    public init(_ state: ReaderState, screen: ReaderState.Screen? = nil, focus: ReaderState.Pane? = nil) {
        let screenRect = Rect(size: state.size)
        isTooSmall = state.size.width < Self.minimum.width || state.size.height < Self.minimum.height
        let rows = screenRect.splitVertically([.fill, .length(1)])
        status = rows[1]
        let body = rows[0]
        let shown = screen ?? state.screen
        let ownFocus = shown == .library ? state.library.focus : (state.reading?.focus ?? .list)
        switch shown {
        case .search, .bookmarks:
            list = body
            detail = nil
        case .library, .interview:
            if state.isWide {
                let columns = body.splitHorizontally([.percentage(40), .fill])
                list = columns[0]
                detail = columns[1]
            } else if (focus ?? ownFocus) == .list {
                list = body
                detail = nil
            } else {
                list = nil
                detail = body
            }
        }
    }
}
