/// A box border with an optional title on the top edge and an optional note on the bottom edge
/// (used for scroll indicators).
///
/// Widgets that can be bordered draw a frame and render their content into ``inner(_:)``;
/// the border style tells focused from unfocused panes (bold, so it survives `NO_COLOR`).
public struct Frame: Hashable, Sendable {
    public var title: String?
    public var footer: String?
    public var focused: Bool
    public var theme: Theme

    public init(title: String? = nil, footer: String? = nil, focused: Bool = false, theme: Theme = .standard) {
        self.title = title
        self.footer = footer
        self.focused = focused
        self.theme = theme
    }

    /// The area inside the border.
    public static func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width >= 2, area.height >= 2 else { return }
        let style = focused ? theme.focusedBorder : theme.border
        let horizontal = String(repeating: "─", count: area.width - 2)
        buffer.write("┌" + horizontal + "┐", x: area.x, y: area.y, style: style)
        buffer.write("└" + horizontal + "┘", x: area.x, y: area.bottom - 1, style: style)
        for y in (area.y + 1)..<(area.bottom - 1) {
            buffer.write("│", x: area.x, y: y, style: style)
            buffer.write("│", x: area.right - 1, y: y, style: style)
        }
        // Labels sit inside the corners with a space either side: "┌ Title ───┐".
        let room = area.width - 2
        guard room >= 3 else { return }
        if let title {
            let label = " " + TextLayout.truncate(Sanitizer.clean(title), width: room - 2) + " "
            buffer.write(label, x: area.x + 1, y: area.y, style: style.patched(with: theme.title))
        }
        if let footer {
            let label = " " + TextLayout.truncate(Sanitizer.clean(footer), width: room - 2) + " "
            buffer.write(label, x: area.right - 1 - DisplayWidth.of(label), y: area.bottom - 1, style: style)
        }
    }
}
