import Foundation
import Testing

@testable import TerminalUI

/// Whether curses can describe an xterm here (its terminfo entry is installed).
private let xtermTerminfo = ["/lib/terminfo/x/xterm", "/usr/share/terminfo/x/xterm", "/usr/share/terminfo/78/xterm"]
    .contains { FileManager.default.fileExists(atPath: $0) }

/// Drives the real ncurses backend against /dev/null and reads curses' own cells back, to check
/// that each cluster landed at the column the layout gave it. One test function on purpose:
/// curses is process-global state, so it must not run in parallel with itself.
@Suite struct NCursesHeadlessTests {
    @Test(.enabled(if: xtermTerminfo, "no xterm terminfo entry"))
    func clustersLandAtTheirLayoutColumns() throws {
        let terminal = try NCursesTerminal(headlessType: "xterm", size: Size(width: 40, height: 10))
        defer { terminal.shutdown() }
        #expect(terminal.size == Size(width: 40, height: 10))

        var buffer = Buffer(width: 40, height: 10)
        buffer.write("│🙂日本語e\u{301}│", x: 0, y: 0)
        buffer.write("a👨‍👩‍👧b🇯🇵c⚠️d", x: 0, y: 1)
        buffer.write("\u{1B}[2J", x: 0, y: 2, style: Style(bold: true))
        terminal.draw(buffer)

        func cell(_ x: Int, _ y: Int) -> String {
            String(String.UnicodeScalarView(terminal.cellScalars(x: x, y: y)))
        }
        // curses reports a wide character in both of its cells, so a whole row pins every column:
        // │ at 0, 🙂 at 1–2, 日 3–4, 本 5–6, 語 7–8, é (e + U+0301) at 9, │ at 10.
        #expect((0..<12).map { cell($0, 0) } == ["│", "🙂", "🙂", "日", "日", "本", "本", "語", "語", "e\u{301}", "│", " "])
        // Row 1: the ZWJ family whole in one cell, the flag as two cells, ⚠ padded with a space.
        #expect((0..<11).map { cell($0, 1) } == ["a", "👨‍👩‍👧", "👨‍👩‍👧", "b", "🇯", "🇵", "c", "⚠", " ", "d", " "])
        // Row 2: the escape sequence arrived as visible text.
        #expect((0..<5).map { cell($0, 2) }.joined() == "^[[2J")
        // A second, smaller frame clears what the first left behind.
        terminal.draw(Buffer(width: 5, height: 1))
        #expect(cell(1, 0) == " ")
        #expect(cell(9, 1) == " ")
        // xterm describes italics (sitm): emphasis is italic there, not the underline fallback.
        #expect(terminal.hasItalics)
        #expect(terminal.attributes(for: Style(italic: true)).0 != terminal.attributes(for: Style(underline: true)).0)
        #expect(terminal.attributes(for: Style(italic: true)).0 != terminal.attributes(for: .plain).0)
    }
}
