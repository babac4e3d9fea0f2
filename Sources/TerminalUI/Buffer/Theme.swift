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
    /// Inline Markdown: `*emphasis*`, `**strong**`, `` `code` `` and links.
    public var emphasis: Style
    public var strong: Style
    public var code: Style
    public var link: Style

    public init(
        text: Style, border: Style, focusedBorder: Style, title: Style, selection: Style,
        inactiveSelection: Style, secondary: Style, mark: Style, heading: Style, speaker: Style,
        match: Style, currentMatch: Style, statusBar: Style, inputCursor: Style,
        emphasis: Style = Style(italic: true), strong: Style = Style(bold: true), code: Style = Style(fg: .green),
        link: Style = Style(fg: .blue, underline: true)
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
        self.emphasis = emphasis
        self.strong = strong
        self.code = code
        self.link = link
    }

    /// The style inline Markdown lays over the text's own (several constructs can hold at once).
    public func style(for inline: InlineStyle) -> Style {
        var style = Style.plain
        if inline.contains(.emphasis) { style = style.patched(with: emphasis) }
        if inline.contains(.strong) { style = style.patched(with: strong) }
        if inline.contains(.code) { style = style.patched(with: code) }
        if inline.contains(.link) { style = style.patched(with: link) }
        return style
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
