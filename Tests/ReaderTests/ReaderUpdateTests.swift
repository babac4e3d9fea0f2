import Foundation
import InterviewKit
import Testing
import TerminalUI
@testable import Reader

/// `ReaderUpdate.update` as a pure function: a state and a message in, a state and effects out.
/// No library, no store, no terminal: what the update needs from the world comes as messages.
@Suite("Reader update: message in, state and effects out")
struct ReaderUpdateTests {
    static func state(width: Int = 80, height: Int = 24) -> ReaderState {
        ReaderState(libraryName: "lib", interviews: Fixtures.interviews.map(InterviewSummary.init), size: Size(width: width, height: height))
    }

    static func press(_ state: inout ReaderState, _ action: Action) -> [ReaderEffect] {
        ReaderUpdate.update(&state, .action(action))
    }

    @Test func openingAnInterviewAsksForItAndShowsItWhenItArrives() {
        var state = Self.state()
        #expect(Self.press(&state, .moveDown) == [])
        #expect(Self.press(&state, .open) == [.loadInterview(id: "beta", opening: .start)])
        #expect(state.screen == .library, "nothing is shown before the interview is read")
        #expect(state.isOpening)
        let effects = ReaderUpdate.update(&state, .interviewLoaded(.start, .success(Fixtures.interviews[1])))
        // Opening an interview saves where the reader is.
        guard case .saveMemory(let memory) = effects.first, effects.count == 1 else {
            Issue.record("expected one save of the reading positions, got \(effects)")
            return
        }
        #expect(memory.open == "beta")
        #expect(!state.isOpening)
        #expect(state.stack == [.library, .interview])
        #expect(state.reading?.interview.id == "beta")
        #expect(state.reading?.selectedExchange == 0)
    }

    @Test func anInterviewThatVanishedIsSaidAndNothingIsPushed() {
        var state = Self.state()
        _ = Self.press(&state, .open)
        _ = ReaderUpdate.update(&state, .interviewLoaded(.start, .success(nil)))
        #expect(state.stack == [.library])
        #expect(state.message?.contains("no longer in the library") == true)
    }

    @Test func typingSearchesAndErasingCancels() {
        var state = Self.state()
        #expect(Self.press(&state, .search) == [])
        #expect(state.stack == [.library, .search])
        #expect(Self.press(&state, .insert("g")) == [.search(query: "g", generation: 1)])
        #expect(Self.press(&state, .insert("o")) == [.search(query: "go", generation: 2)])
        #expect(state.search.progress == .searching)
        #expect(Self.press(&state, .deleteBackward) == [.search(query: "g", generation: 3)])
        #expect(Self.press(&state, .deleteBackward) == [.cancelSearch])
        #expect(state.search.progress == .done)
    }

    @Test func hitsOfASupersededSearchAreDropped() {
        var state = Self.state()
        _ = Self.press(&state, .search)
        _ = Self.press(&state, .insert("a"))
        _ = Self.press(&state, .insert("b"))
        let stale = SearchHit(interviewID: "alpha", interviewTitle: "Alpha", location: .answer(exchange: 0, answer: 0, paragraph: 0),
                              question: "Q", speaker: "S", snippet: "a", matches: [], rank: 0)
        _ = ReaderUpdate.update(&state, .searchResults(SearchResults(generation: 1, hits: [stale], isExact: true)))
        #expect(state.search.hits.isEmpty)
        #expect(state.search.progress == .searching)
        _ = ReaderUpdate.update(&state, .searchResults(SearchResults(generation: 2, hits: [stale], isExact: false)))
        #expect(state.search.hits == [stale])
        #expect(state.search.progress == .refining)
    }

    @Test func bookmarkingAsksTheStoreForTheAnswerOnScreen() {
        var state = Self.state()
        _ = ReaderUpdate.update(&state, .interviewLoaded(.start, .success(Fixtures.interviews[2])))
        _ = Self.press(&state, .nextQuestion)
        let gamma = Fixtures.interviews[2]
        #expect(Self.press(&state, .toggleBookmark) == [.toggleBookmark(AnswerPosition(exchange: 1, answer: 0), in: gamma)])
        let change = BookmarkChange(bookmarks: [], positions: [AnswerPosition(exchange: 1, answer: 0)], message: "Bookmarked")
        _ = ReaderUpdate.update(&state, .bookmarksChanged(change))
        #expect(state.reading?.bookmarkedExchanges == [1])
        #expect(state.message == "Bookmarked")
    }

    @Test func qGoesUpOneLevelAndQuitsAtTheTopWhileShiftQQuitsFromAnywhere() {
        var state = Self.state()
        _ = ReaderUpdate.update(&state, .interviewLoaded(.start, .success(Fixtures.interviews[0])))
        _ = Self.press(&state, .search)
        #expect(state.stack == [.library, .interview, .search])
        _ = Self.press(&state, .quit)
        #expect(state.stack == [.library, .interview])
        _ = Self.press(&state, .quit)
        #expect(state.stack == [.library])
        #expect(state.reading == nil)
        #expect(!state.isFinished)
        _ = Self.press(&state, .quit)
        #expect(state.isFinished)

        var deep = Self.state()
        _ = ReaderUpdate.update(&deep, .interviewLoaded(.start, .success(Fixtures.interviews[0])))
        _ = Self.press(&deep, .quitNow)
        #expect(deep.isFinished)
    }

    @Test func searchAndBookmarksTakeEachOthersPlaceOnTheStack() {
        var state = Self.state()
        _ = Self.press(&state, .search)
        #expect(Self.press(&state, .showBookmarks) == [.reloadBookmarks(for: nil)])
        #expect(state.stack == [.library, .bookmarks])
        _ = Self.press(&state, .search)
        #expect(state.stack == [.library, .search])
    }

    @Test func aRefreshThatChangedTheLibraryListsItAgainKeepingTheCursor() {
        var state = ReaderState(libraryName: "lib", interviews: Fixtures.interviews.dropFirst().map(InterviewSummary.init),
                                size: Size(width: 80, height: 24))
        state.library.isRefreshing = true
        _ = Self.press(&state, .moveDown)
        #expect(ReaderUpdate.update(&state, .libraryRefreshed(.success(LibraryRefresh(changed: true)))) == [.listLibrary])
        #expect(state.library.isRefreshing, "still refreshing until the new list is in")
        _ = ReaderUpdate.update(&state, .libraryListed(.success(Fixtures.interviews.map(InterviewSummary.init))))
        #expect(!state.library.isRefreshing)
        #expect(state.library.selected?.id == "gamma")
    }

    @Test func listOffsetsFollowTheCursorInTheState() {
        var state = ReaderState(libraryName: "lib", interviews: (0..<50).map { number in
            InterviewSummary(Interview(id: "i\(number)", title: "Interview \(number)", speakers: [], exchanges: []))
        }, size: Size(width: 60, height: 12))
        _ = Self.press(&state, .bottom)
        #expect(state.library.list.cursor == 49)
        // 12 rows: one status line and two border lines leave nine for the list.
        #expect(state.library.list.offset == 41)
        _ = Self.press(&state, .top)
        #expect(state.library.list.offset == 0)
    }
}
