import CNCurses

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension NCursesTerminal {
    /// Copies every cell of `buffer` into curses' screen and refreshes; curses sends the minimal
    /// update. Each cluster is written at its own computed column (never relying on curses'
    /// cursor advance) following ``ClusterEmission``, so a width disagreement cannot shift the
    /// rest of the row.
    public func draw(_ buffer: Buffer) {
        werase(window)
        let screen = size
        let rows = min(buffer.height, screen.height)
        let columns = min(buffer.width, screen.width)
        let maxScalars = Int(parley_ccharw_max())
        for y in 0..<rows {
            var x = 0
            while x < columns {
                let cell = buffer[x, y]
                if cell.isContinuation {
                    x += 1
                    continue
                }
                var width = 1
                while buffer[x + width, y].isContinuation, x + width < buffer.width { width += 1 }
                // A wide cluster cut by the screen edge becomes blanks.
                let symbol = x + width <= columns ? cell.symbol : String(repeating: " ", count: columns - x)
                let shown = min(width, columns - x)
                let plan = ClusterEmission.plan(symbol, layoutWidth: shown, maxScalars: maxScalars) {
                    Int(wcwidth(wchar_t(bitPattern: $0)))
                }
                put(plan, x: x, y: y, style: cell.style)
                x += shown
            }
        }
        wrefresh(window)
    }

    private func put(_ plan: ClusterEmission, x: Int, y: Int, style: Style) {
        let (attrs, pair) = attributes(for: style)
        var column = x
        for cell in plan.cells {
            var scalars = cell.map { wchar_t(bitPattern: $0) }
            scalars.append(0)
            let advance = max(1, Int(wcwidth(scalars[0])))
            _ = parley_put_cluster_whole(window, Int32(y), Int32(column), scalars, Int32(cell.count), attrs, pair)
            column += advance
        }
        let space: [wchar_t] = [0x20, 0]
        for _ in 0..<plan.padding {
            _ = parley_put_cluster_whole(window, Int32(y), Int32(column), space, 1, attrs, pair)
            column += 1
        }
    }

    /// Curses attributes and colour pair for a style. Pairs are numbered 1 + fg·9 + bg, with 0 for
    /// the terminal default, and created on first use.
    func attributes(for style: Style) -> (attr_t, Int16) {
        var attrs = parley_a_normal()
        if style.bold { attrs |= parley_a_bold() }
        if style.underline { attrs |= parley_a_underline() }
        if style.reverse { attrs |= parley_a_reverse() }
        if style.dim { attrs |= parley_a_dim() }
        if style.italic { attrs |= hasItalics ? parley_a_italic() : parley_a_underline() }
        guard colorsEnabled, style.fg != nil || style.bg != nil else { return (attrs, 0) }
        let fg = Int16(style.fg.map { $0.rawValue + 1 } ?? 0)
        let bg = Int16(style.bg.map { $0.rawValue + 1 } ?? 0)
        let pair = 1 + fg * 9 + bg
        if !initialisedPairs.contains(pair) {
            init_pair(pair, fg - 1, bg - 1)
            initialisedPairs.insert(pair)
        }
        return (attrs, pair)
    }

    /// The scalars curses holds in a cell (for tests).
    func cellScalars(x: Int, y: Int) -> [Unicode.Scalar] {
        var out = [wchar_t](repeating: 0, count: 8)
        let n = parley_read_cell(window, Int32(y), Int32(x), &out, Int32(out.count))
        guard n > 0 else { return [] }
        return out[0..<Int(n)].compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
    }
}
