import Testing
import TerminalUI

@Suite struct SearchPaneTests {
    let results = [
        SearchResultRow(
            title: "Boats", question: "What did you build?", speaker: "Guest",
            snippet: "A small boat. Then a bigger boat, and later", highlights: [8..<12, 28..<32]),
        SearchResultRow(
            title: "日本語の本", question: "Why boats?", speaker: "Interviewer",
            snippet: "Because a boat 🙂 floats, mostly, in most weather conditions we had that summer",
            highlights: [10..<14]),
    ]

    var pane: SearchPane {
        SearchPane(query: "boat", resultCount: 2, results: results, selected: 1, editing: false)
    }

    @Test func rendersAt40x8() {
        let buffer = rendered(40, 8) { pane.render(into: &$0, area: $1) }
        #expect(buffer.lines() == [
            "┌ Search ──────────────────────────────┐",
            "│/ boat                       2 results│",
            "│──────────────────────────────────────│",
            "│Boats › What did you build?      Guest│",
            "│  A small boat. Then a bigger boat, a…│",
            "│日本語の本 › Why boats?    Interviewer│",
            "│  Because a boat 🙂 floats, mostly, i…│",
            "└──────────────────────────────────────┘",
        ])
        // Snippet matches: "boat" at columns 11–14 and 31–34 of row 4; "boat" at 13–16 of row 6.
        #expect((11..<15).allSatisfy { buffer[$0, 4].style == Theme.standard.match })
        #expect((31..<35).allSatisfy { buffer[$0, 4].style == Theme.standard.match })
        #expect(buffer[10, 4].style == Theme.standard.secondary)
        #expect((13..<17).allSatisfy { buffer[$0, 6].style == Theme.standard.match })
        // The selected result's first line is marked; the other is not.
        #expect(buffer[2, 5].style.reverse)
        #expect(!buffer[2, 3].style.reverse)
    }

    @Test func rendersAt80x24And200x50() {
        for (width, height) in [(80, 24), (200, 50)] {
            let buffer = rendered(width, height) { pane.render(into: &$0, area: $1) }
            let lines = buffer.lines()
            #expect(lines.allSatisfy { DisplayWidth.of($0) == width })
            #expect(lines[1] == "│" + TextLayout.pad("/ boat", width: width - 11) + "2 results│")
            #expect(lines[4] == "│" + TextLayout.pad("  A small boat. Then a bigger boat, and later", width: width - 2) + "│")
        }
        let wide = rendered(80, 24) { pane.render(into: &$0, area: $1) }
        #expect(wide.lines()[6] == "│  Because a boat 🙂 floats, mostly, in most weather conditions we had that su…│")
    }

    @Test func rendersAtTinySize() {
        let buffer = rendered(10, 3) { pane.render(into: &$0, area: $1) }
        #expect(buffer.lines() == ["┌ Search ┐", "│/ at  2…│", "└────────┘"])
    }

    @Test func cursorIsDrawnAtItsCharacter() {
        let editing = SearchPane(query: "日本語 query", cursor: 2)
        let buffer = rendered(30, 5) { editing.render(into: &$0, area: $1) }
        #expect(buffer.lines() == [
            "┌ Search ────────────────────┐",
            "│/ 日本語 query              │",
            "│────────────────────────────│",
            "│Type to search              │",
            "└────────────────────────────┘",
        ])
        // Cursor on "語": columns 3 (prompt) + 4 (日本) = 7.
        #expect(buffer[7, 1].style.reverse)
        #expect(!buffer[5, 1].style.reverse && !buffer[9, 1].style.reverse)
        // At the end, the cursor is a reversed blank after the text.
        let atEnd = rendered(30, 5) { SearchPane(query: "ab").render(into: &$0, area: $1) }
        #expect(atEnd[5, 1].style.reverse && atEnd[5, 1].symbol == " ")
    }

    @Test func longQueryScrollsToKeepTheCursorVisible() {
        let long = SearchPane(query: "a very long query that scrolls", resultCount: 0)
        let buffer = rendered(20, 5) { long.render(into: &$0, area: $1) }
        #expect(buffer.lines()[1] == "│/  scrolls  0 res…│")
        #expect(buffer.lines()[3] == "│No matches        │")
        #expect(buffer[11, 1].style.reverse)
    }

    @Test func snippetWindowShowsAMatchNearTheEnd() {
        let snippet = "one two three four five six seven eight nine ten eleven twelve boat thirteen fourteen"
        let offset = snippet.distance(from: snippet.startIndex, to: snippet.range(of: "boat")!.lowerBound)
        let row = SearchResultRow(title: "T", question: "Q", speaker: "S", snippet: snippet, highlights: [offset..<offset + 4])
        let pane = SearchPane(query: "boat", resultCount: 1, results: [row], selected: 0)
        let buffer = rendered(30, 6) { pane.render(into: &$0, area: $1) }
        // Room is 26 columns: "…", up to a quarter of it as context, the match, the rest cut with "…".
        #expect(buffer.lines()[4] == "│  …welve boat thirteen four…│")
        #expect((10..<14).allSatisfy { buffer[$0, 4].style == Theme.standard.match })
        #expect(buffer[9, 4].style == Theme.standard.secondary && buffer[14, 4].style == Theme.standard.secondary)
        #expect(buffer[3, 4].style == Theme.standard.secondary)
    }

    @Test func clickedRowMapsToAResult() {
        let area = Rect(x: 0, y: 0, width: 40, height: 8)
        #expect(pane.visibleResults(in: area) == 2)
        #expect(pane.result(atY: 3, in: area) == 0)
        #expect(pane.result(atY: 4, in: area) == 0)
        #expect(pane.result(atY: 5, in: area) == 1)
        #expect(pane.result(atY: 1, in: area) == nil)
    }
}

@Suite struct StatusBarTests {
    let bar = StatusBar(left: "Library — 日本", middle: "3 interviews", right: "? help")

    @Test(arguments: [
        (40, "Library — 日本 3 interviews       ? help"),
        (20, "Library — 日… ? help"),
        (10, "Li… ? help"),
        (6, "? help"),
        (3, "? …"),
    ])
    func fitsExactlyTheWidth(width: Int, expected: String) {
        let buffer = rendered(width, 1) { bar.render(into: &$0, area: $1) }
        #expect(buffer.lines() == [expected])
        #expect(DisplayWidth.of(buffer.lines()[0]) == width)
        #expect((0..<width).allSatisfy { buffer[$0, 0].style.reverse })
    }

    @Test func middleIsCentredWhenThereIsRoom() {
        let buffer = rendered(80, 1) { StatusBar(left: "a", middle: "mid", right: "z").render(into: &$0, area: $1) }
        #expect(buffer.lines()[0] == "a" + String(repeating: " ", count: 37) + "mid" + String(repeating: " ", count: 38) + "z")
        let huge = rendered(200, 2) { bar.render(into: &$0, area: $1) }
        #expect(DisplayWidth.of(huge.lines()[0]) == 200)
        #expect(huge.lines()[1] == String(repeating: " ", count: 200))
    }
}

@Suite struct HelpOverlayTests {
    let overlay = HelpOverlay(entries: [
        HelpEntry(keys: "j/↓", description: "down"), HelpEntry(keys: "k/↑", description: "up"),
        HelpEntry(keys: "/", description: "search all interviews"), HelpEntry(keys: "q", description: "quit"),
    ])

    @Test func centredBoxOverTheScreen() {
        var buffer = Buffer(width: 40, height: 8)
        for y in 0..<8 { buffer.write(String(repeating: "x", count: 40), x: 0, y: y) }
        overlay.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == [
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "xxxxx┌ Keys ──────────────────────┐xxxxx",
            "xxxxx│ j/↓  down                  │xxxxx",
            "xxxxx│ k/↑  up                    │xxxxx",
            "xxxxx│ /    search all interviews │xxxxx",
            "xxxxx│ q    quit                  │xxxxx",
            "xxxxx└────────────────────────────┘xxxxx",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ])
        #expect(buffer[7, 2].style.bold)  // keys column
    }

    @Test func scrollsWhenTallerThanTheScreen() {
        var scrolled = overlay
        scrolled.offset = 1
        let buffer = rendered(30, 5) { scrolled.render(into: &$0, area: $1) }
        #expect(buffer.lines() == [
            "┌ Keys ──────────────────────┐",
            "│ k/↑  up                    │",
            "│ /    search all interviews │",
            "│ q    quit                  │",
            "└─────────────────────── 4/4 ┘",
        ])
    }

    @Test func rendersAtTinySize() {
        let buffer = rendered(10, 3) { overlay.render(into: &$0, area: $1) }
        #expect(buffer.lines() == ["┌ Keys ──┐", "│ j/↓  … │", "└─── 1/4 ┘"])
    }
}

@Suite struct TooSmallTests {
    @Test func decidesWhetherTheAreaFits() {
        let small = TooSmall()
        #expect(small.fits(Rect(x: 0, y: 0, width: 20, height: 6)))
        #expect(!small.fits(Rect(x: 0, y: 0, width: 19, height: 24)))
        #expect(!small.fits(Rect(x: 0, y: 0, width: 80, height: 5)))
    }

    @Test func saysWhatIsNeeded() {
        let buffer = rendered(19, 5) { TooSmall().render(into: &$0, area: $1) }
        #expect(buffer.lines() == [
            "                   ",
            "Terminal too small:",
            "  need 20×6, have  ",
            "       19×5.       ",
            "                   ",
        ])
    }

    @Test func staysSaneWhenTiny() {
        #expect(rendered(10, 3) { TooSmall().render(into: &$0, area: $1) }.lines() == ["          ", "Too small ", "          "])
        #expect(rendered(1, 1) { TooSmall().render(into: &$0, area: $1) }.lines() == ["T"])
        #expect(rendered(0, 0) { TooSmall().render(into: &$0, area: $1) }.lines() == [])
    }
}
