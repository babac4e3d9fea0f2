import Testing
import TerminalUI

@Suite struct ListViewTests {
    let list = ListView(rows: Fixtures.rows, selected: 4, title: "Interviews")

    @Test func rendersAt40x12() {
        let buffer = rendered(40, 12) { list.render(into: &$0, area: $1) }
        #expect(buffer.lines() == [
            "┌ Interviews ──────────────────────────┐",
            "│★ Alpha interview           2024-01-02│",
            "│  日本語のタイトル                  12│",
            "│  Family 👨‍👩‍👧 café                     3│",
            "│  A rather long title that… 2023-12-31│",
            "│  Escape ^[[2J attempt               0│",
            "│                                      │",
            "│                                      │",
            "│                                      │",
            "│                                      │",
            "│                                      │",
            "└──────────────────────────────────────┘",
        ])
        // The selected row is reversed across its whole width, inside the border only.
        for x in 1...38 { #expect(buffer[x, 5].style.reverse) }
        #expect(!buffer[0, 5].style.reverse)
        #expect(!buffer[39, 5].style.reverse)
        #expect(!buffer[5, 4].style.reverse)
        #expect(buffer[1, 1].style.bold)  // the mark
    }

    @Test func unfocusedSelectionIsUnderlinedNotReversed() {
        var unfocused = list
        unfocused.focused = false
        let buffer = rendered(40, 12) { unfocused.render(into: &$0, area: $1) }
        #expect(buffer[5, 5].style.underline)
        #expect(!buffer[5, 5].style.reverse)
        #expect(!buffer[0, 0].style.bold)  // unfocused border is plain
    }

    @Test func rendersAt80x24And200x50() {
        for (width, height) in [(80, 24), (200, 50)] {
            let buffer = rendered(width, height) { list.render(into: &$0, area: $1) }
            let lines = buffer.lines()
            #expect(lines.count == height)
            #expect(lines.allSatisfy { DisplayWidth.of($0) == width })
            let inner = width - 2
            #expect(lines[1] == "│" + TextLayout.pad("★ Alpha interview", width: inner - 10) + "2024-01-02│")
            #expect(lines[4] == "│" + TextLayout.pad("  A rather long title that will certainly not fit in a narrow list", width: inner - 10) + "2023-12-31│")
            #expect(lines[height - 1] == "└" + String(repeating: "─", count: inner) + "┘")
        }
    }

    @Test func rendersAtTinySize() {
        let buffer = rendered(10, 3) { list.render(into: &$0, area: $1) }
        #expect(buffer.lines() == ["┌ Inter… ┐", "│  Esc… 0│", "└─── 5/5 ┘"])
    }

    @Test func scrollsToKeepTheSelectionVisible() {
        let rows = (1...100).map { ListRow("Row \($0)", detail: "\($0)") }
        var view = ListView(rows: rows, selected: 49, offset: 0, title: "Many")
        #expect(view.visibleRows(in: Rect(x: 0, y: 0, width: 30, height: 12)) == 10)
        #expect(view.adjustedOffset(visibleRows: 10) == 40)
        let buffer = rendered(30, 12) { view.render(into: &$0, area: $1) }
        #expect(buffer.lines()[1].hasPrefix("│Row 41 "))
        #expect(buffer.lines()[10].hasPrefix("│Row 50 "))
        #expect(buffer.lines()[11] == "└──────────────────── 50/100 ┘")
        // Moving up inside the window does not scroll.
        view.offset = 40
        view.selected = 42
        #expect(view.adjustedOffset(visibleRows: 10) == 40)
        view.selected = 3
        #expect(view.adjustedOffset(visibleRows: 10) == 3)
        // An offset past the end is pulled back so the view stays full.
        view.offset = 95
        view.selected = 99
        #expect(view.adjustedOffset(visibleRows: 10) == 90)
        #expect(view.row(atY: 1, in: Rect(x: 0, y: 0, width: 30, height: 12)) == 90)
        #expect(view.row(atY: 0, in: Rect(x: 0, y: 0, width: 30, height: 12)) == nil)
    }

    @Test func showsAMessageWhenEmpty() {
        let view = ListView(rows: [], title: "Bookmarks", emptyMessage: "No bookmarks yet")
        let buffer = rendered(24, 4) { view.render(into: &$0, area: $1) }
        #expect(buffer.lines() == [
            "┌ Bookmarks ───────────┐",
            "│No bookmarks yet      │",
            "│                      │",
            "└──────────────────────┘",
        ])
    }

    @Test func unborderedListUsesTheWholeArea() {
        let view = ListView(rows: [ListRow("one", detail: "1"), ListRow("two")], selected: 0, bordered: false)
        let buffer = rendered(8, 2) { view.render(into: &$0, area: $1) }
        #expect(buffer.lines() == ["one    1", "two     "])
        #expect(buffer[7, 0].style.reverse)
    }

    /// A window builds only the rows on screen, and draws exactly what the whole list would.
    @Test func aWindowOfALongListBuildsOnlyTheRowsOnScreenAndDrawsTheSame() {
        let count = 10_000
        func row(_ index: Int) -> ListRow { ListRow("Interview \(index)", detail: "\(index % 7)", mark: index % 5 == 0 ? "★" : nil) }
        let area = Rect(x: 0, y: 0, width: 40, height: 12)
        var built: [Int] = []
        let window = ListView.window(count: count, selected: 5_000, offset: 4_000, area: area, title: "Interviews",
                                     showsMarks: true) { index in
            built.append(index)
            return row(index)
        }
        #expect(built == Array(4_991...5_000), "the ten rows that fit, ending on the selection")
        let whole = ListView(rows: (0..<count).map(row), selected: 5_000, offset: 4_000, title: "Interviews")
        let drawnWindow = rendered(40, 12) { window.render(into: &$0, area: $1) }
        let drawnWhole = rendered(40, 12) { whole.render(into: &$0, area: $1) }
        #expect(drawnWindow.lines() == drawnWhole.lines())
        #expect(drawnWindow.lines().last?.contains("5001/10000") == true)
        #expect(window.adjustedOffset(visibleRows: 10) == whole.adjustedOffset(visibleRows: 10))
        #expect(window.row(atY: 3, in: area) == whole.row(atY: 3, in: area))
    }
}
