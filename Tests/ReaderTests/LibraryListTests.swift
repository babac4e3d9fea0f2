import Foundation
import InterviewKit
import Testing
import TerminalUI
@testable import Reader

/// The library list: filtered as you type, sorted, and moved through with counts.
@Suite("Reader: filtering and sorting the list, counts before motions")
struct LibraryListTests {
    static func shownIDs(_ reader: ReaderRuntime) -> [String] {
        reader.state.library.shown.map { reader.state.library.interviews[$0].id }
    }

    @Test func theFilterNarrowsTheListAsYouTypeFuzzilyAndOpensWhatIsLeft() {
        let reader = Fixtures.controller(width: 100, height: 20)
        reader.press(.char("f"))
        #expect(reader.state.inputMode == .searchLine, "keys are typed into the filter")
        reader.type("gam")
        #expect(Self.shownIDs(reader) == ["gamma"])
        #expect(reader.screenText.contains("1 of 3 interviews"))
        reader.press(.backspace, .backspace, .backspace)
        reader.type("bchat")  // b…c…h…a…t in "Beta 日本語 chat"
        #expect(Self.shownIDs(reader) == ["beta"])
        reader.press(.backspace, .backspace, .backspace, .backspace, .backspace)
        reader.type("日本")
        #expect(Self.shownIDs(reader) == ["beta"])
        reader.press(.enter)
        #expect(reader.state.interview?.id == "beta")
        reader.press(.char("q"))
        #expect(Self.shownIDs(reader) == ["beta"], "the filter stays while it is not cleared")
        reader.press(.escape)
        #expect(Self.shownIDs(reader) == ["alpha", "beta", "gamma"], "back clears it")
        #expect(reader.state.library.selected?.id == "beta", "on the interview it was on")
    }

    @Test func wholeWordMatchesComeBeforeLooseOnes() {
        let items = [
            Interview(id: "loose", title: "Python: a deep dive into evolving views", speakers: [], exchanges: []),
            Interview(id: "whole", title: "PyDev of the Week", speakers: [], exchanges: []),
        ]
        let reader = Fixtures.controller(library: MemoryLibrary(items))
        reader.press(.char("f"))
        reader.type("pydev")
        #expect(Self.shownIDs(reader) == ["whole", "loose"])
    }

    @Test func theFilterMatchesPeopleAndIgnoresAccents() {
        let reader = Fixtures.controller()
        reader.press(.char("f"))
        reader.type("ÖLA")
        #expect(Self.shownIDs(reader) == ["gamma"])
        reader.press(.backspace, .backspace, .backspace)
        reader.type("zzz")
        #expect(Self.shownIDs(reader).isEmpty)
        #expect(reader.screenText.contains("No interview matches “zzz”"))
    }

    @Test func theFilterMatchesTags() {
        let items = [
            Interview(id: "tagged", title: "A talk", tags: ["Compilers", "café"], speakers: [], exchanges: []),
            Interview(id: "plain", title: "Another talk", speakers: [], exchanges: []),
        ]
        let reader = Fixtures.controller(library: MemoryLibrary(items))
        reader.press(.char("f"))
        reader.type("compil")
        #expect(Self.shownIDs(reader) == ["tagged"])
        reader.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        reader.type("CAFE")
        #expect(Self.shownIDs(reader) == ["tagged"], "a tag's accents ignored as the title's are")
    }

    @Test func sortCyclesTitleDateAndRecentlyRead() {
        let items = [
            Interview(id: "b", title: "Bravo", date: "2019", speakers: [], exchanges: []),
            Interview(id: "a", title: "alpha", speakers: [], exchanges: []),
            Interview(id: "c", title: "Charlie", date: "2021", speakers: [], exchanges: []),
        ]
        let reader = Fixtures.controller(library: MemoryLibrary(items))
        reader.press(.char("s"))
        #expect(Self.shownIDs(reader) == ["a", "b", "c"], "by title, case ignored")
        reader.press(.char("s"))
        #expect(Self.shownIDs(reader) == ["c", "b", "a"], "newest first, undated last")
        reader.press(.char("g"), .char("j"), .char("j"), .enter, .char("q"))  // read "a"
        reader.press(.char("g"), .enter, .char("q"))  // then "c"
        reader.press(.char("s"))
        #expect(Self.shownIDs(reader) == ["c", "a", "b"], "recently read first, unread last")
        reader.press(.char("s"))
        #expect(Self.shownIDs(reader) == ["b", "a", "c"], "back to the library's order")
    }

    @Test func aCountRepeatsTheMotion() {
        var state = ReaderState(libraryName: "lib", interviews: (0..<50).map { number in
            InterviewSummary(Interview(id: "i\(number)", title: "Interview \(number)", speakers: [], exchanges: []))
        }, size: Size(width: 60, height: 30))
        for action in [Action.count(1), .count(2), .moveDown] { _ = ReaderUpdate.update(&state, .action(action)) }
        #expect(state.library.list.cursor == 12)
        for action in [Action.count(5), .moveUp] { _ = ReaderUpdate.update(&state, .action(action)) }
        #expect(state.library.list.cursor == 7)
        for action in [Action.count(0), .moveDown] { _ = ReaderUpdate.update(&state, .action(action)) }
        #expect(state.library.list.cursor == 8, "a lone 0 is no count")
        #expect(state.count == 0)
    }

    @Test func aCountWorksThroughTheKeymapAndOnQuestions() {
        let reader = Fixtures.controller()
        reader.press(.enter, .char("2"), .char("]"))
        #expect(reader.state.selectedExchange == 2)
    }
}
