import Foundation
import Testing
@testable import InterviewKit

/// The SubRip reader on podcast-style `.srt` files (a `Name:` label only where the speaker
/// changes, sentences over several cues), subtitle habits (dialogue dashes, `<i>`, `{\an8}`),
/// hostile variants, and the real files of ../shared/corpus/formats/srt-name-colon.
@Suite("SubRip reader")
struct SubRipReaderTests {
    let reader = SubRipReader()

    func read(_ text: String) throws -> SourceDocument {
        try reader.read(try ReaderTestSupport.input(text, fileName: "episode.srt"))
    }

    /// Shaped like the Podcasting 2.0 transcript spec's SubRip example and real podcast exports.
    static let episode = """
    1
    00:00:00,000 --> 00:00:02,760
    Priya Natarajan: In today's episode,
    you'll learn whether or not you

    2
    00:00:02,760 --> 00:00:06,090
    should keep a changelog. [Laughs]
    And if so, what goes in

    3
    00:00:06,090 --> 00:00:08,610
    one? This week's question comes
    from Sam.

    4
    00:00:09,080 --> 00:00:11,450
    Sam Ortega: Hi, Sam here from
    a small library team.

    5
    00:00:11,450 --> 00:00:14,350
    My question is, do we need one?

    6
    00:00:15,000 --> 00:00:17,000
    Priya: Great question. [Sam
    chuckles] Yes.

    7
    00:00:17,000 --> 00:00:18,000
    Sam: Thanks!
    """

    @Test("numbered cues score unmistakable; `-->` in prose or a WebVTT file do not pass for SubRip")
    func fitScores() throws {
        #expect(reader.fit(try ReaderTestSupport.input(Self.episode)).score >= 0.95)
        #expect(reader.fit(try ReaderTestSupport.input("# Notes\n\nUse a --> b for arrows.\n<!-- comment -->\n")).score == 0)
        #expect(reader.fit(try ReaderTestSupport.input("Step 1\n00:00:01,000 --> 00:00:02,000 is a timing line.\n\nMore prose here.")).score < 0.5)
        let vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\nOne\n\n00:02.000 --> 00:03.000\nTwo\n\n00:03.000 --> 00:04.000\nThree"
        #expect(reader.fit(try ReaderTestSupport.input(vtt)).score < WebVTTReader().fit(try ReaderTestSupport.input(vtt)).score)
    }

    @Test("labels start turns where the speaker changes, kept as written; sentences are rejoined over cues")
    func episodeGolden() throws {
        let document = try read(Self.episode)
        let turns = document.turns
        try #require(turns.count == 4)
        #expect(turns.map(\.label) == ["Priya Natarajan", "Sam Ortega", "Priya", "Sam"])
        #expect(turns.map { $0.time?.milliseconds } == [0, 9_080, 15_000, 17_000])
        #expect(turns[0].texts == ["In today's episode, you'll learn whether or not you should keep a changelog. [Laughs] And if so, what goes in one? This week's question comes from Sam."])
        #expect(turns[1].texts == ["Hi, Sam here from a small library team. My question is, do we need one?"])
        #expect(turns[2].texts == ["Great question. [Sam chuckles] Yes."])
        #expect(document.noise.prefix(4) == ["1", "00:00:00,000 --> 00:00:02,760", "2", "00:00:02,760 --> 00:00:06,090"])
        #expect(document.warnings.isEmpty)
    }

    @Test("dialogue dashes start turns of unnamed speakers; `>>` does too; a dashed label names one")
    func dialogueDashes() throws {
        let document = try read("""
        1
        00:00:01,000 --> 00:00:03,000
        - Are you coming?
        - In a minute.

        2
        00:00:03,000 --> 00:00:05,000
        Still packing.

        3
        00:00:05,000 --> 00:00:07,000
        - Rosa: Hurry up.
        >> Coming -- and -5 degrees out.

        4
        00:00:07,000 --> 00:00:08,000
        - Rosa: Finally.
        """)
        #expect(document.turns.map(\.label) == [nil, nil, "Rosa", nil, "Rosa"])
        #expect(document.turns.map(\.texts) == [["Are you coming?"], ["In a minute. Still packing."], ["Hurry up."], ["Coming -- and -5 degrees out."], ["Finally."]])
    }

    @Test("a label-like opening that starts one cue only stays text, with a warning")
    func quotedColonStaysText() throws {
        let document = try read("""
        1
        00:00:01,000 --> 00:00:02,000
        Kai: Hello.

        2
        00:00:02,000 --> 00:00:03,000
        My mother said: be careful.

        3
        00:00:03,000 --> 00:00:04,000
        Kai: She was right.
        """)
        #expect(document.turns.map(\.label) == ["Kai"])
        #expect(document.turns[0].texts == ["Hello. My mother said: be careful. She was right."])
        #expect(document.warnings.contains { $0.contains("My mother said") })
    }

    @Test("the warning about rejected labels names ten and counts the rest")
    func rejectedLabelsWarningIsBounded() throws {
        var text = "1\n00:00:01,000 --> 00:00:02,000\nKai: One.\n\n2\n00:00:02,000 --> 00:00:03,000\nKai: Two.\n\n"
        for index in 0..<12 {
            text += "\(index + 3)\n00:00:0\(index % 10),000 --> 00:00:0\(index % 10),500\nword\(index) said: something\n\n"
        }
        let document = try read(text)
        let warning = try #require(document.warnings.first)
        #expect(warning.hasSuffix("and 2 more"))
        #expect(warning.contains("word0 said") && !warning.contains("word9 said"))
    }

    @Test("subtitle markup (`<i>`, `<font>`, `{\\an8}`) is removed and entities decoded")
    func subtitleMarkup() throws {
        let document = try read("1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Quietly</i> <font color=\"#ffff00\">now</font> &amp; then")
        #expect(document.turns[0].texts == ["Quietly now & then"])
    }

    @Test("missing blank lines, a timing line without text, overlapping cues, malformed times and CRLF lose no word")
    func hostile() throws {
        let text = "1\r\n00:00:01,000 --> 00:00:02,000\r\nAda: First line\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nsecond line\r\n\r\n"
            + "3\r\n00:00:03,000 --> 00:00:04,000\r\n\r\n4\r\n00:00:3,5 --> 00:00:04,000\r\nBo: malformed but kept\r\n\r\n"
            + "5\r\n00:00:03,500 --> 00:00:09,000\r\nAda: overlapping cue\r\n\r\nBo: text with no timing at all\r\n"
        let document = try read(text)
        try #require(document.turns.map(\.label) == ["Ada", "Bo", "Ada", "Bo"])
        #expect(document.turns.map(\.texts) == [["First line second line"], ["malformed but kept"], ["overlapping cue"], ["text with no timing at all"]])
        #expect(document.turns[1].time == nil && document.turns[2].time == Timecode(milliseconds: 3_500))
        #expect(document.noise.contains("00:00:3,5 --> 00:00:04,000"))
        #expect(document.warnings.count == 2)
    }

    @Test("100,000 cues read in one pass, every cue kept")
    func manyCues() throws {
        var text = ""
        for index in 0..<100_000 {
            let label = index % 20 == 0 ? (index % 40 == 0 ? "Ada: " : "Bo: ") : ""
            text += "\(index + 1)\n\(WebVTTReaderTests.clock(index)),000 --> \(WebVTTReaderTests.clock(index)),800\n\(label)word\(index)\n\n"
        }
        let document = try read(text)
        #expect(document.turns.count == 5_000)
        #expect(ReaderTestSupport.words(document.spokenText).count == 100_000)
    }

    /// The spoken words of a SubRip file: every line but cue numbers and timing lines, with
    /// the given labels taken off the cues' first lines.
    static func expectedWords(_ text: String, labels: Set<String>) -> [String] {
        var words: [String] = []
        for block in text.components(separatedBy: "\n\n") {
            for (index, line) in block.split(separator: "\n").enumerated() where index >= 2 {
                var line = Substring(line)
                if index == 2, let colon = line.firstIndex(of: ":"), labels.contains(String(line[..<colon])) {
                    line = line[line.index(after: colon)...]
                }
                words += ReaderTestSupport.words(line)
            }
        }
        return words
    }

    static let corpusFiles = ["srt-name-colon/virtual-coffee-4_2.srt", "srt-name-colon/virtual-coffee-6_1.srt"]

    // Skipped, visibly, where ../shared/corpus/formats is absent.
    @Test("real podcast files: labels as written, every word kept in order, no cue numbers or timings left",
          .enabled(if: ReaderTestSupport.hasCorpus(corpusFiles), "../shared/corpus/formats is absent"),
          arguments: corpusFiles)
    func corpus(_ path: String) throws {
        let (text, fit, document) = try ReaderTestSupport.readCorpus(path, with: reader)
        #expect(fit.score >= 0.95)
        let labels = Set(document.turns.compactMap(\.label))
        // Each speaker: a full name once, then the first name.
        #expect(labels.count == 6)
        #expect(labels.allSatisfy { label in labels.contains { $0 != label && ($0.hasPrefix(label + " ") || label.hasPrefix($0 + " ")) } })
        #expect(document.turns.count > 100)
        #expect(ReaderTestSupport.words(document.spokenText) == Self.expectedWords(text, labels: labels))
        #expect(!document.spokenText.contains("-->"))
        #expect(!document.turns.contains { $0.texts.contains { $0.range(of: "^[0-9]+ ", options: .regularExpression) != nil } })
    }
}
