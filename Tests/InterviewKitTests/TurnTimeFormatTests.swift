import Foundation
import Testing
@testable import InterviewKit

/// Turn times and the media URL in the canonical file (docs/FORMAT.md, "Turn times"): golden
/// files, hand-written variants, malformed markers and escaping of text that looks like a time.
@Suite("Turn times in the canonical format")
struct TurnTimeFormatTests {
    static let timed = Interview(
        id: "timed",
        title: "A timed talk",
        source: "https://example.org/talk",
        media: "https://example.org/talk.mp3",
        speakers: [
            Speaker(id: "ann", name: "Ann", role: .interviewer),
            Speaker(id: "bo", name: "Bo", role: .interviewee),
            Speaker(id: "cy", name: "Cy", role: .audience),
        ],
        sections: [Section(kind: .intro, paragraphs: ["[0:00] is not a time here."], position: 0)],
        exchanges: [
            Exchange(
                question: Question(speaker: "ann", text: "What got you started?\nAnd when?", time: Timecode(milliseconds: 724_000)),
                answers: [
                    Answer(speaker: "bo", paragraphs: ["Well, a friend.", "[12:30] was when it clicked."], time: Timecode(milliseconds: 730_500)),
                    Answer(speaker: "bo", paragraphs: ["And later, more."], time: Timecode(milliseconds: 3_723_000)),
                ]
            ),
            Exchange(
                question: Question(speaker: "cy", text: "[1:00] sounds like a time?", time: Timecode(milliseconds: 3_800_250)),
                answers: [Answer(speaker: "bo", paragraphs: ["**Bo:** [9:99] no."])]
            ),
            Exchange(question: Question(speaker: "ann", text: "An untimed question"), answers: [Answer(speaker: "bo", paragraphs: ["[1:05] Text."])]),
        ]
    )

    static let timedText = """
        ---
        id: timed
        title: A timed talk
        source: https://example.org/talk
        media: https://example.org/talk.mp3
        speakers:
        - id: ann
          name: Ann
          role: interviewer
        - id: bo
          name: Bo
          role: interviewee
        - id: cy
          name: Cy
          role: audience
        ---

        # Introduction

        [0:00] is not a time here.

        ## [12:04] What got you started?
        > And when?

        [12:10.5] Well, a friend.

        \\[12:30] was when it clicked.

        **Bo:** [1:02:03] And later, more.

        ## **Cy:** [1:03:20.25] \\[1:00] sounds like a time?

        \\**Bo:** [9:99] no.

        ## An untimed question

        \\[1:05] Text.

        """

    @Test func writesTheGoldenFile() {
        #expect(InterviewFormat.write(Self.timed) == Self.timedText)
    }

    @Test func readsTheGoldenFile() throws {
        #expect(try InterviewFormat.read(Self.timedText) == Self.timed)
    }

    /// A file as a person might type it: hours with a leading zero, SubRip's comma, a marker on
    /// a paragraph of its own (a new answer by the same speaker). It reads as meant and is
    /// rewritten canonically.
    @Test func readsHandWrittenMarkersAndRewritesThemCanonically() throws {
        let text = Self.header + "\n## [00:12:04] Why?\n\n[00:12:10,500] Because.\n\nStill Bo.\n\n[13:00] Bo again, later.\n"
        let interview = try InterviewFormat.read(text)
        let exchange = try #require(interview.exchanges.first)
        #expect(exchange.question.time == Timecode(milliseconds: 724_000))
        #expect(exchange.answers.map(\.time) == [Timecode(milliseconds: 730_500), Timecode(milliseconds: 780_000)])
        #expect(exchange.answers.map(\.paragraphs) == [["Because.", "Still Bo."], ["Bo again, later."]])
        #expect(exchange.answers.map(\.speaker) == ["bo", "bo"])
        let rewritten = InterviewFormat.write(interview)
        #expect(rewritten.contains("\n## [12:04] Why?\n\n[12:10.5] Because.\n\nStill Bo.\n\n**Bo:** [13:00] Bo again, later.\n"))
        #expect(try InterviewFormat.read(rewritten) == interview)
    }

    @Test(arguments: [
        ("\n## [12:75] Why?\n", 13, "[12:75]"),
        ("\n## Why?\n\nFine.\n\n[1:2] Typo.\n", 17, "[1:2]"),
        ("\n## Why?\n\n**Bo:** [12:04]\nthe text on the next line\n", 15, "[12:04]"),
        ("\n## [1000:00:00] Why?\n", 13, "[1000:00:00]"),
        ("\n## Why?\n\n[:] What?\n", 15, "[:]"),
    ])
    func reportsAMalformedMarkerAtItsLine(body: String, line: Int, found: String) {
        #expect {
            try InterviewFormat.read(Self.header + body, file: "t.md")
        } throws: { error in
            guard let error = error as? FormatError else { return false }
            return error.file == "t.md" && error.line == line && error.message.contains("expected a time like [12:04]")
                && error.message.contains("found `\(found)`")
        }
    }

    /// Bracketed times that are not at a turn's start, or not shaped like a marker, are text.
    @Test func leavesTextThatIsNotAMarkerAlone() throws {
        let body = "\n## Why [12:04]?\n> [0:01] a quoted line\n\nBecause [0:05]x, \\[00:04:03\\] and [1:00]x.\n[12:04] on a second line\n"
        let interview = try InterviewFormat.read(Self.header + body)
        let exchange = try #require(interview.exchanges.first)
        #expect(exchange.question == Question(speaker: "ann", text: "Why [12:04]?\n[0:01] a quoted line"))
        #expect(exchange.answers == [Answer(speaker: "bo", paragraphs: ["Because [0:05]x, \\[00:04:03\\] and [1:00]x.\n[12:04] on a second line"])])
        #expect(InterviewFormat.write(interview) == Self.header + body)
    }

    /// A file written before times existed reads as untimed and is rewritten byte for byte.
    @Test func anOldFileStaysValidAndIdentical() throws {
        let old = Self.header + "\n## What?\n\n\\[00:04:03\\] Well.\n\n**Ann:** \\## Hm.\n"
        let interview = try InterviewFormat.read(old)
        #expect(interview.media == nil)
        #expect(interview.exchanges.allSatisfy { $0.question.time == nil && $0.answers.allSatisfy { $0.time == nil } })
        #expect(InterviewFormat.write(interview) == old)
    }

    /// The full example in docs/FORMAT.md is a canonical file: it reads, holds its times, and
    /// is written back byte for byte.
    @Test func theDocumentedExampleIsCanonical() throws {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/FORMAT.md")
        let markdown = try String(contentsOf: doc.standardized, encoding: .utf8)
        let start = try #require(markdown.range(of: "```markdown\n"))
        let end = try #require(markdown.range(of: "```", range: start.upperBound..<markdown.endIndex))
        let example = String(markdown[start.upperBound..<end.lowerBound])
        let interview = try InterviewFormat.read(example)
        #expect(interview.media == "https://example.org/chat.mp3")
        #expect(interview.exchanges[0].question.time == Timecode(milliseconds: 724_000))
        #expect(interview.exchanges[0].answers.map(\.time) == [Timecode(milliseconds: 730_500), Timecode(milliseconds: 3_723_000)])
        #expect(interview.validate() == [])
        #expect(InterviewFormat.write(interview) == example)
    }

    @Test func jsonHasTimesInSecondsAndMediaOnlyWhenKnown() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(Self.timed)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["media"] as? String == "https://example.org/talk.mp3")
        let exchanges = try #require(object["exchanges"] as? [[String: Any]])
        let question = try #require(exchanges[0]["question"] as? [String: Any])
        #expect(question["time"] as? Double == 724)
        let answers = try #require(exchanges[0]["answers"] as? [[String: Any]])
        #expect(answers[0]["time"] as? Double == 730.5)
        let untimed = try #require(exchanges[2]["question"] as? [String: Any])
        #expect(untimed.keys.sorted() == ["speaker", "text"])
        let plain = try #require(try JSONSerialization.jsonObject(with: encoder.encode(InterviewFormatTests.sample)) as? [String: Any])
        #expect(plain["media"] == nil)
        #expect(try JSONDecoder().decode(Interview.self, from: data) == Self.timed)
    }

    @Test func validationRefusesATimeNoFileCanHold() {
        var interview = Self.timed
        interview.exchanges[0].answers[1].time = Timecode(milliseconds: TimeMarker.largest.milliseconds + 1)
        #expect(interview.validate() == ["question 1, answer 2: time 1000:00:00 is past 999:59:59.999, the largest a file can hold"])
        // Order is not checked: a question timed after its answers is fine.
        interview = Self.timed
        interview.exchanges[0].question.time = Timecode(milliseconds: 9_000_000)
        #expect(interview.validate() == [])
    }

    /// The front matter of a file with Ann asking and Bo answering, as the writer lays it out.
    static let header = InterviewFormat.write(Interview(
        id: "t", title: "T",
        speakers: [Speaker(id: "ann", name: "Ann", role: .interviewer), Speaker(id: "bo", name: "Bo", role: .interviewee)]
    ))
}
