import Foundation
import Testing
@testable import InterviewKit

/// The Otter.ai text export reader: the `Name  0:03` header shape, the variant with the time on
/// its own line, the export's preamble and footer, and inputs that only look similar.
@Suite("Otter text reader")
struct OtterTextReaderTests {
    let reader = OtterTextReader()

    func read(_ text: String) throws -> SourceDocument {
        try reader.read(try ReaderTestSupport.input(text, fileName: "otter.txt"))
    }

    /// Shaped like an Otter.ai export: title, date line, keywords, speakers, turns, footer.
    static let export = """
    Library maintainers, part two
    Tue, 3/8 2:14PM • 45:23

    SUMMARY KEYWORDS
    releases, funding, burnout

    SPEAKERS
    Irene Kowalski, Tomás Reyes

    Irene Kowalski  0:03
    Hello and welcome back. Today I am talking with Tomás about releases.

    Tomás Reyes  0:12
    Thanks for having me.

    It has been a busy year.

    Irene Kowalski  1:02:07
    How do you pick what goes into a release?

    Tomás Reyes  1:02:15
    Mostly by asking users what hurts.

    Transcribed by https://otter.ai
    """

    @Test("the header shape over most paragraphs scores at least 0.8; prose and `Name:` transcripts do not")
    func fitScores() throws {
        // Four of the five paragraphs after the preamble open with a header, and the footer is there.
        #expect(reader.fit(try ReaderTestSupport.input(Self.export)).score >= 0.9)
        #expect(reader.fit(try ReaderTestSupport.input("Jane: Hello.\n\nJohn: Hi.\n\nJane: Bye.")).score == 0)
        #expect(reader.fit(try ReaderTestSupport.input("A plain essay.\n\nWith paragraphs.\n\nAnd one at 10:30 sharp.")).score == 0)
        let mostlyProse = "Intro.\n\nMore intro.\n\nEven more.\n\nStill more.\n\nA  0:01\nHi\n\nB  0:02\nHo\n\nLast words."
        #expect(reader.fit(try ReaderTestSupport.input(mostlyProse)).score < 0.5)
    }

    @Test("preamble becomes title, tags and people; headers become labelled, timed turns; the footer is noise")
    func exportGolden() throws {
        let document = try read(Self.export)
        #expect(document.title == "Library maintainers, part two")
        #expect(document.tags == ["releases", "funding", "burnout"])
        #expect(document.people.map(\.name) == ["Irene Kowalski", "Tomás Reyes"])
        let turns = document.turns
        try #require(turns.count == 4)
        #expect(turns.map(\.label) == ["Irene Kowalski", "Tomás Reyes", "Irene Kowalski", "Tomás Reyes"])
        #expect(turns.map { $0.time?.milliseconds } == [3_000, 12_000, 3_727_000, 3_735_000])
        #expect(turns[1].texts == ["Thanks for having me.", "It has been a busy year."])
        #expect(document.noise.contains("Transcribed by https://otter.ai"))
        #expect(document.noise.contains("Irene Kowalski  0:03"))
        #expect(!document.spokenText.contains("0:03") && !document.spokenText.contains("otter.ai"))
    }

    @Test("the time on its own line under the name, a time alone for an unidentified speaker, an empty header")
    func timeOnItsOwnLine() throws {
        let document = try read("Ana Lima\n0:00\nGood morning.\n\nBruno\n0:05\nMorning!\n\nAna Lima  0:07\n\n0:09\nWho said that?")
        // The header at 0:07 has no text under it: no turn, the header in the noise.
        #expect(document.turns.map(\.label) == ["Ana Lima", "Bruno", nil])
        #expect(document.noise.contains("Ana Lima  0:07"))
        #expect(document.turns.map { $0.time?.milliseconds } == [0, 5_000, 9_000])
        #expect(document.turns.map(\.texts) == [["Good morning."], ["Morning!"], ["Who said that?"]])
    }

    @Test("a header-shaped line inside a paragraph, tabs and CRLF: text stays text")
    func hostile() throws {
        let document = try read("Ana\t0:01\r\nWe met at\r\nRoom 4  10:30\r\n\r\nBruno  0:09\r\nRight.\r\n")
        try #require(document.turns.map(\.label) == ["Ana", "Bruno"])
        #expect(document.turns[0].texts == ["We met at Room 4  10:30"])
    }
}
