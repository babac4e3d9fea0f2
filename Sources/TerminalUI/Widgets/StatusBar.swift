/// A one-line bar with left, middle and right segments, exactly as wide as its area.
///
/// When space is short the right segment (usually position or mode) is kept, then the left one
/// is truncated with `…`, and the middle one is dropped first.
public struct StatusBar: Hashable, Sendable {
    public var left: String
    public var middle: String
    public var right: String
    public var theme: Theme

    public init(left: String = "", middle: String = "", right: String = "", theme: Theme = .standard) {
        self.left = left
        self.middle = middle
        self.right = right
        self.theme = theme
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: theme.statusBar)
        let width = row.width
        let rightShown = TextLayout.truncate(Sanitizer.clean(right), width: width)
        let rightWidth = DisplayWidth.of(rightShown)
        let leftRoom = max(0, width - rightWidth - (rightWidth > 0 ? 1 : 0))
        let leftShown = TextLayout.truncate(Sanitizer.clean(left), width: leftRoom)
        let leftWidth = DisplayWidth.of(leftShown)
        buffer.write(leftShown, x: row.x, y: row.y, style: theme.statusBar)
        buffer.write(rightShown, x: row.right - rightWidth, y: row.y, style: theme.statusBar)
        let middleText = Sanitizer.clean(middle)
        let middleWidth = DisplayWidth.of(middleText)
        guard middleWidth > 0 else { return }
        // Centre on the bar; slide over when that would overlap a side; drop when it can't fit.
        let gapStart = leftWidth + (leftWidth > 0 ? 1 : 0)
        let gapEnd = width - rightWidth - (rightWidth > 0 ? 1 : 0)
        guard gapEnd - gapStart >= middleWidth else { return }
        let centred = (width - middleWidth) / 2
        let x = min(max(centred, gapStart), gapEnd - middleWidth)
        buffer.write(middleText, x: row.x + x, y: row.y, style: theme.statusBar)
    }
}
