import Foundation
import Testing
@testable import InterviewKit

/// `in:bookmarks` and `note:` in a query: taken out before the index sees the query, applied
/// to the hits after.
@Suite("Bookmarks: in:bookmarks and note: in queries")
struct BookmarkFilterTests {
    typealias F = BookmarkFixtures
    let interview = F.interview(F.pairs)

    func mark(_ exchange: Int, note: String? = nil) -> Bookmark {
        var bookmark = Bookmark(interview: interview, exchange: exchange, answer: 0, created: F.epoch.addingTimeInterval(Double(exchange)))
        bookmark.note = note
        return bookmark
    }

    func hit(_ location: TextLocation) -> SearchHit {
        SearchHit(interviewID: interview.id, interviewTitle: interview.title, location: location, question: "", speaker: "", snippet: "", matches: [], rank: 0)
    }

    @Test func theFiltersAreTakenOutAndTheRestKept() {
        let (filter, rest) = BookmarkFilter.split("calm IN:Bookmarks speaker:\"Ann Lee\" note:\"two words\" note:Café \"in:bookmarks\"")
        #expect(filter == BookmarkFilter(bookmarkedOnly: true, noteWords: ["two words", "Café"]))
        #expect(rest == "calm speaker:\"Ann Lee\" \"in:bookmarks\"")
        let (none, same) = BookmarkFilter.split("in:garden note: words")
        #expect(!none.isActive)
        #expect(same == "in:garden note: words")
    }

    @Test func hitsOutsideKeptBookmarksAreLeftOut() {
        let bookmarks = [mark(1, note: "Calm screens, a CAFÉ idea"), mark(3)]
        let hits = [hit(.answer(exchange: 0, answer: 0, paragraph: 0)), hit(.answer(exchange: 1, answer: 0, paragraph: 0)),
                    hit(.question(exchange: 3)), hit(.section(0, paragraph: 0)), hit(.answer(exchange: 3, answer: 0, paragraph: 0))]
        let interviews = [interview.id: interview]
        let bookmarked = BookmarkFilter(bookmarkedOnly: true).filter(hits, bookmarks: bookmarks, interviews: interviews)
        #expect(bookmarked.map(\.location) == [hits[1].location, hits[2].location, hits[4].location])
        let noted = BookmarkFilter(noteWords: ["cafe", "calm"]).filter(hits, bookmarks: bookmarks, interviews: interviews)
        #expect(noted.map(\.location) == [hits[1].location], "case and accents ignored")
        #expect(BookmarkFilter(noteWords: ["cafe", "absent"]).filter(hits, bookmarks: bookmarks, interviews: interviews).isEmpty,
                "every word is needed")
    }

    @Test func filtersAloneListTheBookmarksTheyKeep() {
        let bookmarks = [mark(3), mark(1, note: "remember this")]
        let listed = BookmarkFilter(noteWords: ["remember"]).hits(bookmarks: bookmarks, interviews: [interview.id: interview])
        #expect(listed.map(\.location) == [.answer(exchange: 1, answer: 0, paragraph: 0)])
        #expect(listed.first?.snippet == "remember this")
        let all = BookmarkFilter(bookmarkedOnly: true).hits(bookmarks: bookmarks, interviews: [:])
        #expect(all.count == 2, "orphaned bookmarks are listed at their last known place")
    }
}
