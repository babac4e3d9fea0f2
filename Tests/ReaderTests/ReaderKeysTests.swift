import Foundation
import InterviewKit
import Testing
import TerminalUI
@testable import Reader

@Suite("Reader: keys → state")
struct ReaderKeysTests {
    @Test func movesThroughTheLibraryAndOpensAnInterview() {
        let reader = Fixtures.controller()
        reader.press(.char("j"), .char("j"))
        #expect(reader.state.libraryCursor == 2)
        reader.press(.char("j"))
        #expect(reader.state.libraryCursor == 2, "stays on the last row")
        reader.press(.char("g"), .enter)
        #expect(reader.state.screen == .interview)
        #expect(reader.state.interview?.id == "alpha")
        #expect(reader.state.selectedExchange == 0, "opens on the first question, past the introduction")
    }

    @Test func questionNavigationAndBack() {
        let reader = Fixtures.controller()
        reader.press(.enter, .char("]"), .char("]"))
        #expect(reader.state.selectedExchange == 2)
        reader.press(.char("]"))
        #expect(reader.state.selectedExchange == 2)
        reader.press(.char("["))
        #expect(reader.state.selectedExchange == 1)
        reader.press(.char("l"))
        #expect(reader.state.focus == .detail)
        reader.press(.escape)
        #expect(reader.state.focus == .list)
        reader.press(.char("h"))
        #expect(reader.state.screen == .library)
    }

    @Test func detailScrollsByLinesAndPages() {
        let reader = Fixtures.controller(width: 60, height: 12)
        reader.press(.enter, .char("]"), .enter)
        #expect(reader.state.focus == .detail)
        let layout = reader.detailLayout()!.0
        reader.press(.char("j"))
        #expect(layout.line(of: reader.state.detailScroll) == 1)
        reader.press(.pageDown)
        #expect(layout.line(of: reader.state.detailScroll) > 5)
        reader.press(.char("G"))
        #expect(layout.line(of: reader.state.detailScroll) == layout.maxTopLine(height: reader.detailLayout()!.1))
        reader.press(.char("g"))
        #expect(layout.line(of: reader.state.detailScroll) == 0)
    }

    @Test func aNoticeFromTheSearchIsShownOnceInTheStatus() {
        let library = MemoryLibrary()
        let reader = Fixtures.controller(library: library)
        reader.press(.char("/"))
        library.pendingNotices = ["the search index was damaged; rebuilt it from the files"]
        reader.type("g")
        #expect(reader.state.message == "the search index was damaged; rebuilt it from the files")
        reader.type("n")
        #expect(reader.state.message == nil)
    }

    @Test func aQueryOfOnlyExclusionsSaysAWordIsMissing() {
        let reader = Fixtures.controller()
        reader.press(.char("/"))
        reader.type("-gnocchi")
        #expect(reader.state.message?.contains("add a word to look for") == true)
        reader.type(" pasta")
        #expect(reader.state.message == nil)
    }

    @Test func searchAsYouTypeThenOpenTheHitWithMatchesHighlighted() {
        let library = MemoryLibrary()
        let reader = Fixtures.controller(library: library)
        reader.press(.char("/"))
        #expect(reader.state.inputMode == .searchLine)
        reader.type("gnocchi")
        #expect(library.searches.last == "gnocchi")
        #expect(library.searches.count == 7, "searches on every keystroke")
        #expect(reader.state.hits.count == 2)
        reader.press(.enter)
        #expect(reader.state.screen == .interview)
        #expect(reader.state.interview?.id == "alpha")
        #expect(reader.state.selectedExchange == 1)
        #expect(reader.state.focus == .detail)
        #expect(reader.state.matchCursor != nil)
        let layout = reader.detailLayout()!.0
        #expect(layout.matches.count == 1)
    }

    @Test func escapeLeavesTheSearchLineThenTheSearch() {
        let reader = Fixtures.controller()
        reader.press(.char("/"))
        reader.type("q")
        #expect(reader.state.query == "q", "q is text on the search line, not quit")
        #expect(!reader.state.isFinished)
        reader.press(.backspace)
        #expect(reader.state.query == "")
        reader.press(.escape)
        #expect(reader.state.inputMode == .normal)
        reader.press(.escape)
        #expect(reader.state.screen == .library)
        reader.press(.char("q"))
        #expect(reader.state.isFinished)
    }

    @Test func bookmarksTheAnswerOnScreenAndListsIt() {
        let reader = Fixtures.controller()
        reader.press(.char("G"), .enter, .char("]"), .enter)  // gamma, second question
        #expect(reader.state.selectedExchange == 1)
        reader.press(.char("b"))
        #expect(reader.state.bookmarks.count == 1)
        #expect(reader.state.bookmarks.first?.answerIndex == 0)
        #expect(reader.state.message?.contains("Bookmarked") == true)
        reader.press(.char("B"))
        #expect(reader.state.screen == .bookmarks)
        #expect(reader.screenText.contains("Two answers here."))
        reader.press(.char("b"))
        #expect(reader.state.bookmarks.isEmpty, "b in the bookmarks view removes it")
    }

    @Test func bookmarkOpensItsAnswer() {
        let reader = Fixtures.controller()
        reader.press(.enter, .char("]"), .char("]"), .char("b"), .char("B"), .enter)
        #expect(reader.state.screen == .interview)
        #expect(reader.state.interview?.id == "alpha")
        #expect(reader.state.selectedExchange == 2)
    }

    @Test func helpOverlayOpensAndAnyKeyClosesIt() {
        let reader = Fixtures.controller()
        reader.press(.char("?"))
        #expect(reader.state.showHelp)
        #expect(reader.screenText.contains("next question"))
        reader.press(.char("x"))
        #expect(!reader.state.showHelp)
        #expect(reader.state.libraryCursor == 0)
    }

    @Test func resizeKeepsTheFirstVisibleParagraph() throws {
        let reader = Fixtures.controller(width: 120, height: 12)
        reader.press(.enter, .char("]"), .enter)
        // Scroll well into the long answer, so that a resize that loses the place (back to
        // the top, or to the question) shows.
        for _ in 0..<8 { reader.press(.char("j")) }
        let (wide, _) = try #require(reader.detailLayout())
        let before = wide.position(ofLine: wide.line(of: reader.state.detailScroll))
        #expect(before.block > 0 && before.line > 0, "the first visible line is not inside a paragraph below the question: \(before)")
        reader.handle(.resize(Size(width: 50, height: 14)))
        #expect(reader.frame().width == 50)
        // Rewrapped to the narrower pane, the first visible line is still in that paragraph.
        let (narrow, _) = try #require(reader.detailLayout())
        #expect(narrow.position(ofLine: narrow.line(of: reader.state.detailScroll)).block == before.block)
    }

    @Test func mouseWheelScrollsThePaneUnderThePointerAndClickSelects() {
        let reader = Fixtures.controller(width: 120, height: 20)
        reader.press(.enter, .char("]"))
        reader.handle(.mouse(x: 100, y: 5, kind: .wheelDown))
        #expect(reader.state.focus == .detail)
        #expect(reader.detailLayout()!.0.line(of: reader.state.detailScroll) == 3)
        reader.handle(.mouse(x: 5, y: 1, kind: .click))
        #expect(reader.state.focus == .list)
        #expect(reader.state.blockCursor == 0)
    }

    @Test func everyKeyInTheHelpComesFromTheKeymap() {
        let entries = Keymap.standard.helpEntries
        for binding in Keymap.standard.bindings {
            #expect(entries.contains { $0.description == binding.help })
        }
    }
}

@Suite("Keymap documentation")
struct KeymapDocumentationTests {
    @Test func docsKeysListsEveryBindingAsTheHelpDoes() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/KEYS.md").standardized
        let text = try String(contentsOf: url, encoding: .utf8)
        for binding in Keymap.standard.bindings + Keymap.standard.searchLineBindings {
            let keys = binding.keys.map(Keymap.name).joined(separator: " ")
            #expect(text.contains("| `\(keys)` | \(binding.help) |"), "docs/KEYS.md lacks: \(keys) — \(binding.help)")
        }
    }
}
