import Testing
import TerminalUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("日", 2), ("ア", 2), ("한", 2), ("Ａ", 2),
        ("🙂", 2), ("👨‍👩‍👧", 2), ("👍🏽", 2), ("🇯🇵", 2), ("⚠️", 2), ("1️⃣", 2), ("❤️", 2),
        ("⚠", 1), ("“", 1), ("…", 1), ("\u{301}", 0), ("\u{200B}", 8), ("\u{200D}", 8),
    ])
    func clusterWidth(cluster: String, expected: Int) {
        #expect(cluster.count == 1)
        #expect(DisplayWidth.of(Character(cluster)) == expected)
    }

    @Test func stringWidthIsTheSumOverClusters() {
        #expect(DisplayWidth.of("A👨‍👩‍👧日本語é") == 1 + 2 + 6 + 1)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func controlsCountAsTheirVisibleForm() {
        // So a layout computed before sanitising still matches what the buffer will show.
        #expect(DisplayWidth.of("\u{1B}") == 2)
        #expect(DisplayWidth.of("\u{9B}") == 8)
        #expect(DisplayWidth.of(Sanitizer.clean("a\u{1B}[2J\u{7F}")) == DisplayWidth.of("a\u{1B}[2J\u{7F}"))
        // Invisible characters with no job where they stand are shown too (see Sanitizer).
        #expect(DisplayWidth.of("\u{200B}") == "<U+200B>".count)
        #expect(DisplayWidth.of("\u{200D}") == "<U+200D>".count)
    }
}
