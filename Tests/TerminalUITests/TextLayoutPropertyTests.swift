import PropertyBased
import Testing
import TerminalUI

/// Pieces that stress layout: wide, zero-width, joined and combining clusters, spaces, newlines,
/// and what hostile text carries: tabs, Windows line ends, control and escape characters.
private let pieces: [String] = [
    "a", "word", "longerword", " ", "  ", "\n", "日本語", "ア", "🙂", "👨‍👩‍👧", "👍🏽", "🇯🇵", "⚠️", "e\u{301}",
    "\u{301}", "\u{00AD}", "“quoted”", "—", "\u{00A0}", "x", "supercalifragilistic",
    "\t", "\r\n", "\u{1B}[31m", "\u{07}", "\u{9B}", "\u{7F}", "\u{0}",
]

private let texts = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...40).map { $0.map { pieces[$0] }.joined() }

@Suite struct TextLayoutPropertyTests {
    @Test func noLineExceedsTheWidth() async {
        await propertyCheck(count: 300, input: texts, Gen.int(in: 1...30)) { text, width in
            for line in TextLayout.wrap(text, width: width) {
                // The single documented exception: one cluster wider than the whole width (a
                // 2-column emoji at width 1, a control character shown as `<U+009B>`) alone.
                #expect(DisplayWidth.of(line) <= width || line.count == 1, "\(text.debugDescription) at \(width): \(line.debugDescription)")
            }
        }
    }

    @Test func linesAreWholeClustersAndLoseNothingButBreakSpaces() async {
        await propertyCheck(count: 300, input: texts, Gen.int(in: 1...30)) { text, width in
            let clusters = Array(text)
            let ranges = TextLayout.wrapRanges(clusters, width: width)
            var position = 0
            for range in ranges {
                #expect(range.lowerBound >= position)
                // Between lines only break spaces or a newline may be dropped.
                for gap in clusters[position..<range.lowerBound] {
                    #expect(gap.isWhitespace)
                }
                position = range.upperBound
            }
            for tail in clusters[position...] { #expect(tail.isWhitespace) }
            // Strings agree with ranges, so no cluster was split or merged.
            let lines = TextLayout.wrap(text, width: width)
            #expect(lines.map { Array($0) } == ranges.map { Array(clusters[$0]) })
            // Non-space content survives in order. Compared as cluster arrays: joining strings
            // would let a line-initial combining mark merge with the previous line's last cluster.
            #expect(ranges.flatMap { clusters[$0] }.filter { !$0.isWhitespace } == clusters.filter { !$0.isWhitespace })
            // One line per paragraph at least.
            #expect(ranges.count >= clusters.filter(\.isNewline).count + 1)
        }
    }

    @Test func truncateAndPadRespectTheWidth() async {
        await propertyCheck(count: 300, input: texts, Gen.int(in: 0...30)) { text, width in
            let single = text.filter { !$0.isNewline }
            let cut = TextLayout.truncate(single, width: width)
            #expect(DisplayWidth.of(cut) <= width)
            #expect(cut == single || cut.last == "…" || width == 0)
            #expect(DisplayWidth.of(TextLayout.pad(single, width: width)) == width)
        }
    }
}
