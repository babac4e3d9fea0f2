import Foundation
import Testing
@testable import InterviewKit

/// The WebVTT reader on files shaped like real captions (the W3C specification's interview
/// example, voice-tagged talk captions, `Name:` cue text), on hostile variants, and on the real
/// files of ../shared/corpus/formats/webvtt-voice-tags.
@Suite("WebVTT reader")
struct WebVTTReaderTests {
    let reader = WebVTTReader()

    func read(_ text: String, fileName: String = "interview.vtt") throws -> SourceDocument {
        try reader.read(try ReaderTestSupport.input(text, fileName: fileName))
    }

    /// Shaped like the specification's interview example: voice tags without `</v>`, one
    /// sentence over several cues, overlapping cues with settings, a laugh in italics.
    static let interview = """
    WEBVTT

    00:11.000 --> 00:13.000
    <v Mara Quill>We are in a small studio

    00:13.000 --> 00:16.000
    <v Mara Quill>just down the street

    00:16.000 --> 00:18.000
    <v Mara Quill>from the old observatory.

    00:18.000 --> 00:20.000
    <v Mara Quill>And with me is Teodor Brandt.

    00:30.000 --> 00:31.500 align:end size:50%
    <v Mara Quill>When we e-mailed—

    00:30.500 --> 00:32.500 align:start size:50%
    <v Teodor Brandt>Didn't we cover enough last time?

    00:32.000 --> 00:35.500 align:end size:50%
    <v Mara Quill>No! No no no; 'cos obviously 'cos

    00:32.500 --> 00:33.500 align:start size:50%
    <v Teodor Brandt><i>Laughs</i>

    00:35.500 --> 00:38.000
    <v Mara Quill>You know I'm so excited my glasses are falling off here.
    """

    @Test("the signature scores unmistakable; anything else scores nothing")
    func fitScores() throws {
        #expect(reader.fit(try ReaderTestSupport.input(Self.interview)).score >= 0.95)
        #expect(reader.fit(try ReaderTestSupport.input("\u{FEFF}WEBVTT - Episode 4\n\n00:01.000 --> 00:02.000\nHi")).score >= 0.95)
        #expect(reader.fit(try ReaderTestSupport.input("WEBVTTX\n\n00:01.000 --> 00:02.000\nHi")).score == 0)
        #expect(reader.fit(try ReaderTestSupport.input("1\n00:00:01,000 --> 00:00:02,000\nHi")).score == 0)
        #expect(reader.fit(try ReaderTestSupport.input("# WEBVTT notes\n\nWEBVTT is a format.")).score == 0)
    }

    @Test("voice-tagged cues merge into turns with the first cue's time; the laugh stays bracketed in its speaker's turn")
    func interviewGolden() throws {
        let document = try read(Self.interview)
        let turns = document.turns
        try #require(turns.count == 5)
        #expect(turns.map(\.label) == ["Mara Quill", "Teodor Brandt", "Mara Quill", "Teodor Brandt", "Mara Quill"])
        #expect(turns.map { $0.time?.milliseconds } == [11_000, 30_500, 32_000, 32_500, 35_500])
        #expect(turns[0].texts == [
            "We are in a small studio just down the street from the old observatory. And with me is Teodor Brandt.",
            "When we e-mailed—",
        ])
        #expect(turns[1].texts == ["Didn't we cover enough last time?"])
        #expect(turns[3].texts == ["[Laughs]"])
        #expect(document.title == nil)
        #expect(document.noise.first == "WEBVTT")
        #expect(document.noise.contains("00:30.000 --> 00:31.500 align:end size:50%"))
        #expect(!document.spokenText.contains("<") && !document.spokenText.contains("-->"))
    }

    @Test("the header's text and NOTE titles become the title; NOTE lines are metadata, STYLE and REGION are noise")
    func headerAndBlocks() throws {
        let withHeaderText = try read("WEBVTT - Open source with a maintainer\nKind: captions\nLanguage: en\n\n00:01.000 --> 00:02.000\n<v Ana>Hello.")
        #expect(withHeaderText.title == "Open source with a maintainer")
        #expect(withHeaderText.metadataLines == ["WEBVTT - Open source with a maintainer", "Kind: captions", "Language: en"])
        #expect(try read("WEBVTT FILE\n\n00:01.000 --> 00:02.000\nHello.").title == nil)

        let withNote = try read("""
        WEBVTT

        NOTE
        Title: Caching, explained
        Date: 2023-04-05

        STYLE
        ::cue { color: yellow }

        REGION
        id:fred width:40%

        NOTE this cue was fixed by hand

        1
        00:00:01.000 --> 00:00:04.000
        <v Ana>Caches are hard.
        """)
        #expect(withNote.title == "Caching, explained")
        #expect(withNote.date == "2023-04-05")
        #expect(withNote.metadataLines.contains("NOTE this cue was fixed by hand"))
        #expect(withNote.noise.contains("::cue { color: yellow }") && withNote.noise.contains("id:fred width:40%"))
        #expect(withNote.noise.contains("1"))
        #expect(withNote.spokenText == "Caches are hard.")
        #expect(withNote.title != "WEBVTT")
    }

    @Test("several voices per cue, </v> optional, classes on voices, a voice running over the cue's lines")
    func voiceSpans() throws {
        let document = try read("""
        WEBVTT

        00:04.000 --> 00:05.000
        <v Ana Ruiz> Okay, we're good now.</v>
        <v.loud Ben Okafor> Oh, now we're good?</v>
        <i>Laughter</i>

        00:06.000 --> 00:09.000
        <v Ben Okafor>So thanks again
        for coming today.

        00:09.000 --> 00:10.000
        and for the coffee.
        [Applause]
        """)
        let turns = document.turns
        try #require(turns.map(\.label) == ["Ana Ruiz", "Ben Okafor"])
        #expect(turns[1].time == Timecode(milliseconds: 4_000))
        #expect(turns[1].texts == ["Oh, now we're good? [Laughter] So thanks again for coming today. and for the coffee. [Applause]"])
        #expect(!turns.contains { $0.label == "Laughter" || $0.label == "Applause" })
    }

    @Test("`Name:` cue text names speakers by recurrence; unlabelled cues continue; a quoted `He said:` stays text")
    func nameColonCues() throws {
        let document = try read("""
        WEBVTT

        00:00:01.000 --> 00:00:03.000
        Lena Park: Welcome to the show.

        00:00:03.000 --> 00:00:05.000
        Today we talk about compilers.

        00:00:05.000 --> 00:00:08.000
        Omar: Thanks for having me.

        00:00:08.000 --> 00:00:11.000
        He said: never rewrite it.

        00:00:11.000 --> 00:00:13.000
        Lena: And did you?

        00:00:13.000 --> 00:00:15.000
        Omar: Twice.
        """)
        try #require(document.turns.map(\.label) == ["Lena Park", "Omar", "Lena", "Omar"])
        #expect(document.turns[0].texts == ["Welcome to the show. Today we talk about compilers."])
        #expect(document.turns[1].texts == ["Thanks for having me. He said: never rewrite it."])
        #expect(document.warnings.contains { $0.contains("He said") })
    }

    @Test("inline tags and karaoke timestamps are removed, entities decoded, a bare `<` kept")
    func inlineMarkup() throws {
        let document = try read("""
        WEBVTT

        00:01.000 --> 00:04.000
        <v Ana><b>Bold</b>, <i>italic</i> and <u>under</u> <c.yellow.bg_blue>coloured</c> text
        in <lang fr>français</lang>, <ruby>漢<rt>kan</rt></ruby>, <00:02.500>later &amp; &lt;tagged&gt; &nbsp;x < y
        """)
        try #require(document.turns.count == 1)
        #expect(document.turns[0].texts == ["Bold, italic and under coloured text in français, 漢kan, later & <tagged> x < y"])
    }

    @Test("character references are decoded after tags are removed, so an escaped tag is text")
    func escapedTagIsText() throws {
        let document = try reader.read(ReaderTestSupport.rawInput("WEBVTT\n\n00:01.000 --> 00:02.000\n&lt;v Ana&gt; is how a voice is written &amp; read&nbsp;aloud"))
        #expect(document.turns.map(\.label) == [nil])
        #expect(document.turns.first?.texts == ["<v Ana> is how a voice is written & read aloud"])
    }

    @Test("cue identifiers and timing lines with and without hours and with settings give the times")
    func timingsAndIdentifiers() throws {
        let document = try read("""
        WEBVTT

        intro
        00:59.250 --> 01:02.000 line:0 position:20%
        <v Ana>One.

        2
        01:00:02.000 --> 01:00:04.000
        <v Ben>Two.
        """)
        #expect(document.turns.map { $0.time?.milliseconds } == [59_250, 3_602_000])
        #expect(document.noise.contains("intro") && document.noise.contains("2"))
    }

    @Test("a long pause after a sentence starts a paragraph; a short one or a pause mid-sentence does not")
    func paragraphsAtPauses() throws {
        let document = try read("""
        WEBVTT

        00:01.000 --> 00:03.000
        <v Ana>First thought.

        00:03.500 --> 00:05.000
        <v Ana>Still the first

        00:09.000 --> 00:10.000
        <v Ana>paragraph.

        00:15.000 --> 00:17.000
        <v Ana>Second paragraph.
        """)
        try #require(document.turns.count == 1)
        #expect(document.turns[0].texts == ["First thought. Still the first paragraph.", "Second paragraph."])
    }

    @Test("BOM, CRLF, missing blank lines, a timing line without text, malformed times and `-->` in prose lose no word")
    func hostile() throws {
        let text = "\u{FEFF}WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\n<v Ana>Start here\r\n00:02.000 --> 00:03.000\r\nno blank line before me\r\n\r\n"
            + "00:03.000 --> 00:04.000\r\n\r\n00:04.000 --> 00:0x.000\r\n<v Ben>Bad time, kept text\r\n\r\n"
            + "00:05.000 --> 00:06.000\r\n<v Ben>the arrow --> points on\r\n"
        let input = try ReaderTestSupport.input(text)
        #expect(reader.fit(input).score >= 0.95)
        let document = try reader.read(input)
        try #require(document.turns.map(\.label) == ["Ana", "Ben"])
        #expect(document.turns[0].texts == ["Start here no blank line before me"])
        #expect(document.turns[1].texts == ["Bad time, kept text the arrow --> points on"])
        #expect(document.turns[1].time == nil)
        #expect(document.noise.contains("00:04.000 --> 00:0x.000"))
        #expect(document.warnings.contains { $0.contains("did not read") })
    }

    @Test("blanks around timing and text lines (spaces, tabs, no-break spaces) are not text")
    func blanksAroundLines() throws {
        let document = try read("WEBVTT\n\n  00:01.000 --> 00:02.000\t\n\u{00A0}<v Ana>Hi\u{00A0}\u{00A0}there\t \n\t[Applause] ")
        try #require(document.turns.count == 1)
        #expect(document.turns[0].time == Timecode(milliseconds: 1_000))
        #expect(document.turns[0].texts == ["Hi there [Applause]"])
    }

    @Test("100,000 cues read in one pass, every cue's words kept")
    func manyCues() throws {
        var text = "WEBVTT\n\n"
        for index in 0..<100_000 {
            let speaker = index / 10 % 2 == 0 ? "Ana" : "Ben"
            text += "\(Self.clock(index * 2)).000 --> \(Self.clock(index * 2)).900\n<v \(speaker)>word\(index).\n\n"
        }
        let document = try read(text)
        #expect(document.turns.count == 10_000)
        #expect(ReaderTestSupport.words(document.spokenText).count == 100_000)
    }

    /// `hh:mm:ss` for a number of seconds.
    static func clock(_ seconds: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }

    /// The voice names and spoken words of a real WebVTT file, found with the file's own markup
    /// rules: what the reader must keep, in order.
    static func expectedWords(_ text: String) -> [String] {
        let cueText = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("-->") && $0 != "WEBVTT" }
            .joined(separator: "\n")
        let withoutVoices = cueText.replacingOccurrences(of: "<v [^>]*>", with: " ", options: .regularExpression)
        return ReaderTestSupport.words(withoutVoices.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression))
    }

    static let corpusFiles = ["webvtt-voice-tags/spec-example.vtt", "webvtt-voice-tags/cycle-collector-talk.vtt"]

    // Skipped, visibly, where ../shared/corpus/formats is absent.
    @Test("real voice-tagged files: every word kept in order, speakers from the voice tags, no markup left",
          .enabled(if: ReaderTestSupport.hasCorpus(corpusFiles), "../shared/corpus/formats is absent"),
          arguments: corpusFiles)
    func corpus(_ path: String) throws {
        let (text, fit, document) = try ReaderTestSupport.readCorpus(path, with: reader)
        #expect(fit.score >= 0.95)
        let voiceTags = try NSRegularExpression(pattern: "<v ([^>]*)>")
            .matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
        let voices = Set(voiceTags.map { (text as NSString).substring(with: $0.range(at: 1)) })
        #expect(Set(document.turns.compactMap(\.label)) == voices)
        #expect(ReaderTestSupport.words(document.spokenText) == Self.expectedWords(text))
        #expect(!document.spokenText.contains("<") && !document.spokenText.contains("-->"))
        #expect(document.title == nil)
    }
}
