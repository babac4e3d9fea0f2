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

/// The classes of scalar that could forge or hide output beyond C0/C1: line separators, bidi
/// controls, invisible characters and tags; and their legitimate uses, which must survive.
@Suite struct SanitizerForgeryTests {
    @Test func lineSeparatorsNeverSurviveInOneLine() {
        #expect(Sanitizer.line("Real talk\u{2028}fake-admin") == "Real talk<U+2028>fake-admin")
        #expect(Sanitizer.line("a\u{2029}b\u{85}c\nd") == "a<U+2029>b<U+0085>c^Jd")
    }

    @Test func bidiOverridesAndIsolatesAreShown() {
        for value: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            let scalar = Unicode.Scalar(value)!
            let cleaned = Sanitizer.line("ab\(scalar)cd")
            #expect(!cleaned.unicodeScalars.contains(scalar), "U+\(String(value, radix: 16)) survived")
            #expect(cleaned.contains("<U+\(String(value, radix: 16, uppercase: true))>"))
        }
    }

    @Test func invisibleCharactersAreShown() {
        #expect(Sanitizer.line("ad\u{200B}min") == "ad<U+200B>min")
        #expect(Sanitizer.line("ad\u{2060}min\u{FEFF}") == "ad<U+2060>min<U+FEFF>")
        // A joiner that joins nothing (between Latin letters) hides a break.
        #expect(Sanitizer.line("ad\u{200D}min") == "ad<U+200D>min")
        #expect(Sanitizer.line("ad\u{200C}min") == "ad<U+200C>min")
        // Tag characters that spell no flag carry hidden text.
        #expect(Sanitizer.line("hi\u{E0041}\u{E0042}") == "hi<U+E0041><U+E0042>")
    }

    @Test func legitimateJoinersAndTagFlagsAreKept() {
        let family = "👨\u{200D}👩\u{200D}👧"
        let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        let persian = "می\u{200C}خواهم"
        let devanagari = "क्\u{200D}ष"
        for text in [family, scotland, persian, devanagari] {
            #expect(Sanitizer.line(text) == text, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func displayWidthCountsWhatIsShown() {
        #expect(DisplayWidth.of("a\u{202E}") == 1 + "<U+202E>".count)
        #expect(DisplayWidth.of("👨\u{200D}👩\u{200D}👧") == 2)
    }

    @Test func flowedTextTurnsLineBreaksIntoSpaces() {
        #expect(Sanitizer.flowed("one\ntwo\u{2028}three\u{85}four\r\nfive") == "one two three four five")
        #expect(Sanitizer.flowed("a\u{1B}[2J") == "a^[[2J")
    }

    @Test func jsonEscapesWhatJSONEncoderLeavesRaw() {
        let json = "{\"t\":\"a\u{9B}b\u{85}c\u{7F}d\u{2028}e\u{2029}f\u{202E}g\u{E0041}\"}"
        let escaped = Sanitizer.escapingJSON(json)
        #expect(escaped == "{\"t\":\"a\\u009bb\\u0085c\\u007fd\\u2028e\\u2029f\\u202eg\\udb40\\udc41\"}")
        #expect(escaped.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(Sanitizer.escapingJSON("{\"t\":\"日本 🙂\"}") == "{\"t\":\"日本 🙂\"}")
    }
}
