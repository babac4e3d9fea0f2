import InterviewKit
import Testing
import TerminalUI
@testable import Reader

/// Turn times in the reader: the question's in the detail pane's title, each answer's dim beside
/// its speaker.
@Suite("Reader turn times")
struct TurnTimeScreenTests {
    static let interview = Interview(
        id: "timed", title: "Timed", speakers: Fixtures.speakers("Ann Host", "Bo Guest"),
        exchanges: [
            Exchange(
                question: Question(speaker: "ann-host", text: "Why?", time: Timecode(milliseconds: 724_000)),
                answers: [
                    Answer(speaker: "bo-guest", paragraphs: ["Because."], time: Timecode(milliseconds: 730_500)),
                    Answer(speaker: "ann-host", paragraphs: ["I see."]),
                ]
            ),
        ]
    )

    @Test func showsTimesBesideSpeakersAndInTheTitle() {
        let reader = Fixtures.controller(width: 40, height: 12, library: MemoryLibrary([Self.interview]))
        reader.press(.enter, .enter)
        let buffer = reader.frame()
        let lines = buffer.lines()
        #expect(lines[0].hasPrefix("┌ Question 1 of 1 · 12:04 "))
        #expect(lines[1] == "│Ann Host: Why?                        │")
        // Two answers: the first carries the answer cursor's mark.
        #expect(lines[3] == "│▸ Bo Guest · 12:10.5                  │")
        #expect(lines[6] == "│Ann Host:                             │", "an untimed answer keeps its colon")
        #expect((1..<11).allSatisfy { buffer[$0, 3].style == Theme.standard.speaker })
        #expect((11..<21).allSatisfy { buffer[$0, 3].style == Theme.standard.secondary })
    }

    @Test func untimedQuestionsKeepTheirTitle() {
        let reader = Fixtures.controller(width: 40, height: 12)
        reader.press(.enter, .enter)
        #expect(reader.frame().lines()[0].hasPrefix("┌ Question 1 of 3 ─"))
    }
}
