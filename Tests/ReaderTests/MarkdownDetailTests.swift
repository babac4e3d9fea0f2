import InterviewKit
import Testing
import TerminalUI
@testable import Reader

/// The detail pane renders an interview's Markdown, and search matches land on the rendered words.
@Suite("Markdown in the detail pane")
struct MarkdownDetailTests {
    static let interview = Interview(
        id: "md", title: "Markdown", speakers: Fixtures.speakers("Hana Host", "Ada Guest"),
        sections: [Section(kind: .intro, paragraphs: ["Intro with *emphasis*.", "[1]: https://one.example"], position: 0)],
        exchanges: [
            Exchange(question: Question(speaker: "hana-host", text: "What is *your* setup?"),
                     answers: [Answer(speaker: "ada-guest", paragraphs: [
                        "I am [Ada Lovelace](https://example.org \"Ada's site.\"), see [the docs][1] and **more Lovelace**.",
                        "[1]: https://one.example",
                     ])]),
        ])

    @Test func blocksHoldRenderedTextWithRunsAndMatchesOnIt() {
        let document = DetailContent.document(for: Self.interview, block: .exchange(0), highlight: MatchHighlighter(query: "lovelace"))
        #expect(document.blocks.map(\.text) == [
            "Hana Host: What is your setup?",
            "I am Ada Lovelace, see the docs and more Lovelace.",
        ], "markup, titles and the definitions-only paragraph are not shown")
        let answer = document.blocks[1]
        #expect(answer.highlights == [9..<17, 41..<49])
        #expect(answer.runs.first { $0.style == .link }?.target == "https://example.org")
        #expect(answer.runs.contains { $0.target == "https://one.example" }, "the reference defined in another paragraph")
        let question = document.blocks[0]
        #expect(question.runs == [StyledRun(range: 19..<23, style: .emphasis)], "the speaker's name comes before the rendered question")
    }

    @Test func theQuestionListShowsPlainText() {
        let reader = Fixtures.controller(width: 100, height: 12, library: MemoryLibrary([Self.interview]))
        reader.press(.enter)
        let screen = reader.screenText
        #expect(screen.contains("1. What is your setup?"))
        #expect(screen.contains("I am Ada Lovelace, see the docs and more Lovelace."))
        #expect(!screen.contains("*") && !screen.contains("]("))
    }

    @Test func theBookmarksListShowsTheExcerptRendered() {
        let reader = Fixtures.controller(width: 100, height: 12, library: MemoryLibrary([Self.interview]))
        reader.press(.enter, .enter, .char("b"), .char("B"))
        #expect(reader.state.screen == .bookmarks)
        #expect(reader.screenText.contains("Ada Guest: I am Ada Lovelace, see the docs and more Lovelace."))
        #expect(!reader.screenText.contains("]("))
    }

    @Test func aSectionParagraphKeepsItsIndexWhenADefinitionIsHidden() {
        let document = DetailContent.document(for: Self.interview, block: .section(0), highlight: nil)
        #expect(document.blocks.map(\.id) == ["title", "paragraph-0"])
        #expect(document.blocks[1].text == "Intro with emphasis.")
    }
}
