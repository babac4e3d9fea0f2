/// One row of a ``ListView``.
public struct ListRow: Hashable, Sendable {
    /// The main text, left-aligned and truncated with `…` when space runs out.
    public var text: String
    /// Right-aligned secondary text (a date, a count); kept whole when possible.
    public var detail: String
    /// A short mark drawn before the text (e.g. `★` for a bookmark); `nil` for none.
    public var mark: String?

    public init(_ text: String, detail: String = "", mark: String? = nil) {
        self.text = text
        self.detail = detail
        self.mark = mark
    }
}

/// A scrolling list with one selected row.
///
/// The view model is plain data; the controller owns `selected` and `offset`. Rendering never
/// hides the selection: it draws from ``adjustedOffset(visibleRows:)``, and the controller should
/// store that value back (so scrolling feels stable across frames).
///
/// A long list need not be built whole: ``window(count:selected:offset:area:bordered:showsMarks:row:)``
/// builds only the rows on screen, so a keystroke in a list of 10,000 interviews costs what
/// one screenful does.
public struct ListView: Hashable, Sendable {
    /// The rows held: all of them, or the ones on screen (from `firstRow`).
    public var rows: [ListRow]
    /// Rows in the whole list.
    public var rowCount: Int
    /// Index in the whole list of `rows[0]`.
    public var firstRow: Int
    /// Whether a column is kept for marks (decided for the whole list, so it does not come and
    /// go while scrolling).
    public var showsMarks: Bool
    public var selected: Int?
    /// Index of the first visible row, as last stored by the controller.
    public var offset: Int
    public var focused: Bool
    public var title: String?
    public var bordered: Bool
    /// Shown when there are no rows.
    public var emptyMessage: String
    public var theme: Theme

    public init(
        rows: [ListRow], selected: Int? = nil, offset: Int = 0, focused: Bool = true, title: String? = nil,
        bordered: Bool = true, emptyMessage: String = "Nothing here", theme: Theme = .standard
    ) {
        self.rows = rows
        self.rowCount = rows.count
        self.firstRow = 0
        self.showsMarks = rows.contains { $0.mark != nil }
        self.selected = selected
        self.offset = offset
        self.focused = focused
        self.title = title
        self.bordered = bordered
        self.emptyMessage = emptyMessage
        self.theme = theme
    }

    /// A list of `count` rows of which only those drawn in `area` are built, by `row`.
    public static func window(
        count: Int, selected: Int?, offset: Int, area: Rect?, focused: Bool = true, title: String? = nil,
        bordered: Bool = true, emptyMessage: String = "Nothing here", theme: Theme = .standard,
        showsMarks: Bool, row: (Int) -> ListRow
    ) -> ListView {
        var list = ListView(rows: [], selected: selected, offset: offset, focused: focused, title: title,
                            bordered: bordered, emptyMessage: emptyMessage, theme: theme)
        list.rowCount = count
        list.showsMarks = showsMarks
        guard let area else { return list }
        let visible = list.visibleRows(in: area)
        list.firstRow = list.adjustedOffset(visibleRows: visible)
        list.rows = (list.firstRow..<min(count, list.firstRow + max(0, visible))).map(row)
        return list
    }

    /// Rows that fit in `area` (the page size for PageUp/PageDown).
    public func visibleRows(in area: Rect) -> Int {
        (bordered ? Frame.inner(area) : area).height
    }

    /// The offset that keeps the selection on screen while moving the view as little as possible,
    /// and never leaves empty space below the last row when rows could fill it.
    public func adjustedOffset(visibleRows: Int) -> Int {
        let visible = max(1, visibleRows)
        var top = min(max(0, offset), max(0, rowCount - visible))
        if let selected, (0..<rowCount).contains(selected) {
            if selected < top { top = selected }
            if selected >= top + visible { top = selected - visible + 1 }
        }
        return top
    }

    /// The row index drawn at screen row `y` (for mouse clicks), or `nil` outside the rows.
    public func row(atY y: Int, in area: Rect) -> Int? {
        let inner = bordered ? Frame.inner(area) : area
        guard y >= inner.y, y < inner.bottom else { return nil }
        let index = adjustedOffset(visibleRows: inner.height) + (y - inner.y)
        return (0..<rowCount).contains(index) ? index : nil
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: theme.text)
        var inner = area
        if bordered {
            let footer: String? =
                rowCount > inner.height - 2 && rowCount > 0
                ? "\(min((selected ?? 0) + 1, rowCount))/\(rowCount)" : nil
            Frame(title: title, footer: footer, focused: focused, theme: theme).render(into: &buffer, area: area)
            inner = Frame.inner(area)
        }
        guard !inner.isEmpty else { return }
        if rowCount == 0 {
            buffer.write(
                TextLayout.truncate(Sanitizer.clean(emptyMessage), width: inner.width), x: inner.x, y: inner.y,
                style: theme.secondary)
            return
        }
        let top = adjustedOffset(visibleRows: inner.height)
        let markWidth = showsMarks ? 2 : 0
        for line in 0..<inner.height {
            let index = top + line
            guard rows.indices.contains(index - firstRow) else { break }
            drawRow(rows[index - firstRow], selected: index == selected, into: &buffer, area: inner.row(line), markWidth: markWidth)
        }
    }

    private func drawRow(_ row: ListRow, selected: Bool, into buffer: inout Buffer, area: Rect, markWidth: Int) {
        var x = area.x
        if markWidth > 0 {
            if let mark = row.mark, area.width >= markWidth {
                buffer.write(TextLayout.truncate(Sanitizer.clean(mark), width: markWidth - 1), x: x, y: area.y, style: theme.mark)
            }
            x += min(markWidth, area.width)
        }
        let room = area.right - x
        let detail = Sanitizer.clean(row.detail)
        // The detail keeps at most half the room; the text gets the rest minus one space between.
        let detailShown = detail.isEmpty ? "" : TextLayout.truncate(detail, width: room / 2)
        let detailWidth = DisplayWidth.of(detailShown)
        let textRoom = max(0, room - detailWidth - (detailWidth > 0 ? 1 : 0))
        buffer.write(TextLayout.truncate(Sanitizer.clean(row.text), width: textRoom), x: x, y: area.y, style: theme.text)
        if detailWidth > 0 {
            buffer.write(detailShown, x: area.right - detailWidth, y: area.y, style: theme.secondary)
        }
        if selected {
            buffer.applyStyle(focused ? theme.selection : theme.inactiveSelection, to: area)
        }
    }
}
