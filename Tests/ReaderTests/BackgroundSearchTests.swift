import Foundation
import InterviewKit
import Testing
import TerminalUI
@testable import Reader

/// A library whose searches for `slowWord` block until they are interrupted, and which
/// records every search it runs: enough to see a typed query supersede a running one.
final class GatedLibrary: ReaderLibrary, @unchecked Sendable {
    struct Blocked: Error {}

    let name = "gated"
    let slowWord = "slow"
    private let inner = MemoryLibrary()
    private let condition = NSCondition()
    private var interruptions = 0
    private var log: [(String, SearchRanking)] = []

    func interviews() throws -> [InterviewSummary] { try inner.interviews() }
    func interview(id: String) throws -> Interview? { try inner.interview(id: id) }

    func search(_ query: String, limit: Int, ranking: SearchRanking) throws -> [SearchHit] {
        condition.withLock { log.append((query, ranking)) }
        if query == slowWord {
            condition.withLock {
                let seen = interruptions
                while interruptions == seen { condition.wait() }
            }
            throw Blocked()
        }
        return try condition.withLock { try inner.search(query, limit: limit, ranking: ranking) }
    }

    func interruptSearches() {
        condition.withLock {
            interruptions += 1
            condition.broadcast()
        }
    }

    var searches: [(String, SearchRanking)] { condition.withLock { log } }
    var interruptionCount: Int { condition.withLock { interruptions } }
}

@Suite("Reader: searching in the background")
struct BackgroundSearchTests {
    /// Waits (at most a few seconds, so a broken worker fails rather than hangs) until the
    /// controller has taken in the final hits of its query.
    static func settle(_ reader: ReaderRuntime) {
        reader.settle(upTo: 10)
    }

    static func backgroundReader(_ library: any ReaderLibrary) -> ReaderRuntime {
        ReaderRuntime(library: library, bookmarks: Fixtures.bookmarkStore().0, size: Size(width: 80, height: 24),
                      background: true)
    }

    @Test func typingReturnsAtOnceAndTheHitsArriveLater() {
        let library = MemoryLibrary()
        let reader = Self.backgroundReader(library)
        reader.press(.char("/"))
        reader.type("gnocchi")
        #expect(reader.state.searchProgress == .searching)
        #expect(reader.screenText.contains("searching…"))
        Self.settle(reader)
        #expect(reader.state.searchProgress == .done)
        let inline = Fixtures.controller()
        inline.press(.char("/"))
        inline.type("gnocchi")
        #expect(reader.state.hits == inline.state.hits)
        #expect(reader.state.hits.count == 2)
        #expect(reader.screenText.contains("2 results"))
    }

    @Test func aNewQueryInterruptsTheRunningSearchAndOnlyItsHitsAreShown() {
        let library = GatedLibrary()
        let reader = Self.backgroundReader(library)
        reader.press(.char("/"))
        reader.type("slow")
        // Wait until the worker is inside the slow search.
        let deadline = Date().addingTimeInterval(10)
        while !library.searches.contains(where: { $0.0 == "slow" }), Date() < deadline { usleep(1_000) }
        reader.press(.backspace, .backspace, .backspace, .backspace)
        reader.type("gnocchi")
        Self.settle(reader)
        #expect(library.interruptionCount >= 1)
        #expect(reader.state.query == "gnocchi")
        #expect(reader.state.hits.count == 2)
        #expect(reader.state.message == nil, "an interrupted search is not an error")
        // The superseded search was not retried, and the new one ran quick, then exact.
        #expect(library.searches.filter { $0.0 == "slow" }.count == 1)
        #expect(library.searches.filter { $0.0 == "gnocchi" }.map(\.1) == [.quick, .exact])
    }

    @Test func erasingTheQueryCancelsItsSearch() {
        let library = GatedLibrary()
        let reader = Self.backgroundReader(library)
        reader.press(.char("/"))
        reader.type("slow")
        let deadline = Date().addingTimeInterval(10)
        while !library.searches.contains(where: { $0.0 == "slow" }), Date() < deadline { usleep(1_000) }
        reader.press(.backspace, .backspace, .backspace, .backspace)
        #expect(reader.state.searchProgress == .done)
        #expect(reader.state.hits.isEmpty)
        // The searches of "s", "sl", "slo" may still answer: their hits are dropped.
        reader.mailbox.wait(milliseconds: 200)
        reader.receiveMessages()
        #expect(reader.state.hits.isEmpty)
        #expect(reader.state.searchProgress == .done)
        #expect(library.interruptionCount >= 1, "the slow search was interrupted")
    }

    @Test func refinedHitsKeepTheSelectionOnTheSameHit() {
        let reader = Fixtures.controller()
        reader.press(.char("/"))
        reader.type("o")
        let quick = reader.state.hits
        #expect(quick.count > 3)
        var refined = quick
        refined.swapAt(1, 2)
        // On the third hit, shown on the second line of the list: it moved up one place.
        let moved = SearchScreen.selection(keeping: quick, cursor: 2, offset: 1, in: refined)
        #expect(moved.cursor == 1 && refined[moved.cursor] == quick[2])
        #expect(moved.offset == 0, "still on the second line of the list")
        // A hit the refined ranking no longer has: the cursor stays where it was.
        let gone = SearchScreen.selection(keeping: quick, cursor: 2, offset: 0, in: Array(refined.prefix(1)))
        #expect(gone.cursor == 0)
        #expect(SearchScreen.selection(keeping: quick, cursor: 3, offset: 0, in: [quick[0], quick[1], quick[2], quick[3]]).cursor == 3)
    }
}

/// A library whose refresh waits for a go, then finds one more interview and a broken file.
final class RefreshingLibrary: ReaderLibrary, @unchecked Sendable {
    let name = "refreshing"
    let inner = MemoryLibrary(Array(Fixtures.interviews.dropFirst()))
    let go = DispatchSemaphore(value: 0)

    func interviews() throws -> [InterviewSummary] { try inner.interviews() }
    func interview(id: String) throws -> Interview? { try inner.interview(id: id) }
    func search(_ query: String, limit: Int, ranking: SearchRanking) throws -> [SearchHit] {
        try inner.search(query, limit: limit, ranking: ranking)
    }

    func refresh() throws -> LibraryRefresh {
        go.wait()
        inner.items = Fixtures.interviews
        return LibraryRefresh(changed: true, notices: ["broken.md:3: expected a heading", "other.md:1: expected UTF-8 text"])
    }
}

@Suite("Reader: refreshing the library in the background")
struct BackgroundRefreshTests {
    @Test func theReaderStartsOnTheListedLibraryAndTakesInTheRefresh() {
        let library = RefreshingLibrary()
        let reader = ReaderRuntime(library: library, bookmarks: Fixtures.bookmarkStore().0, size: Size(width: 80, height: 24),
                                   background: true, refresh: true)
        #expect(reader.state.interviews.map(\.id) == ["beta", "gamma"])
        #expect(reader.state.isRefreshing && reader.isAwaitingWork)
        #expect(reader.screenText.contains("checking for changed files…"))
        reader.press(.char("j"))
        #expect(reader.state.libraryCursor == 1, "keys work while the refresh runs")
        library.go.signal()
        BackgroundSearchTests.settle(reader)
        #expect(!reader.state.isRefreshing)
        #expect(reader.state.interviews.map(\.id) == ["alpha", "beta", "gamma"])
        #expect(reader.state.libraryCursor == 2, "still on gamma, now third")
        #expect(reader.state.message == "broken.md:3: expected a heading (and 1 more: run `parley check`)")
        #expect(!reader.screenText.contains("checking for changed files"))
    }
}
