extension Theme {
    /// For low vision, glare and washed-out screens: nothing dim, every role carried by bold,
    /// underline or reverse video, and the few colours used are the brightest pairs (yellow or
    /// white on black, black on yellow), so it also reads the same with colours off.
    public static let highContrast = Theme(
        text: .plain,
        border: .plain,
        focusedBorder: Style(fg: .yellow, bold: true),
        title: Style(bold: true, underline: true),
        selection: Style(fg: .black, bg: .yellow, bold: true).withReverseFallback(),
        inactiveSelection: Style(bold: true, underline: true),
        secondary: Style(italic: true),
        mark: Style(fg: .yellow, bold: true),
        heading: Style(fg: .yellow, bold: true, underline: true),
        speaker: Style(fg: .white, bold: true, underline: true),
        match: Style(fg: .black, bg: .white, bold: true, underline: true),
        currentMatch: Style(fg: .black, bg: .yellow, bold: true, underline: true).withReverseFallback(),
        statusBar: Style(bold: true, reverse: true),
        inputCursor: Style(reverse: true),
        emphasis: Style(underline: true, italic: true),
        strong: Style(bold: true),
        code: Style(fg: .white, bold: true),
        link: Style(fg: .yellow, underline: true)
    )
}
