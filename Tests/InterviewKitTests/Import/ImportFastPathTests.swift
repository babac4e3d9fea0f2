import Foundation
import Testing
@testable import InterviewKit

/// The importer's and writer's byte-level shortcuts must answer exactly as the character-level
/// code they stand in for: an import result may not change because it got faster. Each test
/// holds a shortcut against its reference on the inputs where bytes and characters part ways
/// (CRLF pairs, combining marks after a space, prepended signs, non-ASCII blanks).
@Suite("Import fast paths")
struct ImportFastPathTests {
    @Test("Splitting at line feeds cuts where components(separatedBy:) cuts, CRLF included")
    func lineFeedPieces() {
        let texts = [
            "", "\n", "\n\n", "\n\n\n", "a", "a\nb", "a\n\nb", "a\n\n\nb", "a\n\n\n\nb", "a\r\n\nb", "a\r\nb",
            "a\r\n\r\nb", "\n\na\n\n", "é\n\ncafé\u{301}\n\nx", "line\r\n\n\nnext",
        ]
        for text in texts {
            for count in 1...2 {
                let separator = String(repeating: "\n", count: count)
                #expect(text.pieces(betweenLineFeeds: count).map(String.init) == text.components(separatedBy: separator),
                        "\(text.debugDescription) at \(count) line feed(s)")
            }
        }
    }

    @Test("Words are counted as split(separator: \" \") counts them")
    func wordCounts() {
        let texts = [
            "", " ", "   ", "one", "one two", " one  two ", "one\ttwo three", "café au lait", "it’s — a “quote” …",
            // A combining mark after a space joins it: that space is no separator.
            "word \u{301}accent", " \u{301}", "a \u{200D}b",
            // A prepended sign before a space joins the space to it.
            "\u{600} number", "x\u{110BD} y",
            "日本 語 の 文", "emoji 👍🏽 here", "tab\u{00A0}nbsp word",
        ]
        for text in texts {
            #expect(SpaceSeparatedWords.count(in: text) == text.split(separator: " ").count, "\(text.debugDescription)")
        }
    }

    @Test("Escaping a paragraph that needs none gives it back; one that does is escaped line by line")
    func paragraphEscapes() {
        let start = Escaping.LineStart(labels: ["Ann"], markers: true)
        let plain = "Just text.\nAnother line with # inside and a [12:04] later."
        #expect(Escaping.paragraph(plain, at: start) == plain)
        let structured = "[12:04] at the start\n# a heading\n**Ann:** a label\n\\backslash\ntext"
        #expect(Escaping.paragraph(structured, at: start) == "\\[12:04] at the start\n\\# a heading\n**Ann:** a label\n\\backslash\ntext")
        // Later lines are escaped only against headings.
        #expect(Escaping.paragraph("text\n[12:04] later\n**Ann:** later", at: start) == "text\n[12:04] later\n**Ann:** later")
    }

    @Test("Inline marks are found as characters: a bracket that carries a combining mark is text")
    func inlineMarks() {
        var noise: [String] = []
        #expect(InlineMarks.clean("So \\[laughs\\] yes \\[00:12:03\\] and", noise: &noise) == "So [laughs] yes and")
        #expect(noise == ["\\[00:12:03\\]"])
        noise = []
        // `[` + U+0301 is one character, not a bracket; the real bracket after it is read.
        let accented = "a [\u{301}00:12] b \\[00:13\\] c"
        #expect(InlineMarks.clean(accented, noise: &noise) == "a [\u{301}00:12] b c")
        #expect(noise == ["\\[00:13\\]"])
        noise = []
        // U+0600 is a prepended sign: with the backslash after it, it makes one character, so
        // only the `[` after them is a mark, and the text holds no escaped time mark.
        let prepended = "\u{600}\\[00:12\\] x"
        let kept = "\u{600}\\[00:12] x"
        #expect(InlineMarks.clean(prepended, noise: &noise) == kept)
        #expect(noise.isEmpty)
    }

    @Test("A turn asks when its last line ends in a question mark, closing marks aside, whatever the bytes before")
    func questionEndings() {
        let cases: [([String], Bool)] = [
            (["Why?"], true), (["Why?\")*_ "], true), (["Why?”"], true), (["Why？"], true), (["Why."], false),
            (["Why?", "Because."], false), (["Because.", "Why?"], true), (["Why?", " \" "], true), (["Why?", ""], true),
            (["\u{600}?"], false), (["é?"], true), (["Why?\u{301}"], false), ([")"], false), ([], false),
        ]
        for (lines, asks) in cases {
            #expect(Sentences.isQuestion(lines: lines) == asks, "\(lines)")
            #expect(Sentences.isQuestion(lines: lines) == Self.joinedAsks(lines), "\(lines)")
        }
    }

    /// The reference: the lines joined, read by characters from the end.
    private static func joinedAsks(_ lines: [String]) -> Bool {
        var text = Substring(lines.joined(separator: " "))
        while let last = text.last, "\"”’)*_ ".contains(last) { text = text.dropLast() }
        return text.last == "?" || text.last == "？"
    }

    @Test("Blank scalars: ASCII answered directly, the rest by their Unicode category")
    func blanks() {
        for blank in [" ", "\t", "\u{00A0}", "\u{2003}", "\u{3000}"] as [Unicode.Scalar] { #expect(TextDecoding.isBlank(blank)) }
        for other in ["a", "\n", "\u{0B}", "\u{200B}", "_"] as [Unicode.Scalar] { #expect(!TextDecoding.isBlank(other)) }
        #expect(TextDecoding.isBlankLine(" \t\u{00A0}"))
        #expect(!TextDecoding.isBlankLine(" x "))
    }

    @Test("Request openings are recognised whatever the case of their first letter")
    func requests() {
        for opening in ["Tell us about it.", "tell us about it.", "DESCRIBE the setup.", "Let’s talk tools."] {
            #expect(TurnWords.asks(Turn(label: "A", paragraphs: [[opening]])), "\(opening)")
        }
        for statement in ["Yes, that is right.", "[laughs] Tell us.", "Well, tell us."] {
            #expect(!TurnWords.asks(Turn(label: "A", paragraphs: [[statement]])), "\(statement)")
        }
    }
}
