import Foundation
import Testing
@testable import InterviewKit

/// Placing many bookmarks at once (export, the bookmark filters) finds each where placing it
/// alone does: the fingerprint index only saves work.
@Suite("Bookmarks: placing many at once")
struct BookmarkPlacesTests {
    typealias F = BookmarkFixtures

    @Test func manyAtOnceAgreeWithOneByOne() {
        // The same short question twice, so the index must keep both, in order.
        let pairs = F.pairs + [("Anything else?", "A second time: nothing more.")]
        let talk = F.interview(pairs)
        let other = F.interview(id: "other", [("Only one?", "Yes, only one.")])
        var bookmarks = talk.exchanges.indices.map { Bookmark(interview: talk, exchange: $0, answer: 0, created: F.epoch) }
        bookmarks.append(Bookmark(interview: other, exchange: 0, answer: 0, created: F.epoch))
        bookmarks.append(Bookmark(interview: F.interview(id: "gone", [("Lost?", "Gone.")]), exchange: 0, answer: 0, created: F.epoch))
        // The library changed since: a question edited (found by its answer) and the
        // duplicate question's exchanges swapped with the others.
        var now = talk
        now.exchanges[1].question.text = "Why a reader for the terminal?"
        now.exchanges.swapAt(0, 4)
        let interviews = [now.id: now, other.id: other]
        let together = BookmarkPlaces.of(bookmarks, interviews: interviews)
        let alone = bookmarks.map { $0.place(in: interviews[$0.interviewID]) }
        #expect(together == alone)
        #expect(together.filter(\.isOrphaned) == [.orphaned(.interviewMissing)])
        #expect(together[1] == .attached(exchange: 1, answer: 0), "the edited question's answer is found")
    }
}
