/// A list's selection and scroll offset: the state a list widget keeps between frames.
///
/// The update keeps the offset so that the selection stays on screen while the view moves as
/// little as possible (the rule `ListView.adjustedOffset` draws by), so nothing has to copy
/// offsets back from a drawn frame.
public struct ListState: Hashable, Sendable {
    public var cursor = 0
    public var offset = 0

    public init(cursor: Int = 0, offset: Int = 0) {
        self.cursor = cursor
        self.offset = offset
    }

    /// Moves the cursor by `delta` rows, clamped to `count`, and follows it with the offset.
    /// (Adding `Int.max / 2` cannot overflow: it just means "the end".)
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        select(cursor + delta, count: count, visible: visible)
    }

    /// Puts the cursor on `index` (clamped) and follows it with the offset.
    public mutating func select(_ index: Int, count: Int, visible: Int) {
        cursor = min(max(0, index), max(0, count - 1))
        follow(count: count, visible: visible)
    }

    /// The offset that keeps the cursor within `visible` rows, with no empty space below the
    /// last row when rows could fill it.
    public mutating func follow(count: Int, visible: Int) {
        let visible = max(1, visible)
        var top = min(max(0, offset), max(0, count - visible))
        if cursor < top { top = cursor }
        if cursor >= top + visible { top = cursor - visible + 1 }
        offset = max(0, top)
    }
}
