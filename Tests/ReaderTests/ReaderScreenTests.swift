import Foundation
import InterviewKit
import Testing
import TerminalUI
@testable import Reader

/// Whole reader screens rendered into the in-memory buffer and read back as text.
@Suite("Reader screens")
struct ReaderScreenTests {
    @Test func wideScreenShowsListAndDetailSideBySide() {
        let reader = Fixtures.controller(width: 100, height: 10)
        let lines = reader.frame().lines()
        #expect(lines.count == 10)
        #expect(lines.allSatisfy { DisplayWidth.of($0) == 100 })
        #expect(lines[0].hasPrefix("┌ Interviews ─"))
        #expect(lines[0].contains("┐┌"), "two panes")
        #expect(lines[1].contains("Alpha talks — Ada Guest"))
        #expect(lines[1].contains("│Alpha talks"), "the detail shows the selected interview's card")
        #expect(lines[2].contains("Beta 日本語 chat — Yuki Guest"))
        #expect(lines[9].hasPrefix("test-library · 3 interviews"))
        #expect(lines[9].hasSuffix("q quit"))
    }

    @Test func narrowScreenShowsOnePaneAtATime() {
        let reader = Fixtures.controller(width: 40, height: 12)
        #expect(!reader.frame().lines()[0].contains("┐┌"))
        reader.press(.enter, .enter)
        let lines = reader.frame().lines()
        #expect(lines[0].hasPrefix("┌ Question 1 of 3 "))
        #expect(lines[1] == "│Hana Host: Who are you?               │")
        #expect(lines[3] == "│Ada Guest:                            │")
        #expect(lines[4] == "│  I build compilers.                  │")
        #expect(lines[6] == "│  Mostly in Swift 🙂.                 │", "the emoji takes two columns and the border stays put")
        #expect(lines[11].hasPrefix("test-library · Alpha talks · question 1"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) == 40 })
    }

    @Test func matchesAreStyledInTheDetail() {
        let reader = Fixtures.controller(width: 60, height: 16)
        reader.press(.char("/"))
        reader.type("gnocchi")
        reader.press(.down, .enter)  // the second hit: Beta, in Japanese text
        let buffer = reader.frame()
        let lines = buffer.lines()
        let row = try! #require(lines.firstIndex { $0.contains("Gnocchi") })
        let column = DisplayWidth.of(lines[row].prefix { $0 != "G" })
        #expect(buffer[column, row].style.reverse || buffer[column, row].style.bold, "the match is marked")
        #expect(buffer[column - 2, row].style == buffer[1, row].style || !buffer[column - 2, row].style.reverse)
    }

    @Test func bookmarkedQuestionsAndInterviewsAreMarked() {
        let reader = Fixtures.controller(width: 100, height: 12)
        reader.press(.enter, .char("]"), .char("b"))
        #expect(reader.frame().lines()[3].contains("★ 2. What about databases?"))
        reader.press(.char("h"))
        #expect(reader.frame().lines()[1].contains("★"))
        #expect(!reader.frame().lines()[2].contains("★"))
    }

    @Test(arguments: [(10, 3), (23, 12), (40, 5), (1, 1)])
    func tinyTerminalsGetAMessageNotABrokenScreen(width: Int, height: Int) {
        let reader = Fixtures.controller(width: width, height: height)
        let lines = reader.frame().lines()
        #expect(lines.count == height)
        #expect(lines.allSatisfy { DisplayWidth.of($0) == width })
        #expect(!lines.joined().contains("Interviews"))
        if width >= 20 && height >= 3 { #expect(lines.joined().lowercased().contains("small")) }
    }

    @Test func searchPaneShowsCountAndSnippets() {
        let text = searchScreen(for: "gnocchi")
        #expect(text.contains("/ gnocchi"))
        #expect(text.contains("2 results"))
        #expect(text.contains("Alpha talks"))
        #expect(text.contains("Gnocchi stores metrics."))
    }

    @Test func oneSearchResultIsSingular() {
        let text = searchScreen(for: "compilers")
        #expect(text.contains("1 result"))
        #expect(!text.contains("1 results"))
    }

    @Test func oneBookmarkIsSingular() {
        let reader = Fixtures.controller(width: 100, height: 12)
        reader.press(.enter, .char("b"), .char("B"))
        let text = reader.frame().lines().joined(separator: "\n")
        #expect(text.contains("1 bookmark"))
        #expect(!text.contains("1 bookmarks"))
    }

    /// The search pane's text after typing `query` into a fresh 80×14 reader.
    private func searchScreen(for query: String) -> String {
        let reader = Fixtures.controller(width: 80, height: 14)
        reader.press(.char("/"))
        reader.type(query)
        return reader.frame().lines().joined(separator: "\n")
    }

    @Test func helpOverlayIsGeneratedFromTheKeymap() {
        let reader = Fixtures.controller(width: 80, height: 40)
        reader.press(.char("?"))
        let text = reader.frame().lines().joined(separator: "\n")
        for binding in Keymap.standard.bindings { #expect(text.contains(binding.help)) }
    }
}
