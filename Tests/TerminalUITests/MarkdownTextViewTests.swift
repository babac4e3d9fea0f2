import Testing
import TerminalUI

/// Rendered screens of inline Markdown in the text view: what each construct looks like, and
/// that wrapping, wide characters and search highlights work on the rendered text.
@Suite struct MarkdownTextViewTests {
    let theme = Theme.standard

    func screen(_ markdown: String, width: Int, height: Int = 4, highlights: (String) -> [Range<Int>] = { _ in [] }) -> Buffer {
        let styled = InlineMarkdown.render(markdown)
        let block = TextBlock(id: "a", kind: .paragraph, styled: styled, highlights: highlights(styled.text))
        let view = TextView(document: TextDocument(blocks: [block]), bordered: false)
        return rendered(width, height) { view.render(into: &$0, area: $1) }
    }

    func styles(_ buffer: Buffer, row: Int, _ columns: Range<Int>) -> [Style] {
        columns.map { buffer[$0, row].style }
    }

    @Test func emphasisStrongCodeAndLinkEachHaveTheirStyle() {
        let buffer = screen("a *em* **st** `c d` [ln](https://x.org \"T\")", width: 40, height: 1)
        #expect(buffer.lines() == ["a em st c d ln                          "])
        #expect(styles(buffer, row: 0, 2..<4).allSatisfy { $0 == theme.text.patched(with: theme.emphasis) })
        #expect(styles(buffer, row: 0, 5..<7).allSatisfy { $0 == theme.text.patched(with: theme.strong) })
        #expect(styles(buffer, row: 0, 8..<11).allSatisfy { $0 == theme.text.patched(with: theme.code) })
        #expect(styles(buffer, row: 0, 12..<14).allSatisfy { $0 == theme.text.patched(with: theme.link) })
        #expect(buffer[0, 0].style == theme.text && buffer[4, 0].style == theme.text)
        #expect(buffer[0, 0].style.italic == false && theme.emphasis.italic)
    }

    @Test func nestedConstructsAddUp() {
        let buffer = screen("***both*** [*in* link](u)", width: 20, height: 1)
        #expect(buffer.lines() == ["both in link        "])
        #expect(styles(buffer, row: 0, 0..<4).allSatisfy { $0.italic && $0.bold })
        #expect(buffer[5, 0].style.italic && buffer[5, 0].style.underline)
        #expect(!buffer[8, 0].style.italic && buffer[8, 0].style.underline)
    }

    @Test func unmatchedAndEscapedMarkersStayAsWritten() {
        let buffer = screen("2 * 3 = 6, *open, \\*esc\\*, [laughs], snake_case_name", width: 60, height: 1)
        #expect(buffer.lines()[0].hasPrefix("2 * 3 = 6, *open, *esc*, [laughs], snake_case_name"))
        #expect(!(0..<50).contains { buffer[$0, 0].style.italic })
    }

    @Test func aLinkWithATitleShowsOnlyItsText() {
        let styled = InlineMarkdown.render("I am [Ada Lovelace](https://example.org \"Ada's site.\") and")
        #expect(styled.text == "I am Ada Lovelace and")
        #expect(styled.runs == [StyledRun(range: 5..<17, style: .link, target: "https://example.org")])
    }

    @Test func cjkAndEmojiInsideEmphasisKeepTheirWidthsAndWrap() {
        let buffer = screen("*日本語のテキスト* **🙂👨‍👩‍👧 ok**", width: 10, height: 3)
        #expect(buffer.lines() == ["日本語のテ", "キスト    ", "🙂👨‍👩‍👧 ok   "])
        #expect(buffer[0, 0].style.italic && buffer[1, 0].style.italic && buffer[4, 1].style.italic)
        #expect(!buffer[6, 1].style.italic)
        #expect(buffer[0, 2].style.bold && buffer[2, 2].style.bold && buffer[5, 2].style.bold)
    }

    @Test func aCodeSpanIsNotBrokenAtItsSpacesButALinkWraps() {
        let buffer = screen("run `make all now` then [read the docs](u)", width: 14, height: 4)
        #expect(buffer.lines() == ["run           ", "make all now  ", "then read the ", "docs          "])
        #expect(buffer[0, 3].style.underline, "the link goes on on the next line")
        let plain = TextLayout.wrapRanges(Array("run make all now"), width: 14).count
        #expect(plain == 2)
    }

    @Test func aCodeSpanWiderThanTheLineStillBreaks() {
        let buffer = screen("`abc def ghi`", width: 5, height: 3)
        #expect(buffer.lines() == ["abc d", "ef gh", "i    "])
    }

    @Test func highlightsLandOnTheRenderedWords() {
        let buffer = screen("**Boats** and [more boats](https://boats.example)", width: 30, height: 1) { text in
            // As the reader finds them: in the rendered text, where "boats" is at 0 and 15.
            [0..<5, 15..<20].filter { String(Array(text)[$0]).lowercased() == "boats" }
        }
        #expect(buffer.lines() == ["Boats and more boats          "])
        #expect(styles(buffer, row: 0, 0..<5).allSatisfy { $0 == theme.text.patched(with: theme.strong).patched(with: theme.match) })
        #expect(styles(buffer, row: 0, 15..<20).allSatisfy { $0 == theme.text.patched(with: theme.link).patched(with: theme.match) })
        #expect(buffer[10, 0].style == theme.text.patched(with: theme.link))
        #expect(buffer[6, 0].style == theme.text)
    }

    @Test func listsAndCodeLinesKeepTheirLayout() {
        let markdown = "Mostly:\n- *vim*\n* make\n1. ok\n\n    code *stays* [as](is)"
        let buffer = screen(markdown, width: 30, height: 6)
        #expect(buffer.lines() == [
            "Mostly:                       ",
            "- vim                         ",
            "* make                        ",
            "1. ok                         ",
            "                              ",
            "    code *stays* [as](is)     ",
        ])
        #expect(buffer[2, 1].style.italic)
        #expect(buffer[8, 5].style == theme.text.patched(with: theme.code))
    }

    @Test func emphasisDoesNotLeakAcrossListItemsOrParagraphs() {
        #expect(InlineMarkdown.render("- a *b\n- c* d").text == "- a *b\n- c* d")
        #expect(InlineMarkdown.render("a *b\n\nc* d").text == "a *b\n\nc* d")
        #expect(InlineMarkdown.render("a *b\nc* d").text == "a b\nc d", "a soft line break is inside one paragraph")
    }

    @Test func referenceDefinitionsAreHiddenAndUsed() {
        let text = "See [the docs][1] and [Site][].\n\n[1]: https://one.example\n[site]: <https://two.example> 'T'"
        let styled = InlineMarkdown.render(text, references: LinkReferences(scanning: [text]))
        #expect(styled.text == "See the docs and Site.")
        #expect(styled.runs.map(\.target) == ["https://one.example", "https://two.example"])
        #expect(InlineMarkdown.isOnlyDefinitions("[1]: https://one.example\n[2]: /two"))
        #expect(!InlineMarkdown.isOnlyDefinitions("[1]: https://one.example\nand text"))
    }

    @Test func markdownOffsetsMapToRenderedOffsets() {
        let styled = InlineMarkdown.render("a **bold** [link](https://x.org) `c`")
        #expect(styled.text == "a bold link c")
        #expect(styled.map(4..<8) == 2..<6, "bold")
        #expect(styled.map(12..<16) == 7..<11, "link text")
        #expect(styled.map(18..<31).isEmpty, "a match in the destination is not shown")
        #expect(styled.sourceOffsets.count == 37)
    }
}
