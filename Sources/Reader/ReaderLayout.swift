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

    public init(_ state: ReaderState) {
        let screen = Rect(size: state.size)
        isTooSmall = state.size.width < Self.minimum.width || state.size.height < Self.minimum.height
        let rows = screen.splitVertically([.fill, .length(1)])
        status = rows[1]
        let body = rows[0]
        switch state.screen {
        case .search, .bookmarks:
            list = body
            detail = nil
        case .library, .interview:
            if state.isWide {
                let columns = body.splitHorizontally([.percentage(40), .fill])
                list = columns[0]
                detail = columns[1]
            } else if state.focus == .list {
                list = body
                detail = nil
            } else {
                list = nil
                detail = body
            }
        }
    }
}
