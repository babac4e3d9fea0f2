import Testing
@testable import TerminalUI

/// Paragraphs with nothing to render skip the parser; every kind of markup must still be seen.
@Suite struct InlineMarkdownFastPathTests {
    static let markup = [
        "a *b*", "a _b_", "`c`", "[a](b)", "<https://x.org>", "a \\* b", "see http://x.org", "see WWW.x.org",
        "    code line", "text\n    code line", "~~~", "a\tb", "a]b",
    ]
    static let plain = ["Plain words, and more: 5 - 3 = 2.", "日本語 🙂 e\u{301}", "a: /b", "ww", "   three spaces", "a\n   b", ""]

    @Test(arguments: markup)
    func markupIsSeen(text: String) {
        #expect(InlineMarkdown.mayHaveMarkup(text))
    }

    @Test(arguments: plain)
    func plainTextIsShownAsItIs(text: String) {
        #expect(!InlineMarkdown.mayHaveMarkup(text))
        let styled = InlineMarkdown.render(text)
        #expect(styled.characters == Array(text) && styled.runs.isEmpty)
        #expect(styled.sourceOffsets == Array(0...text.count))
    }
}
