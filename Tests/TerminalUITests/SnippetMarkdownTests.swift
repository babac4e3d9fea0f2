import Testing
import TerminalUI

/// Search snippets are Markdown cut at word boundaries: what a cut leaves must not show as syntax.
@Suite struct SnippetMarkdownTests {
    static let cases: [(String, String)] = [
        ("…It keeps **changing**, but I am [Ada Lovelace](https://example.org \"Ada's site…", "…It keeps changing, but I am Ada Lovelace…"),
        ("…org \"Ada's site.\") and my editor is `vim -u NONE`, see [the docs…", "… and my editor is vim -u NONE, see the docs…"),
        ("…Lovelace](https://example.org) and more", "…Lovelace and more"),
        ("…example.org) and more", "… and more"),
        ("…for example) it works", "…for example) it works"),
        ("This *is* the setup I always wanted. It keeps **changing**, but I am [Ada…", "This is the setup I always wanted. It keeps changing, but I am Ada…"),
        ("plain [laughs] text", "plain [laughs] text"),
    ]

    @Test(arguments: cases)
    func cutConstructsShowAsText(snippet: String, expected: String) {
        #expect(InlineMarkdown.renderSnippet(snippet).text == expected)
    }

    @Test func aCutLinkIsStillALinkWithoutItsTarget() {
        let styled = InlineMarkdown.renderSnippet("…I am [Ada](https://exa…")
        #expect(styled.text == "…I am Ada…")
        #expect(styled.runs == [StyledRun(range: 6..<9, style: .link, target: nil)])
    }

    @Test func matchOffsetsInTheSnippetMapToTheRenderedText() {
        let snippet = "…keeps **changing**, but I am [Ada Lovelace](https://example.org…"
        let styled = InlineMarkdown.renderSnippet(snippet)
        let lovelace = Array(snippet).firstRange(of: Array("Lovelace"))!
        #expect(String(styled.characters[styled.map(lovelace)]) == "Lovelace")
        let changing = Array(snippet).firstRange(of: Array("changing"))!
        #expect(String(styled.characters[styled.map(changing)]) == "changing")
    }

    @Test func theSearchPaneRendersAndHighlightsSnippets() {
        let snippet = "…keeps **changing**, but I am [Ada Lovelace](https://example.org…"
        let lovelace = Array(snippet).firstRange(of: Array("Lovelace"))!
        let pane = SearchPane(query: "lovelace", resultCount: 1, results: [
            SearchResultRow(title: "A *Markdown* Q&A", question: "What is *your* setup?", speaker: "Guest",
                            snippet: snippet, highlights: [lovelace]),
        ], selected: 0, editing: false)
        let buffer = rendered(60, 6) { pane.render(into: &$0, area: $1) }
        #expect(buffer.lines()[3] == "│A Markdown Q&A › What is your setup?                 Guest│")
        #expect(buffer.lines()[4] == "│  …keeps changing, but I am Ada Lovelace…                 │")
        let theme = Theme.standard
        // The snippet starts at column 3: "changing" at 10, "Ada" at 29, "Lovelace" at 33.
        #expect((33..<41).allSatisfy { buffer[$0, 4].style == theme.link.patched(with: theme.match) })
        #expect((10..<18).allSatisfy { buffer[$0, 4].style == theme.secondary.patched(with: theme.strong) })
        #expect(buffer[29, 4].style == theme.secondary.patched(with: theme.link))
        #expect(buffer[28, 4].style == theme.secondary)
    }
}
