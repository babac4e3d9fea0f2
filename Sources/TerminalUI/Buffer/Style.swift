/// One of the eight standard terminal colours. `nil` in a ``Style`` means the terminal's default.
public enum Color: Int, Hashable, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks.
///
/// Colours are decoration only: every meaning (focus, selection, search match) is also carried
/// by an attribute, because the backend drops colours under `NO_COLOR` or on monochrome screens.
public struct Style: Hashable, Sendable {
    public var fg: Color?
    public var bg: Color?
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool
    /// Italic where the terminal has it; the backend underlines instead where it does not.
    public var italic: Bool

    public init(
        fg: Color? = nil, bg: Color? = nil, bold: Bool = false, underline: Bool = false,
        reverse: Bool = false, dim: Bool = false, italic: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.italic = italic
    }

    /// No colour, no attribute.
    public static let plain = Style()

    /// This style with `other` laid on top: other's colours win where set, attributes add up.
    public func patched(with other: Style) -> Style {
        Style(
            fg: other.fg ?? fg, bg: other.bg ?? bg, bold: bold || other.bold,
            underline: underline || other.underline, reverse: reverse || other.reverse,
            dim: dim || other.dim, italic: italic || other.italic)
    }
}

extension Style {
    /// Marks a style whose meaning rests on its colours: the backend shows it reversed when
    /// colours are off. Encoded as `reverse` with colours swapped so that with colours on the
    /// look is the same as the unreversed original.
    func withReverseFallback() -> Style {
        Style(fg: bg, bg: fg, bold: bold, underline: underline, reverse: true, dim: dim, italic: italic)
    }
}
