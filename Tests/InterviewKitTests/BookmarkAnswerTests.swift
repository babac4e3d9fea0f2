import Foundation
import Testing
@testable import InterviewKit

/// The store as the reader uses it: by answer position in an open interview.
@Suite struct BookmarkAnswerTests {
    typealias F = BookmarkFixtures

    @Test func positionsFollowMovedQuestions() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let store = BookmarkStore(url: folder.appendingPathComponent("bookmarks.json"))
        let interview = F.interview(F.pairs)
        #expect(try store.toggle(AnswerPosition(exchange: 1, answer: 0), in: interview, now: F.epoch))
        #expect(try store.toggle(AnswerPosition(exchange: 3, answer: 0), in: interview, now: F.epoch))
        let moved = F.interview([F.pairs[3], F.pairs[1], F.pairs[2], F.pairs[0]])
        #expect(Set(store.positions(in: moved).keys) == [AnswerPosition(exchange: 0, answer: 0), AnswerPosition(exchange: 1, answer: 0)])
        #expect(store.positions(in: F.interview(id: "other", F.pairs)).isEmpty)
    }

    @Test func togglingAnAnswerWhoseQuestionWasEditedRemovesItsBookmark() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let store = BookmarkStore(url: folder.appendingPathComponent("bookmarks.json"))
        let interview = F.interview(F.pairs)
        let here = AnswerPosition(exchange: 2, answer: 0)
        try store.toggle(here, in: interview, now: F.epoch)
        var edited = F.pairs
        edited[2].0 = "And what comes next, do you think?"
        let reworded = F.interview(edited)
        // Found through the excerpt, not the (changed) fingerprint.
        #expect(store.bookmark(at: here, in: reworded)?.question == "What comes next?")
        #expect(try store.toggle(here, in: reworded) == false)
        #expect(store.bookmarks.isEmpty)
        #expect(BookmarkStore(url: store.url).bookmarks.isEmpty)
    }
}
