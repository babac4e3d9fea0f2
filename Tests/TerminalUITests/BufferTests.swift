import Testing
import TerminalUI

@Suite struct BufferTests {
    @Test func wideClusterTakesACellAndAContinuation() {
        var buffer = Buffer(width: 6, height: 1)
        let written = buffer.write("a日b", x: 0, y: 0)
        #expect(written == 4)
        #expect(buffer[0, 0].symbol == "a")
        #expect(buffer[1, 0].symbol == "日")
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[3, 0].symbol == "b")
        #expect(buffer.lines() == ["a日b  "])
    }

    @Test func clipsWithoutSplittingAWideCluster() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.write("ab日本", x: 0, y: 0)
        // 日 fits in columns 2–3; 本 would straddle the edge, so column 4 is a space.
        #expect(buffer.lines() == ["ab日 "])
        #expect(!buffer[4, 0].isContinuation)
        var narrow = Buffer(width: 8, height: 1)
        narrow.write("日本語", x: 1, y: 0, maxWidth: 3)
        #expect(narrow.lines() == [" 日     "])
    }

    @Test func everyLineIsExactlyTheBufferWidth() {
        var buffer = Buffer(width: 7, height: 3)
        buffer.write("👨‍👩‍👧日本語é", x: 0, y: 0)
        buffer.write("e\u{301}🇯🇵x", x: 2, y: 1)
        buffer.write("\u{1B}[2J", x: 0, y: 2)
        for line in buffer.lines() {
            #expect(DisplayWidth.of(line) == 7)
        }
        #expect(buffer.lines()[2] == "^[[2J  ")
    }

    @Test func textIsSanitisedOnTheWayIn() {
        var buffer = Buffer(width: 10, height: 1)
        buffer.write("a\u{07}\nb", x: 0, y: 0)
        #expect(buffer.lines() == ["a^G^Jb    "])
    }

    @Test func overwritingHalfAWideClusterRepairsTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("日本", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        #expect(buffer.lines() == [" x本"])
        buffer.write("y", x: 2, y: 0)
        #expect(buffer.lines() == [" xy "])
        #expect(!buffer[3, 0].isContinuation)
    }

    /// A soft hyphen: invisible and legitimate. (A zero-width space, invisible and with no job
    /// in prose, is shown as `<U+200B>` by the sanitiser instead.)
    @Test func zeroWidthClustersJoinThePreviousCell() {
        var buffer = Buffer(width: 3, height: 1)
        buffer.write("a\u{00AD}b", x: 0, y: 0)
        #expect(buffer[0, 0].symbol == "a\u{00AD}")
        #expect(buffer[1, 0].symbol == "b")
    }

    @Test func writesOutsideTheBufferAreIgnored() {
        var buffer = Buffer(width: 3, height: 1)
        #expect(buffer.write("abc", x: 0, y: 5) == 0)
        buffer.write("abcdef", x: -2, y: 0)
        #expect(buffer.lines() == ["cde"])
    }

    @Test func stylesApplyToCells() {
        var buffer = Buffer(width: 4, height: 2)
        buffer.write("ab", x: 0, y: 0, style: Style(bold: true))
        buffer.applyStyle(Style(underline: true), to: Rect(x: 1, y: 0, width: 2, height: 1))
        #expect(buffer[0, 0].style == Style(bold: true))
        #expect(buffer[1, 0].style == Style(bold: true, underline: true))
        #expect(buffer[2, 0].style == Style(underline: true))
        #expect(buffer[3, 0].style == .plain)
        buffer.fill(Rect(x: 0, y: 0, width: 4, height: 1), style: Style(reverse: true))
        #expect(buffer.lines()[0] == "    ")
        #expect(buffer[0, 0].style.reverse)
    }

    @Test func tinyAndEmptyBuffersAreSafe() {
        var empty = Buffer(width: 0, height: 0)
        empty.write("hello", x: 0, y: 0)
        #expect(empty.lines().isEmpty)
        var one = Buffer(width: 1, height: 1)
        one.write("日", x: 0, y: 0)
        #expect(one.lines() == [" "])
    }
}

@Suite struct GeometryTests {
    @Test func splitsTileTheWholeArea() {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        let rows = area.splitVertically([.length(1), .fill, .length(1)])
        #expect(rows == [
            Rect(x: 0, y: 0, width: 80, height: 1), Rect(x: 0, y: 1, width: 80, height: 22),
            Rect(x: 0, y: 23, width: 80, height: 1),
        ])
        let columns = area.splitHorizontally([.percentage(30), .fill])
        #expect(columns.map(\.width) == [24, 56])
        #expect(columns[1].x == 24)
        let thirds = Rect(x: 0, y: 0, width: 10, height: 1).splitHorizontally([.fill, .fill, .fill])
        #expect(thirds.map(\.width) == [4, 3, 3])
    }

    @Test func splitsNeverGoNegativeOnTinyAreas() {
        let rows = Rect(x: 0, y: 0, width: 10, height: 1).splitVertically([.length(1), .fill, .length(1)])
        #expect(rows.map(\.height) == [1, 0, 0])
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
    }

    @Test func centredRectSitsInTheMiddle() {
        #expect(Rect(x: 0, y: 0, width: 40, height: 10).centered(width: 10, height: 4) == Rect(x: 15, y: 3, width: 10, height: 4))
        #expect(Rect(x: 0, y: 0, width: 5, height: 2).centered(width: 10, height: 4) == Rect(x: 0, y: 0, width: 5, height: 2))
    }
}
