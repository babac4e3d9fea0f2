import Testing
import TerminalUI

@Suite struct TextViewTests {
    let view = TextView(document: Fixtures.document, title: "Reading")

    @Test func rendersAt40x12() {
        let buffer = rendered(40, 12) { view.render(into: &$0, area: $1) }
        #expect(buffer.lines() == [
            "┌ Reading ─────────────────────────────┐",
            "│On making things                      │",
            "│                                      │",
            "│Interviewer:                          │",
            "│  What did you build first?           │",
            "│                                      │",
            "│Guest:                                │",
            "│  A small boat. Then a bigger boat,   │",
            "│  and later a house by the water.     │",
            "│                                      │",
            "│日本語 and émojis 👨‍👩‍👧 end.             │",
            "└───────────────────────────────── All ┘",
        ])
        #expect(buffer[1, 1].style.bold && buffer[1, 1].style.underline)  // heading
        #expect(buffer[1, 3].style.bold)  // speaker label
        #expect(!buffer[3, 4].style.bold)  // body text
    }

    @Test func highlightsLandOnTheMatchedCells() {
        let buffer = rendered(40, 12) { view.render(into: &$0, area: $1) }
        let theme = Theme.standard
        // "build" is at offset 13 of the question: border 1 + indent 2 + 13 = column 16.
        for x in 16..<21 { #expect(buffer[x, 4].style == theme.text.patched(with: theme.match)) }
        #expect(buffer[15, 4].style == theme.text)
        #expect(buffer[21, 4].style == theme.text)
        // Both "boat"s in the answer.
        #expect((11..<15).allSatisfy { buffer[$0, 7].style.underline })
        #expect((31..<35).allSatisfy { buffer[$0, 7].style.underline })
        #expect(!buffer[16, 7].style.underline)
    }

    @Test func currentMatchStandsOut() {
        var current = view
        let layout = current.layout(for: Rect(x: 0, y: 0, width: 40, height: 12))
        #expect(layout.matches == [
            MatchLocation(block: 1, highlight: 0, line: 3),
            MatchLocation(block: 2, highlight: 0, line: 6),
            MatchLocation(block: 2, highlight: 1, line: 6),
        ])
        current.currentMatch = 2
        let buffer = rendered(40, 12) { current.render(into: &$0, area: $1) }
        #expect(buffer[31, 7].style.bold && buffer[31, 7].style.reverse)
        #expect(!buffer[11, 7].style.bold)
    }

    @Test func scrollPositionAndLinesRoundTrip() {
        let layout = DocumentLayout(document: Fixtures.document, width: 38)
        #expect(layout.lineCount == 10)
        for line in 0..<layout.lineCount {
            #expect(layout.line(of: layout.position(ofLine: line)) == line)
        }
        #expect(layout.position(ofLine: 0) == ScrollPosition(block: 0, line: 0))
        // The blank line after a block belongs to that block.
        #expect(layout.position(ofLine: 1) == ScrollPosition(block: 0, line: 1))
        #expect(layout.position(ofLine: 5) == ScrollPosition(block: 2, line: 0))
        #expect(layout.line(of: ScrollPosition(block: 2, line: 99)) == 8)
        #expect(layout.line(of: ScrollPosition(block: 9, line: 0)) == 9)
        #expect(layout.maxTopLine(height: 4) == 6)
        #expect(layout.scrolled(.top, by: 3, height: 4) == ScrollPosition(block: 1, line: 1))
        #expect(layout.scrolled(.top, by: 100, height: 4) == layout.position(ofLine: 6))
        #expect(layout.scrolled(ScrollPosition(block: 1), by: -100, height: 4) == .top)
        #expect(layout.scrollIndicator(topLine: 0, height: 20) == "All")
        #expect(layout.scrollIndicator(topLine: 3, height: 4) == "50%")
        #expect(layout.blockIndex(id: "a1", in: Fixtures.document) == 2)
    }

    @Test func resizeKeepsTheFirstVisibleParagraph() {
        var scrolled = view
        scrolled.scroll = ScrollPosition(block: 2, line: 1)  // the answer's first text line
        let wide = rendered(40, 5) { scrolled.render(into: &$0, area: $1) }
        #expect(wide.lines()[1] == "│  A small boat. Then a bigger boat,   │")
        let narrow = rendered(22, 5) { scrolled.render(into: &$0, area: $1) }
        #expect(narrow.lines()[1] == "│  A small boat. Then│")
        #expect(narrow.lines()[2] == "│  a bigger boat, and│")
        #expect(narrow.lines()[4] == "└─────────────── 63% ┘")
    }

    @Test func scrollsPastTheEndClampToAFullView() {
        var scrolled = view
        scrolled.scroll = ScrollPosition(block: 3)
        let buffer = rendered(40, 6) { scrolled.render(into: &$0, area: $1) }
        // 10 lines, 4 visible: the last 4 are shown rather than one line and blanks.
        #expect(buffer.lines()[1] == "│  A small boat. Then a bigger boat,   │")
        #expect(buffer.lines()[4] == "│日本語 and émojis 👨‍👩‍👧 end.             │")
        #expect(buffer.lines()[5] == "└──────────────────────────────── 100% ┘")
    }

    @Test func rendersAt80x24And200x50() {
        for (width, height) in [(80, 24), (200, 50)] {
            let buffer = rendered(width, height) { view.render(into: &$0, area: $1) }
            let lines = buffer.lines()
            #expect(lines.allSatisfy { DisplayWidth.of($0) == width })
            #expect(lines[7] == "│" + TextLayout.pad("  A small boat. Then a bigger boat, and later a house by the water.", width: width - 2) + "│")
            #expect(lines[9] == "│" + TextLayout.pad("日本語 and émojis 👨‍👩‍👧 end.", width: width - 2) + "│")
        }
    }

    @Test func rendersAtTinySize() {
        let buffer = rendered(10, 3) { view.render(into: &$0, area: $1) }
        #expect(buffer.lines() == ["┌ Readi… ┐", "│On      │", "└──── 0% ┘"])
        let bare = rendered(3, 1) { view.render(into: &$0, area: $1) }
        #expect(bare.lines() == ["   "])
    }

    @Test func untrustedTextIsSanitisedAndHighlightsFollow() {
        let doc = TextDocument(blocks: [
            TextBlock(id: "x", kind: .paragraph, text: "\u{1B}[2Jkeep\tthis", highlights: [4..<8])
        ])
        let plain = TextView(document: doc, bordered: false)
        let buffer = rendered(20, 1) { plain.render(into: &$0, area: $1) }
        #expect(buffer.lines() == ["^[[2Jkeep   this    "])
        // Source offsets 4..<8 are "keep", which moved right by one column.
        #expect((5..<9).allSatisfy { buffer[$0, 0].style.underline })
        #expect(!buffer[4, 0].style.underline && !buffer[9, 0].style.underline)
    }
}

@Suite struct MatchNavigationTests {
    let layout = DocumentLayout(document: Fixtures.document, width: 38)

    @Test func nAndNWrapAroundTheMatches() {
        // Matches sit on lines 3, 6 and 6.
        #expect(layout.nextMatch(from: nil, topLine: 0, forward: true) == 0)
        #expect(layout.nextMatch(from: nil, topLine: 4, forward: true) == 1)
        #expect(layout.nextMatch(from: nil, topLine: 9, forward: true) == 0)
        #expect(layout.nextMatch(from: nil, topLine: 4, forward: false) == 0)
        #expect(layout.nextMatch(from: nil, topLine: 0, forward: false) == 2)
        #expect(layout.nextMatch(from: 2, topLine: 0, forward: true) == 0)
        #expect(layout.nextMatch(from: 0, topLine: 0, forward: false) == 2)
        let empty = DocumentLayout(document: TextDocument(blocks: []), width: 10)
        #expect(empty.nextMatch(from: nil, topLine: 0, forward: true) == nil)
        #expect(empty.lineCount == 0)
        #expect(empty.position(ofLine: 5) == .top)
    }

    @Test func revealKeepsVisibleLinesAndScrollsToOthersWithContext() {
        #expect(layout.reveal(line: 3, from: .top, height: 5) == .top)
        // Line 6 is below a 5-line view from the top: it lands one line below the new top.
        #expect(layout.line(of: layout.reveal(line: 6, from: .top, height: 5)) == 5)
        #expect(layout.line(of: layout.reveal(line: 0, from: layout.position(ofLine: 6), height: 3)) == 0)
    }
}
