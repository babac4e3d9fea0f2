import Testing
import TerminalUI

@Suite struct SanitizerTests {
    @Test func escapeSequenceIsShownNotObeyed() {
        #expect(Sanitizer.clean("\u{1B}[2J") == "^[[2J")
        #expect(Sanitizer.clean("\u{1B}]0;pwned\u{07}") == "^[]0;pwned^G")
    }

    @Test func controlCharactersBecomeVisible() {
        #expect(Sanitizer.clean("a\u{07}b") == "a^Gb")
        #expect(Sanitizer.clean("\u{00}") == "^@")
        #expect(Sanitizer.clean("x\u{7F}") == "x^?")
        #expect(Sanitizer.clean("\u{9B}31m") == "<U+009B>31m")
        #expect(Sanitizer.clean("\u{85}") == "<U+0085>")
    }

    @Test func noControlScalarSurvives() {
        var all = String.UnicodeScalarView()
        for value in UInt32(0)...0x9F { all.append(Unicode.Scalar(value)!) }
        let cleaned = Sanitizer.clean(String(all), keepNewlines: false)
        #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        let kept = Sanitizer.clean(String(all), keepNewlines: true)
        // Only the line feed and the lone carriage return survive, both as "\n".
        #expect(kept.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }.map(\.value) == [0x0A, 0x0A])
    }

    @Test func newlinesAreKeptOnlyWhenAsked() {
        #expect(Sanitizer.clean("a\nb") == "a^Jb")
        #expect(Sanitizer.clean("a\nb\r\nc\rd", keepNewlines: true) == "a\nb\nc\nd")
        #expect(Sanitizer.clean("a\r\nb") == "a^M^Jb")
    }

    @Test func tabsExpandToTheNextStop() {
        #expect(Sanitizer.clean("\tx") == "    x")
        #expect(Sanitizer.clean("ab\tx") == "ab  x")
        #expect(Sanitizer.clean("日本\tx") == "日本    x")
        #expect(Sanitizer.clean("ab\tx", tabWidth: 8) == "ab      x")
        #expect(Sanitizer.clean("abc\n\tx", keepNewlines: true) == "abc\n    x")
    }

    @Test func ordinaryUnicodeIsUntouched() {
        let text = "“Quoted” — 日本語 👨‍👩‍👧 e\u{301} 🇯🇵"
        #expect(Sanitizer.clean(text) == text)
    }

    @Test func offsetMapFollowsReplacements() {
        let s = Sanitizer.sanitize("\u{1B}abc")
        #expect(String(s.characters) == "^[abc")
        #expect(s.offsets == [0, 2, 3, 4, 5])
        // "abc" is source 1..<4 and lands at 2..<5.
        #expect(s.map(1..<4) == 2..<5)
        #expect(s.map(10..<20) == 5..<5)
    }
}
