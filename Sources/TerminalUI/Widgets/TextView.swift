/// A scrollable, wrapped document with search-match highlights.
///
/// The controller keeps ``scroll`` (a block-anchored ``ScrollPosition``) and ``currentMatch``;
/// it asks ``layout(for:)`` for the laid-out document to scroll by lines or pages and to jump to
/// the Nth match (`layout.matches[n].line`). When bordered, the bottom border shows a scroll
/// indicator ("All" or "37%"); unbordered views leave that to the status bar
/// (``DocumentLayout/scrollIndicator(topLine:height:)``).
public struct TextView: Hashable, Sendable {
    public var document: TextDocument
    public var scroll: ScrollPosition
    /// Index into ``DocumentLayout/matches`` of the match to emphasise, if any.
    public var currentMatch: Int?
    public var focused: Bool
    public var title: String?
    public var bordered: Bool
    public var theme: Theme
    /// The widest the text runs, in columns (nil: the whole width); the rest of the view stays
    /// blank, so a wide pane still reads as a column of comfortable length.
    public var readingWidth: Int?

    public init(
        document: TextDocument, scroll: ScrollPosition = .top, currentMatch: Int? = nil, focused: Bool = true,
        title: String? = nil, bordered: Bool = true, theme: Theme = .standard, readingWidth: Int? = nil
    ) {
        self.document = document
        self.scroll = scroll
        self.currentMatch = currentMatch
        self.focused = focused
        self.title = title
        self.bordered = bordered
        self.theme = theme
        self.readingWidth = readingWidth
    }

    /// Where the text goes inside `area`: inside the border, if any, and no wider than the
    /// reading width.
    public func contentArea(_ area: Rect) -> Rect {
        var inner = bordered ? Frame.inner(area) : area
        if let readingWidth, readingWidth > 0, inner.width > readingWidth { inner.width = readingWidth }
        return inner
    }

    /// The document laid out for `area` — the same layout ``render(into:area:)`` draws.
    public func layout(for area: Rect) -> DocumentLayout {
        DocumentLayout(document: document, width: contentArea(area).width)
    }

    /// The first visible line actually drawn: the scroll position, clamped so the view stays full.
    public func topLine(in layout: DocumentLayout, height: Int) -> Int {
        min(layout.line(of: scroll), layout.maxTopLine(height: height))
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        render(into: &buffer, area: area, layout: layout(for: area))
    }

    /// Renders with a precomputed layout (it must have been made for this area's content width).
    public func render(into buffer: inout Buffer, area: Rect, layout: DocumentLayout) {
        buffer.fill(area, style: theme.text)
        let inner = contentArea(area)
        let top = topLine(in: layout, height: inner.height)
        if bordered {
            let indicator = layout.scrollIndicator(topLine: top, height: inner.height)
            Frame(title: title, footer: indicator, focused: focused, theme: theme).render(into: &buffer, area: area)
        }
        guard !inner.isEmpty else { return }
        let current = currentMatch.flatMap { layout.matches.indices.contains($0) ? layout.matches[$0] : nil }
        for row in 0..<inner.height {
            let index = top + row
            guard index < layout.lineCount else { break }
            let line = layout.lines[index]
            let base: Style
            switch line.role {
            case .heading: base = theme.heading
            case .speaker: base = theme.speaker
            case .body, .blank: base = theme.text
            }
            // Highlights index the block's text; speaker labels and separators have none.
            let highlighted = line.role == .body || line.role == .heading
            let ranges = highlighted ? layout.highlightRanges[line.block] : []
            let currentRange = current.flatMap { highlighted && $0.block == line.block ? ranges[$0.highlight] : nil }
            let inline = highlighted ? layout.inlineStyles[line.block] : []
            _ = buffer.writeClean(
                line.clusters, x: inner.x + line.indent, y: inner.y + row, maxWidth: inner.width - line.indent
            ) { i in
                if let from = line.secondaryFrom, i >= from { return theme.secondary }
                let offset = line.start + i
                let base = inline.isEmpty ? base : base.patched(with: theme.style(for: inline[offset]))
                if let currentRange, currentRange.contains(offset) { return base.patched(with: theme.currentMatch) }
                if ranges.contains(where: { $0.contains(offset) }) { return base.patched(with: theme.match) }
                return base
            }
        }
    }
}
