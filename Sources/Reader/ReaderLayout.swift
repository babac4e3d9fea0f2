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
            // Text is set at most `readingWidth` columns wide, so a very wide terminal still reads
            // well: the list takes what the detail pane does not need.
            let widest = state.options.readingWidth.map { $0 + 2 } ?? Int.max
            if state.isWide {
                let columns = body.splitHorizontally([.percentage(40), .fill])
                let detailWidth = min(columns[1].width, widest)
                list = Rect(x: body.x, y: body.y, width: body.width - detailWidth, height: body.height)
                detail = Rect(x: body.x + body.width - detailWidth, y: body.y, width: detailWidth, height: body.height)
            } else if (focus ?? ownFocus) == .list {
                list = body
                detail = nil
            } else {
                list = nil
                let width = min(body.width, widest)
                detail = Rect(x: body.x + (body.width - width) / 2, y: body.y, width: width, height: body.height)
            }
        }
    }
}
