/// How the ncurses backend sends one grapheme cluster so the screen stays aligned.
///
/// The problem: our layout gives every cluster 1 or 2 columns, but curses advances by `wcwidth`
/// per cell, and terminals draw some clusters at yet another width. Measured under tmux 3.3a
/// (cursor position after printing): a ZWJ sequence like 👨‍👩‍👧 is drawn 2 wide (curses would sum
/// 6), a flag 🇯🇵 is 2 (two 1-wide regional indicators), 👍🏽 is 4 (base + modifier), ⚠️ and 1️⃣
/// are 1 (VS16 ignored). The plan below keeps curses' idea of the cursor equal to the terminal's
/// in every case, then pads with spaces up to the layout width:
///
/// - ZWJ sequences go whole into one curses cell (up to `maxScalars`), which advances by the
///   base's width (2), like terminals that join them; longer ones fall back to their base.
/// - Otherwise the cluster is split into curses cells at each scalar with non-zero `wcwidth`
///   (combining marks ride along), so curses advances by the sum, as terminals do.
/// - When that sum exceeds the layout width (a skin-tone modifier), only the base cell is sent.
/// - VS16 (U+FE0F) is dropped when the result would be narrower than the layout: a terminal
///   that honours VS16 would draw it 2 wide where curses counts 1, and the padding space then
///   keeps both agreeing. The glyph shows in text style; alignment matters more.
/// - A cluster curses thinks is wider than the layout, or unprintable, is sent as spaces.
struct ClusterEmission: Equatable {
    /// Curses cells to write left to right, each a list of scalar values.
    var cells: [[UInt32]]
    /// Spaces to write after them, so the total is the layout width.
    var padding: Int

    static func plan(_ symbol: String, layoutWidth: Int, maxScalars: Int, wcwidth: (UInt32) -> Int) -> ClusterEmission {
        let blank = ClusterEmission(cells: [], padding: layoutWidth)
        let scalars = symbol.unicodeScalars.map(\.value)
        guard let base = scalars.first, layoutWidth > 0 else { return blank }
        let baseWidth = wcwidth(base)
        guard baseWidth > 0, baseWidth <= layoutWidth else { return blank }

        if scalars.contains(0x200D) {
            let cell = scalars.count <= maxScalars ? scalars : [base]
            return ClusterEmission(cells: [cell], padding: layoutWidth - baseWidth)
        }
        var cells: [[UInt32]] = []
        var advance = 0
        for scalar in scalars {
            let w = wcwidth(scalar)
            if w > 0 || cells.isEmpty {
                cells.append([scalar])
                advance += max(0, w)
            } else if w == 0, cells[cells.count - 1].count < maxScalars {
                cells[cells.count - 1].append(scalar)
            }
        }
        if advance > layoutWidth {
            cells = [cells[0]]
            advance = baseWidth
        }
        if advance < layoutWidth {
            cells = cells.map { $0.filter { $0 != 0xFE0F } }
        }
        return ClusterEmission(cells: cells, padding: layoutWidth - advance)
    }
}
