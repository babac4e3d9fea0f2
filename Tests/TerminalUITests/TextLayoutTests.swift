import Testing
import TerminalUI

@Suite struct TextLayoutTests {
    @Test func wrapsAtWordBoundaries() {
        #expect(TextLayout.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextLayout.wrap("the quick brown fox", width: 9) == ["the quick", "brown fox"])
        #expect(TextLayout.wrap("the quick brown fox", width: 8) == ["the", "quick", "brown", "fox"])
    }

    @Test func keepsExplicitNewlinesAndEmptyLines() {
        #expect(TextLayout.wrap("one\n\ntwo three", width: 5) == ["one", "", "two", "three"])
        #expect(TextLayout.wrap("", width: 5) == [""])
        #expect(TextLayout.wrap("a\n", width: 5) == ["a", ""])
    }

    @Test func breaksOverlongWordsBetweenClusters() {
        #expect(TextLayout.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
        #expect(TextLayout.wrap("日本語です", width: 3) == ["日", "本", "語", "で", "す"])
        #expect(TextLayout.wrap("日本語です", width: 4) == ["日本", "語で", "す"])
        #expect(TextLayout.wrap("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
        #expect(TextLayout.wrap("👨‍👩‍👧👨‍👩‍👧", width: 3) == ["👨‍👩‍👧", "👨‍👩‍👧"])
    }

    @Test func measuresWideCharactersWhenWrapping() {
        // "日本 語" is 2+2+1+2 = 7 columns.
        #expect(TextLayout.wrap("日本 語", width: 6) == ["日本", "語"])
        #expect(TextLayout.wrap("日本 語", width: 7) == ["日本 語"])
    }

    @Test func aClusterWiderThanTheWidthSitsAlone() {
        #expect(TextLayout.wrap("a🙂b", width: 1) == ["a", "🙂", "b"])
    }

    @Test func keepsLeadingIndentationAndDropsBreakSpaces() {
        #expect(TextLayout.wrap("  indented text", width: 10) == ["  indented", "text"])
        #expect(TextLayout.wrap("word   ", width: 10) == ["word"])
        #expect(TextLayout.wrap("a b", width: 1) == ["a", "b"])
    }

    @Test func noBreakSpaceDoesNotBreak() {
        #expect(TextLayout.wrap("ab\u{00A0}cd ef", width: 5) == ["ab\u{00A0}cd", "ef"])
    }

    @Test func wrapRangesIndexTheClusters() {
        let clusters = Array("ab cd\nef")
        #expect(TextLayout.wrapRanges(clusters, width: 2) == [0..<2, 3..<5, 6..<8])
    }

    @Test func truncatesWithAnEllipsis() {
        #expect(TextLayout.truncate("hello world", width: 8) == "hello w…")
        #expect(TextLayout.truncate("hello", width: 5) == "hello")
        #expect(TextLayout.truncate("hello", width: 1) == "…")
        #expect(TextLayout.truncate("hello", width: 0) == "")
        // A wide character that does not fit before the ellipsis is dropped whole.
        #expect(TextLayout.truncate("ab日本", width: 4) == "ab…")
        #expect(TextLayout.truncate("👨‍👩‍👧👨‍👩‍👧", width: 3) == "👨‍👩‍👧…")
    }

    @Test func padsToExactWidth() {
        #expect(TextLayout.pad("ab", width: 5) == "ab   ")
        #expect(TextLayout.pad("ab", width: 5, alignment: .trailing) == "   ab")
        #expect(TextLayout.pad("ab", width: 5, alignment: .center) == " ab  ")
        #expect(TextLayout.pad("ab日本", width: 4) == "ab… ")
        #expect(DisplayWidth.of(TextLayout.pad("日本語", width: 5)) == 5)
    }
}
