import Foundation
import InterviewKit
import Testing
import TerminalUI
@testable import Reader

/// Opening a search hit lands on its occurrence; `n` / `N` walk every hit in rank order.
@Suite("Reader: landing on hits and stepping through them")
struct HitNavigationTests {
    /// One answer of 40 paragraphs: "zebra" in the first and in the 31st, nowhere else.
    static let longAnswer: Interview = {
        let paragraphs = (0..<40).map { number in
            number == 0 || number == 30 ? "Paragraph \(number) mentions a zebra here." : "Paragraph \(number) is filler text about nothing."
        }
        return Interview(id: "long", title: "Long answer", speakers: Fixtures.speakers("Hana Host", "Ada Guest"),
                         exchanges: [Exchange(question: Question(speaker: "hana-host", text: "Tell me everything?"),
                                              answers: [Answer(speaker: "ada-guest", paragraphs: paragraphs)])])
    }()

    @Test func openingAHitDeepInAnAnswerShowsThatVeryOccurrence() throws {
        let reader = Fixtures.controller(width: 60, height: 16, library: MemoryLibrary([Self.longAnswer]))
        reader.press(.char("/"))
        reader.type("zebra")
        #expect(reader.state.hits.count == 2)
        reader.press(.down, .enter)  // the hit in paragraph 30
        let (layout, height) = try #require(reader.detailLayout())
        let current = try #require(reader.state.matchCursor)
        #expect(current == 1, "the second zebra (paragraph 30) is the current match, not the first")
        let top = min(layout.line(of: reader.state.detailScroll), layout.maxTopLine(height: height))
        let line = layout.matches[current].line
        #expect(line >= top && line < top + height, "the occurrence is on screen")
        #expect(line - top >= height / 4, "a little way down the pane, with the paragraph's context above it")
        #expect(reader.screenText.contains("Paragraph 30 mentions a zebra"))
        #expect(reader.state.message?.hasPrefix("hit 2 of 2") == true)
    }

    @Test func nWalksHitsAcrossInterviewsAndSaysWhenItWraps() {
        let reader = Fixtures.controller(width: 100, height: 20)
        reader.press(.char("/"))
        reader.type("gnocchi")
        #expect(reader.state.hits.map(\.interviewID) == ["alpha", "beta"])
        reader.press(.enter)
        #expect(reader.state.interview?.id == "alpha")
        #expect(reader.state.message?.hasPrefix("hit 1 of 2") == true)
        reader.press(.char("n"))
        #expect(reader.state.interview?.id == "beta", "the next hit is in another interview")
        #expect(reader.state.matchCursor == 0)
        #expect(reader.state.message?.hasPrefix("hit 2 of 2") == true)
        reader.press(.char("n"))
        #expect(reader.state.interview?.id == "alpha")
        #expect(reader.state.message?.contains("back to the first") == true, "wrapping is said: \(reader.state.message ?? "")")
        reader.press(.char("N"))
        #expect(reader.state.interview?.id == "beta")
        #expect(reader.state.message?.contains("on to the last") == true)
        // Back goes to the search, on the hit last read.
        reader.press(.char("q"))
        #expect(reader.state.screen == .search)
        #expect(reader.state.search.list.cursor == 1)
    }

    @Test func nWalksHitsWithinOneAnswerWithoutReloading() {
        let library = MemoryLibrary([Self.longAnswer])
        let reader = Fixtures.controller(width: 60, height: 16, library: library)
        reader.press(.char("/"))
        reader.type("zebra")
        reader.press(.enter)
        #expect(reader.state.matchCursor == 0)
        reader.press(.char("n"))
        #expect(reader.state.matchCursor == 1)
        #expect(reader.state.message?.hasPrefix("hit 2 of 2") == true)
    }

    @Test func withoutASearchNSaysHowToSearch() {
        let reader = Fixtures.controller()
        reader.press(.enter, .char("n"))
        #expect(reader.state.message == "No search to step through: / searches")
    }
}

/// Highlighting follows the parsed query.
@Suite("Reader: highlighting what the query looked for")
struct QueryHighlightTests {
    static func lit(_ query: String, in text: String) -> [String] {
        let characters = Array(text)
        return MatchHighlighter(query: query).ranges(in: text).map { String(characters[$0]) }
    }

    @Test func aPhraseIsOneMatchAndItsWordsAloneAreNot() {
        let text = "The Swift way: the swift compiler, then Swift alone and the end."
        #expect(Self.lit("\"the swift\"", in: text) == ["The Swift", "the swift"])
    }

    @Test func exclusionsAndFilterValuesAreNotLit() {
        let text = "Ada Love spoke of lisp and gnocchi; Python too."
        #expect(Self.lit("speaker:\"ada love\" -gnocchi NOT python lisp", in: text) == ["lisp"])
        #expect(Self.lit("in:spoke lisp", in: text) == ["lisp"])
    }

    @Test func wordsMatchAtWordStartsWithEndingsIgnoredAndAccentsFolded() {
        #expect(Self.lit("contributing", in: "I contribute; we contributed.") == ["contribute", "contributed"])
        #expect(Self.lit("cafe", in: "Un café, un CAFÉ, pas de décafé.") == ["café", "CAFÉ"])
        #expect(Self.lit("pyth*", in: "Python and pythons") == ["Python", "pythons"])
    }
}
