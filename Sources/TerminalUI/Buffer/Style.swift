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

    public init(
        fg: Color? = nil, bg: Color? = nil, bold: Bool = false, underline: Bool = false,
        reverse: Bool = false, dim: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    /// No colour, no attribute.
    public static let plain = Style()

    /// This style with `other` laid on top: other's colours win where set, attributes add up.
    public func patched(with other: Style) -> Style {
        Style(
            fg: other.fg ?? fg, bg: other.bg ?? bg, bold: bold || other.bold,
            underline: underline || other.underline, reverse: reverse || other.reverse,
            dim: dim || other.dim)
    }
}

/// The styles widgets use, in one place so the look can change without touching widgets.
public struct Theme: Hashable, Sendable {
    public var text: Style
    public var border: Style
    public var focusedBorder: Style
    public var title: Style
    /// Selected row in a focused list.
    public var selection: Style
    /// Selected row in an unfocused list: still visible, clearly not where keys go.
    public var inactiveSelection: Style
    public var secondary: Style
    public var mark: Style
    public var heading: Style
    public var speaker: Style
    /// A search match.
    public var match: Style
    /// The match the reader jumped to last (n/N).
    public var currentMatch: Style
    public var statusBar: Style
    public var inputCursor: Style

    public init(
        text: Style, border: Style, focusedBorder: Style, title: Style, selection: Style,
        inactiveSelection: Style, secondary: Style, mark: Style, heading: Style, speaker: Style,
        match: Style, currentMatch: Style, statusBar: Style, inputCursor: Style
    ) {
        self.text = text
        self.border = border
        self.focusedBorder = focusedBorder
        self.title = title
        self.selection = selection
        self.inactiveSelection = inactiveSelection
        self.secondary = secondary
        self.mark = mark
        self.heading = heading
        self.speaker = speaker
        self.match = match
        self.currentMatch = currentMatch
        self.statusBar = statusBar
        self.inputCursor = inputCursor
    }

    public static let standard = Theme(
        text: .plain,
        border: Style(dim: true),
        focusedBorder: Style(fg: .cyan, bold: true),
        title: Style(bold: true),
        selection: Style(fg: .black, bg: .cyan, bold: true).withReverseFallback(),
        inactiveSelection: Style(underline: true),
        secondary: Style(dim: true),
        mark: Style(fg: .yellow, bold: true),
        heading: Style(fg: .magenta, bold: true, underline: true),
        speaker: Style(fg: .cyan, bold: true),
        match: Style(fg: .black, bg: .yellow, underline: true),
        currentMatch: Style(fg: .black, bg: .yellow, bold: true, underline: true).withReverseFallback(),
        statusBar: Style(reverse: true),
        inputCursor: Style(reverse: true)
    )
}

extension Style {
    /// Marks a style whose meaning rests on its colours: the backend shows it reversed when
    /// colours are off. Encoded as `reverse` with colours swapped so that with colours on the
    /// look is the same as the unreversed original.
    func withReverseFallback() -> Style {
        Style(fg: bg, bg: fg, bold: bold, underline: underline, reverse: true, dim: dim)
    }
}
