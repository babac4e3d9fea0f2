/// What to draw when the terminal is too small for the real screen.
///
/// Why a widget: squeezing panes into a 12×4 terminal gives a broken, misleading screen. The
/// controller checks ``fits(_:)`` and draws this instead; it shows the needed and current size
/// and says as much of that as fits, so even a 1×1 terminal shows something sane.
public struct TooSmall: Hashable, Sendable {
    public var minimum: Size
    public var theme: Theme

    /// The smallest area Parley's screens are designed for.
    public static let defaultMinimum = Size(width: 20, height: 6)

    public init(minimum: Size = TooSmall.defaultMinimum, theme: Theme = .standard) {
        self.minimum = minimum
        self.theme = theme
    }

    /// Whether `area` is big enough for the real screen.
    public func fits(_ area: Rect) -> Bool {
        area.width >= minimum.width && area.height >= minimum.height
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: theme.text)
        guard !area.isEmpty else { return }
        let message = "Terminal too small: need \(minimum.width)×\(minimum.height), have \(area.width)×\(area.height)."
        var lines = TextLayout.wrap(message, width: area.width)
        if lines.count > area.height {
            lines = TextLayout.wrap("Too small", width: area.width)
        }
        let shown = lines.prefix(area.height)
        let top = area.y + (area.height - shown.count) / 2
        for (row, line) in shown.enumerated() {
            let text = TextLayout.pad(line, width: area.width, alignment: .center)
            buffer.write(text, x: area.x, y: top + row, style: row == 0 ? theme.title : theme.text)
        }
    }
}
