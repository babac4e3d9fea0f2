/// One screen cell: a grapheme cluster and its style.
///
/// A wide (2-column) cluster lives in its left cell; the cell to its right is a continuation
/// cell (empty symbol) that backends skip. Keeping the pair explicit is what lets every
/// row's text be exactly the buffer's width.
public struct Cell: Hashable, Sendable {
    /// The cluster drawn here; `""` for a continuation cell.
    public var symbol: String
    public var style: Style
    /// True for the right half of a wide cluster.
    public var isContinuation: Bool

    public init(symbol: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.symbol = symbol
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A grid of cells: what one frame of the screen looks like.
///
/// Rendering is a pure function from a widget's model into a buffer; a ``Terminal`` then shows
/// the buffer. Tests assert on buffers directly (``lines()``, subscripts), so every screen is
/// checkable without a terminal. All text enters through ``write(_:x:y:maxWidth:style:)``,
/// which sanitises it, so nothing raw can reach the terminal.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a column and row; out-of-range reads give a blank cell, writes are ignored.
    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x, y) ? cells[y * width + x] : .blank }
        set { if contains(x, y) { cells[y * width + x] = newValue } }
    }

    /// Writes text on one row, sanitised, clipped at `maxWidth` columns and at the buffer edge.
    ///
    /// A wide cluster that would straddle the clip edge is replaced by a space, so a cluster is
    /// never split. Zero-width clusters attach to the cluster before them. Newlines and other
    /// controls are shown visibly (`^J`); use ``TextLayout`` to lay out multi-line text first.
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain)
        -> Int
    {
        writeClean(Sanitizer.sanitize(text).characters, x: x, y: y, maxWidth: maxWidth) { _ in style }
    }

    /// Writes already sanitised clusters; `style(i)` gives the style of cluster `i`.
    mutating func writeClean(
        _ clusters: some Collection<Character>, x: Int, y: Int, maxWidth: Int?, style: (Int) -> Style
    ) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = maxWidth.map { min(width, x + $0) } ?? width
        var column = x
        var lastHead: Int?
        for (index, cluster) in clusters.enumerated() {
            let w = DisplayWidth.of(cluster)
            if w == 0 {
                if let head = lastHead {
                    cells[y * width + head].symbol.append(String(cluster))
                }
                continue
            }
            if column + w > limit {
                if column < limit, column >= 0 { put(" ", width: 1, x: column, y: y, style: style(index)) }
                column = max(column, min(limit, column + w))
                break
            }
            if column >= 0 {
                put(String(cluster), width: w, x: column, y: y, style: style(index))
                lastHead = column
            } else {
                lastHead = nil
            }
            column += w
        }
        return max(0, column - x)
    }

    /// Fills a rectangle with blanks of `style` (clears it).
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let r = rect.intersection(area)
        for y in r.y..<r.bottom {
            for x in r.x..<r.right {
                put(" ", width: 1, x: x, y: y, style: style)
            }
        }
    }

    /// Lays `style` over every cell in `rect`, keeping the symbols (used for selection bars).
    public mutating func applyStyle(_ style: Style, to rect: Rect) {
        let r = rect.intersection(area)
        for y in r.y..<r.bottom {
            for x in r.x..<r.right {
                cells[y * width + x].style = cells[y * width + x].style.patched(with: style)
            }
        }
    }

    /// Each row as plain text: continuation cells skipped, so each line's display width equals
    /// ``width``. Meant for tests and for dumping a screen.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !cells[y * width + x].isContinuation {
                line += cells[y * width + x].symbol
            }
            return line
        }
    }

    private func contains(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height
    }

    /// Places a cluster, repairing any wide cluster it half overwrites.
    private mutating func put(_ symbol: String, width w: Int, x: Int, y: Int, style: Style) {
        guard contains(x, y) else { return }
        let row = y * width
        // Overwriting the right half of a wide cluster: its left half becomes a space.
        if cells[row + x].isContinuation, x > 0 {
            cells[row + x - 1] = Cell(symbol: " ", style: cells[row + x - 1].style)
        }
        let end = min(x + w, width)
        // Overwriting the left half of a wide cluster at the end of our span: clear its right half.
        if end < width, cells[row + end].isContinuation {
            cells[row + end] = Cell(symbol: " ", style: cells[row + end].style)
        }
        cells[row + x] = Cell(symbol: symbol, style: style)
        for c in (x + 1)..<max(x + 1, end) {
            cells[row + c] = Cell(symbol: "", style: style, isContinuation: true)
        }
    }
}
