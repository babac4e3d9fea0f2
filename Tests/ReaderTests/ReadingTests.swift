import Foundation
import Synchronization
import InterviewKit
import Testing
import TerminalUI
@testable import Reader

/// Reading on: the reading width, Space through the questions, the next answer by the same speaker.
@Suite("Reader: reading width, continuous reading, same speaker")
struct ReadingTests {
    static func state(width: Int, height: Int = 30, readingWidth: Int? = ReaderOptions.defaultReadingWidth) -> ReaderState {
        ReaderState(libraryName: "lib", interviews: Fixtures.interviews.map(InterviewSummary.init),
                    size: Size(width: width, height: height), options: ReaderOptions(readingWidth: readingWidth))
    }

    @Test func aWideTerminalSetsTextAtTheReadingWidthAndGivesTheRestToTheList() throws {
        let layout = ReaderLayout(Self.state(width: 200))
        let detail = try #require(layout.detail)
        let list = try #require(layout.list)
        #expect(detail.width == ReaderOptions.defaultReadingWidth + 2, "the text inside the border is 88 columns")
        #expect(list.width == 200 - detail.width)
        #expect(detail.x == list.width)
        let unlimited = try #require(ReaderLayout(Self.state(width: 200, readingWidth: nil)).detail)
        #expect(unlimited.width == 120)
        let narrow = try #require(ReaderLayout(Self.state(width: 120)).detail)
        #expect(narrow.width == 72, "narrower than the reading width: unchanged")
    }

    @Test func spacePagesOnThroughTheAnswerThenIntoTheNextQuestion() throws {
        let reader = Fixtures.controller(width: 60, height: 12)
        reader.press(.enter, .char("]"), .enter)  // alpha, the long second answer
        reader.press(.char(" "))
        #expect(reader.state.selectedExchange == 1)
        #expect(reader.state.detailScroll != .top, "a page on within the answer")
        for _ in 0..<40 where reader.state.selectedExchange == 1 { reader.press(.char(" ")) }
        #expect(reader.state.selectedExchange == 2, "at its end, on into the next question")
        #expect(reader.state.detailScroll == .top)
        reader.press(.char(" "))
        #expect(reader.state.message == "The end of the interview")
    }

    @Test func theNextAnswerBySameSpeakerSkipsOthersAndQuestions() {
        let reader = Fixtures.controller(width: 100, height: 20)
        reader.press(.char("G"), .enter, .enter)  // gamma, first question: Ola answers
        reader.press(.char(">"))
        #expect(reader.state.selectedExchange == 1)
        #expect(reader.state.reading?.answerCursor == 0, "Ola's answer to the second question")
        reader.press(.char(">"))
        #expect(reader.state.selectedExchange == 1)
        #expect(reader.state.message == "Ola Guest says nothing more after this")
    }
}

/// `y` and `o`: what leaves the reader, and what it says about it.
@Suite("Reader: copying an answer, opening the media")
struct AnswerActionsTests {
    /// Records what was copied and opened.
    final class Outside: Sendable {
        let copied = Mutex<[String]>([])
        let opened = Mutex<[String]>([])
        var value: ReaderOutside {
            ReaderOutside(copy: { text in self.copied.withLock { $0.append(text) }; return "to the clipboard (test)" },
                          open: { url in self.opened.withLock { $0.append(url) }; return "Opening \(url)" })
        }
    }

    static let timed = Interview(
        id: "timed", title: "On Tape", date: "2024-05", source: "https://example.org/tape", media: "https://example.org/tape.mp3",
        speakers: Fixtures.speakers("Ann Host", "Bo Guest"),
        exchanges: [Exchange(question: Question(speaker: "ann-host", text: "Why?", time: Timecode(milliseconds: 60_000)),
                             answers: [Answer(speaker: "bo-guest", paragraphs: ["Because *so*.", "And more."],
                                              time: Timecode(milliseconds: 65_500))])])

    @Test func yCopiesTheAnswerWithItsCitationAndSaysSo() {
        let outside = Outside()
        let reader = ReaderRuntime(library: MemoryLibrary([Self.timed]), bookmarks: Fixtures.bookmarkStore().0,
                                   size: Size(width: 80, height: 20), outside: outside.value)
        reader.press(.enter, .char("y"))
        #expect(outside.copied.withLock { $0 } == ["Because *so*.\n\nAnd more.\n\n— Bo Guest, “On Tape” (2024-05), https://example.org/tape"])
        #expect(reader.state.message == "Copied Bo Guest’s answer with its citation to the clipboard (test)")
    }

    @Test func oOpensTheMediaAtTheAnswersTimeOrSaysThereIsNone() {
        let outside = Outside()
        let reader = ReaderRuntime(library: MemoryLibrary([Self.timed] + Fixtures.interviews), bookmarks: Fixtures.bookmarkStore().0,
                                   size: Size(width: 80, height: 20), outside: outside.value)
        reader.press(.enter, .char("o"))
        #expect(outside.opened.withLock { $0 } == ["https://example.org/tape.mp3#t=65"])
        #expect(reader.state.message == "Opening https://example.org/tape.mp3#t=65")
        reader.press(.char("q"), .char("j"), .enter, .char("o"))
        #expect(reader.state.message == "“Alpha talks” names no media or web source to open")
        #expect(outside.opened.withLock { $0 }.count == 1)
    }

    static let linked = Interview(
        id: "linked", title: "Linked", media: "https://example.org/linked.mp3",
        speakers: Fixtures.speakers("Ann Host", "Bo Guest"),
        exchanges: [Exchange(question: Question(speaker: "ann-host", text: "Where?"),
                             answers: [Answer(speaker: "bo-guest", paragraphs: ["Nowhere yet."]),
                                       Answer(speaker: "bo-guest", paragraphs: ["See [the notes][n] or <https://example.org/b>.",
                                                                                "[n]: https://example.org/notes"])])])

    @Test func oOpensTheLinkInTheAnswerUnderTheCursorBeforeTheMedia() {
        let outside = Outside()
        let reader = ReaderRuntime(library: MemoryLibrary([Self.linked]), bookmarks: Fixtures.bookmarkStore().0,
                                   size: Size(width: 80, height: 20), outside: outside.value)
        reader.press(.enter, .char("o"))
        #expect(outside.opened.withLock { $0 } == ["https://example.org/linked.mp3"], "the first answer has no link")
        reader.press(.char("}"), .char("o"))
        #expect(outside.opened.withLock { $0 }.last == "https://example.org/notes", "a reference link, its definition anywhere")
        #expect(reader.state.message == "Opening https://example.org/notes")
    }
}
