import Foundation
import InterviewKit
import Testing
import TerminalUI
@testable import Reader

/// The answer cursor: which answer `b` acts on, marked on screen, and ★ on bookmarked answers.
@Suite("Reader: the answer cursor and bookmarked answers")
struct AnswerCursorTests {
    /// Gamma's second question, which has two answers (Ola's, then Gil's), in the detail pane.
    static func onTwoAnswers() -> ReaderRuntime {
        let reader = Fixtures.controller(width: 100, height: 20)
        reader.press(.char("G"), .enter, .char("]"), .enter)
        return reader
    }

    @Test func theCursorStartsOnTheFirstAnswerAndIsMarked() {
        let reader = Self.onTwoAnswers()
        #expect(reader.state.reading?.answerCursor == 0)
        #expect(reader.screenText.contains("▸ Ola Guest:"))
        #expect(!reader.screenText.contains("▸ Gil Host"))
    }

    @Test func bookmarkingTheSecondAnswerBookmarksThatAnswerAndStarsIt() {
        let reader = Self.onTwoAnswers()
        reader.press(.char("}"))
        #expect(reader.state.reading?.answerCursor == 1)
        #expect(reader.screenText.contains("▸ Gil Host:"))
        reader.press(.char("b"))
        #expect(reader.state.bookmarks.map(\.answerIndex) == [1])
        #expect(reader.state.bookmarks.first?.speaker == "Gil Host")
        #expect(reader.screenText.contains("▸ Gil Host ★:"), "the bookmarked answer carries a star")
        #expect(reader.screenText.contains("Ola Guest:"), "the other answer does not")
        #expect(!reader.screenText.contains("Ola Guest ★"))
    }

    @Test func pastTheLastAnswerTheCursorGoesOnToTheNextQuestion() {
        let reader = Fixtures.controller(width: 100, height: 20)
        reader.press(.enter, .enter)  // alpha, first question: one answer
        reader.press(.char("}"))
        #expect(reader.state.selectedExchange == 1)
        #expect(reader.state.reading?.answerCursor == 0)
        reader.press(.char("{"))
        #expect(reader.state.selectedExchange == 0)
    }

    @Test func theUpdateAsksToBookmarkTheAnswerUnderTheCursor() {
        var state = ReaderUpdateTests.state(width: 100, height: 20)
        _ = ReaderUpdate.update(&state, .interviewLoaded(.start, .success(Fixtures.interviews[2])))
        _ = ReaderUpdate.update(&state, .action(.nextQuestion))
        _ = ReaderUpdate.update(&state, .action(.nextAnswer))
        let effects = ReaderUpdate.update(&state, .action(.toggleBookmark))
        #expect(effects == [.toggleBookmark(AnswerPosition(exchange: 1, answer: 1), in: Fixtures.interviews[2])])
    }
}
