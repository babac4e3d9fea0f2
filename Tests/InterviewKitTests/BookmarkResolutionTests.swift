import Foundation
import Testing
@testable import InterviewKit

@Suite struct BookmarkResolutionTests {
    typealias F = BookmarkFixtures

    private func bookmark(_ exchange: Int, in interview: Interview) -> Bookmark {
        BookmarkStore.make(interview: interview, exchange: exchange, answer: 0, now: F.epoch)
    }

    private func at(_ bookmark: Bookmark, _ interview: Interview) -> [Int]? {
        BookmarkStore.resolve(bookmark, in: interview).map { [$0.exchange, $0.answer] }
    }

    @Test func findsTheAnswerWhereItWasMade() {
        let interview = F.interview(F.pairs)
        for index in interview.exchanges.indices {
            #expect(at(bookmark(index, in: interview), interview) == [index, 0])
        }
    }

    @Test func followsItsQuestionWhenQuestionsAreReordered() {
        let original = F.interview(F.pairs)
        let mark = bookmark(1, in: original)
        let reordered = F.interview([F.pairs[3], F.pairs[2], F.pairs[0], F.pairs[1]])
        #expect(at(mark, reordered) == [3, 0])
    }

    @Test func staysWhenAnotherQuestionIsEditedOrInserted() {
        let original = F.interview(F.pairs)
        let mark = bookmark(2, in: original)
        var edited = F.pairs
        edited[0].0 = "Where, and when, did the project start?"
        edited.insert(("A new first question?", "A new answer."), at: 0)
        #expect(at(mark, F.interview(edited)) == [3, 0])
    }

    @Test func followsTheAnswerWhenItsOwnQuestionIsReworded() {
        let original = F.interview(F.pairs)
        let mark = bookmark(1, in: original)
        var edited = F.pairs
        edited[1].0 = "So: why did you build a reader for the terminal of all places?"
        edited.swapAt(0, 1)
        #expect(at(mark, F.interview(edited)) == [0, 0])
    }

    @Test func staysWhenQuestionAndAnswerGetSmallFixesInPlace() {
        let original = F.interview(F.pairs)
        let mark = bookmark(1, in: original)
        var edited = F.pairs
        edited[1] = ("Why a terminal-based reader?", "Reading long interviews in a browser is tiring; text wants a calm screen.")
        #expect(at(mark, F.interview(edited)) == [1, 0])
    }

    @Test func isOrphanedRatherThanPinnedToAnUnrelatedAnswer() {
        let original = F.interview(F.pairs)
        let mark = bookmark(1, in: original)
        var edited = F.pairs
        edited[1] = ("How do you test it?", "With a lot of small files.")
        let interview = F.interview(edited)
        #expect(at(mark, interview) == nil)
        #expect(mark.place(in: interview) == .orphaned(.answerMissing))
        #expect(mark.place(in: nil) == .orphaned(.interviewMissing))
        #expect(mark.place(in: original) == .attached(exchange: 1, answer: 0))
    }

    @Test func aRepeatedQuestionResolvesToTheOneWithTheSameAnswer() {
        let pairs = [("And then?", "Then we moved to Berlin."), ("Why?", "Rent."), ("And then?", "Then we came back.")]
        let interview = F.interview(pairs)
        let second = bookmark(2, in: interview)
        #expect(at(second, interview) == [2, 0])
        // Moving the first "And then?" to the end must not steal the bookmark.
        let moved = F.interview([pairs[1], pairs[2], pairs[0]])
        #expect(at(second, moved) == [1, 0])
    }

    @Test func keepsTheAnswerIndexOfAPanel() {
        var interview = F.interview(F.pairs)
        interview.speakers.append(Speaker(id: "other", name: "Other Guest", role: .guest))
        interview.exchanges[2].answers.append(Answer(speaker: "other", paragraphs: ["I would add tagging."]))
        let second = BookmarkStore.make(interview: interview, exchange: 2, answer: 1, now: F.epoch)
        #expect(second.speaker == "Other Guest")
        interview.exchanges.swapAt(0, 2)
        #expect(at(second, interview) == [0, 1])
        #expect(second.key != bookmark(0, in: interview).key)
    }
}
