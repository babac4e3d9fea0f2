/// One line of the help overlay: the keys and what they do.
public struct HelpEntry: Hashable, Sendable {
    public var keys: String
    public var description: String

    public init(keys: String, description: String) {
        self.keys = keys
        self.description = description
    }
}

/// A centred, bordered box listing key bindings over whatever is underneath.
///
/// The entries come from the controller's keymap, so the help can never drift from the keys.
/// When the list is taller than the screen, ``offset`` scrolls it and the border shows
/// how far down it is.
public struct HelpOverlay: Hashable, Sendable {
    public var title: String
    public var entries: [HelpEntry]
    public var offset: Int
    public var theme: Theme

    public init(title: String = "Keys", entries: [HelpEntry], offset: Int = 0, theme: Theme = .standard) {
        self.title = title
        self.entries = entries
        self.offset = offset
        self.theme = theme
    }

    /// The box the overlay occupies inside `area`.
    public func box(in area: Rect) -> Rect {
        let keysWidth = entries.map { DisplayWidth.of(Sanitizer.clean($0.keys)) }.max() ?? 0
        let descriptionWidth = entries.map { DisplayWidth.of(Sanitizer.clean($0.description)) }.max() ?? 0
        let contentWidth = max(keysWidth + 2 + descriptionWidth, DisplayWidth.of(title) + 2)
        return area.centered(width: contentWidth + 4, height: entries.count + 2)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let box = box(in: area)
        buffer.fill(box, style: theme.text)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        let top = min(max(0, offset), max(0, entries.count - inner.height))
        let footer = entries.count > inner.height ? "\(top + inner.height)/\(entries.count)" : nil
        Frame(title: title, footer: footer, focused: true, theme: theme).render(into: &buffer, area: box)
        guard !inner.isEmpty else { return }
        let keysWidth = min(
            entries.map { DisplayWidth.of(Sanitizer.clean($0.keys)) }.max() ?? 0, max(1, inner.width / 2))
        for row in 0..<inner.height {
            let index = top + row
            guard entries.indices.contains(index) else { break }
            let entry = entries[index]
            let y = inner.y + row
            buffer.write(TextLayout.truncate(Sanitizer.clean(entry.keys), width: keysWidth), x: inner.x, y: y, style: theme.title)
            let room = inner.width - keysWidth - 2
            if room > 0 {
                buffer.write(
                    TextLayout.truncate(Sanitizer.clean(entry.description), width: room), x: inner.x + keysWidth + 2, y: y,
                    style: theme.text)
            }
        }
    }
}
