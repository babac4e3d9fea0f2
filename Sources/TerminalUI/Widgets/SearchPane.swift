/// One search result as the search pane shows it.
public struct SearchResultRow: Hashable, Sendable {
    public var title: String
    public var question: String
    public var speaker: String
    /// A short excerpt around the match, in Markdown as written and possibly cut in the middle of
    /// a construct; it is rendered like the reader's text (single line; newlines are shown as
    /// `^J`, so callers should collapse whitespace first).
    public var snippet: String
    /// Character offsets into ``snippet`` (the Markdown) to highlight.
    public var highlights: [Range<Int>]

    public init(title: String, question: String, speaker: String, snippet: String, highlights: [Range<Int>] = []) {
        self.title = title
        self.question = question
        self.speaker = speaker
        self.snippet = snippet
        self.highlights = highlights
    }
}

/// A query line with a cursor, a result count, and the results (two lines each: title ›
/// question with the speaker on the right, then the highlighted snippet).
///
/// The controller owns the query, the cursor, the selection and the offset (store
/// ``adjustedOffset(visibleResults:)`` back, as with ``ListView``).
public struct SearchPane: Hashable, Sendable {
    public var query: String
    /// Cursor position as a Character offset into ``query`` (0…count).
    public var cursor: Int
    /// Number of results found (may exceed `results.count` when results are capped); `nil`
    /// before any search ran.
    public var resultCount: Int?
    public var results: [SearchResultRow]
    /// True while the results shown are not yet those of ``query`` (its search still runs).
    public var searching: Bool
    public var selected: Int?
    /// Index of the first visible result.
    public var offset: Int
    /// True while keys go to the query line (the cursor is drawn only then).
    public var editing: Bool
    public var focused: Bool
    public var theme: Theme
    /// What an empty result list says instead of "No matches" (a did-you-mean), if anything.
    public var emptyMessage: String?

    /// Screen lines one result takes.
    public static let linesPerResult = 2

    public init(
        query: String, cursor: Int? = nil, resultCount: Int? = nil, results: [SearchResultRow] = [],
        searching: Bool = false, selected: Int? = nil, offset: Int = 0, editing: Bool = true, focused: Bool = true, theme: Theme = .standard,
        emptyMessage: String? = nil
    ) {
        self.emptyMessage = emptyMessage
        self.query = query
        self.cursor = cursor ?? query.count
        self.resultCount = resultCount
        self.results = results
        self.searching = searching
        self.selected = selected
        self.offset = offset
        self.editing = editing
        self.focused = focused
        self.theme = theme
    }

    /// The area the result list takes (below the query line and the rule).
    public func resultsArea(_ area: Rect) -> Rect {
        let inner = Frame.inner(area)
        return Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
    }

    /// Results that fit in `area` (the page size).
    public func visibleResults(in area: Rect) -> Int {
        resultsArea(area).height / Self.linesPerResult
    }

    /// The offset that keeps the selected result visible (see ``ListView/adjustedOffset(visibleRows:)``).
    public func adjustedOffset(visibleResults: Int) -> Int {
        ListView(rows: results.map { _ in ListRow("") }, selected: selected, offset: offset)
            .adjustedOffset(visibleRows: visibleResults)
    }

    /// The result drawn at screen row `y`, for mouse clicks.
    public func result(atY y: Int, in area: Rect) -> Int? {
        let list = resultsArea(area)
        guard y >= list.y, y < list.y + visibleResults(in: area) * Self.linesPerResult else { return nil }
        let index = adjustedOffset(visibleResults: visibleResults(in: area)) + (y - list.y) / Self.linesPerResult
        return results.indices.contains(index) ? index : nil
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, style: theme.text)
        Frame(title: "Search", focused: focused, theme: theme).render(into: &buffer, area: area)
        let inner = Frame.inner(area)
        guard !inner.isEmpty else { return }
        drawQuery(into: &buffer, row: inner.row(0))
        guard inner.height >= 2 else { return }
        buffer.write(String(repeating: "─", count: inner.width), x: inner.x, y: inner.y + 1, style: theme.border)
        let list = resultsArea(area)
        guard !list.isEmpty else { return }
        if results.isEmpty {
            let message = searching ? "Searching…" : resultCount == nil ? "Type to search" : emptyMessage ?? "No matches"
            buffer.write(TextLayout.truncate(message, width: list.width), x: list.x, y: list.y, style: theme.secondary)
            return
        }
        let visible = max(1, visibleResults(in: area))
        let top = adjustedOffset(visibleResults: visible)
        for slot in 0..<visible {
            let index = top + slot
            guard results.indices.contains(index) else { break }
            let y = list.y + slot * Self.linesPerResult
            let rect = Rect(x: list.x, y: y, width: list.width, height: min(Self.linesPerResult, list.bottom - y))
            drawResult(results[index], selected: index == selected, into: &buffer, area: rect)
        }
    }

    private func drawQuery(into buffer: inout Buffer, row: Rect) {
        let count: String
        if searching {
            count = "searching…"
        } else {
            switch resultCount {
            case nil: count = ""
            case 1: count = "1 result"
            case let n?: count = "\(n) results"
            }
        }
        let countShown = TextLayout.truncate(count, width: row.width / 3)
        let countWidth = DisplayWidth.of(countShown)
        if countWidth > 0 {
            buffer.write(countShown, x: row.right - countWidth, y: row.y, style: theme.secondary)
        }
        let prompt = "/ "
        let room = row.width - countWidth - (countWidth > 0 ? 1 : 0) - prompt.count
        guard room >= 2 else { return }
        buffer.write(prompt, x: row.x, y: row.y, style: theme.title)
        // Show the part of the query around the cursor: scroll left so the cursor cell fits.
        let clean = Sanitizer.sanitize(query)
        let cursorAt = clean.offsets[min(max(0, cursor), query.count)]
        var first = 0
        while DisplayWidth.of(clean.characters[first..<cursorAt]) + 1 > room { first += 1 }
        let x = row.x + prompt.count
        let drawn = buffer.writeClean(clean.characters[first...], x: x, y: row.y, maxWidth: room) { _ in theme.text }
        if editing {
            let cursorX = x + DisplayWidth.of(clean.characters[first..<cursorAt])
            if cursorAt == clean.characters.count || cursorX >= x + drawn {
                buffer.write(" ", x: cursorX, y: row.y, style: theme.inputCursor)
            } else {
                buffer.applyStyle(theme.inputCursor, to: Rect(x: cursorX, y: row.y, width: 1, height: 1))
            }
        }
    }

    private func drawResult(_ result: SearchResultRow, selected: Bool, into buffer: inout Buffer, area: Rect) {
        let speaker = Sanitizer.clean(result.speaker)
        let speakerShown = speaker.isEmpty ? "" : TextLayout.truncate(speaker, width: area.width / 3)
        let speakerWidth = DisplayWidth.of(speakerShown)
        let headRoom = max(0, area.width - speakerWidth - (speakerWidth > 0 ? 1 : 0))
        let title = Sanitizer.clean(InlineMarkdown.render(result.title).text)
        let question = Sanitizer.clean(InlineMarkdown.render(result.question).text)
        let titleShown = TextLayout.truncate(title, width: question.isEmpty ? headRoom : max(1, headRoom / 2))
        var x = area.x
        x += buffer.write(titleShown, x: x, y: area.y, maxWidth: headRoom, style: theme.title)
        if !question.isEmpty {
            let rest = area.x + headRoom - x
            x += buffer.write(TextLayout.truncate(" › " + question, width: rest), x: x, y: area.y, maxWidth: rest, style: theme.text)
        }
        if speakerWidth > 0 {
            buffer.write(speakerShown, x: area.right - speakerWidth, y: area.y, style: theme.speaker)
        }
        if area.height >= 2 {
            let styled = InlineMarkdown.renderSnippet(result.snippet)
            let snippet = Sanitizer.sanitize(styled.text)
            let ranges = result.highlights.map { snippet.map(styled.map($0)) }
            let inline = snippet.inlineStyles(styled.runs)
            let room = area.width - 2
            let cut = SnippetWindow.cut(snippet.characters, ranges: ranges, width: room)
            _ = buffer.writeClean(cut.clusters, x: area.x + 2, y: area.y + 1, maxWidth: room) { i in
                let offset = cut.start + i
                let markup = inline.indices.contains(offset) ? theme.style(for: inline[offset]) : .plain
                // A match is not dimmed like the rest of the snippet.
                return ranges.contains { $0.contains(offset) } ? markup.patched(with: theme.match) : theme.secondary.patched(with: markup)
            }
        }
        if selected {
            buffer.applyStyle(focused && !editing ? theme.selection : theme.inactiveSelection, to: area.row(0))
        }
    }
}
