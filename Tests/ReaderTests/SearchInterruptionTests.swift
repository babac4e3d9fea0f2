import Foundation
import InterviewKit
import Testing
@testable import Reader

/// The search effect against a real index: a slow SQLite search, interrupted for real
/// (`sqlite3_interrupt` through `SearchIndex.interruptSearches()`), not a mock that throws.
///
/// Whether the runner's one interruption lands while SQLite is still at work is up to the
/// scheduler, so the first test tries a few times and requires that at least one try really was
/// interrupted midway; what it checks of every try holds whichever way the race went. The
/// second interrupts until the search has ended (`interruptUntilEnded`), which under load once
/// left its single interruption to arrive before SQLite's statement started, and be forgotten.
@Suite("Reader: interrupting a real search", .serialized)
struct SearchInterruptionTests {
    static let tries = 5

    /// A runner of effects as tasks over `library`, answering into a mailbox of its own.
    static func runner(_ library: any ReaderLibrary) -> EffectRunner {
        EffectRunner(mode: .tasks, library: library, bookmarks: Fixtures.bookmarkStore().0, mailbox: Mailbox(),
                     searchLimit: ReaderOptions.defaultSearchLimit)
    }

    /// The next answer the runner's searches post for `generation` with the given ranking,
    /// waiting at most 30 s.
    static func result(of runner: EffectRunner, generation: Int, exact: Bool) -> SearchResults? {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            runner.mailbox.wait(milliseconds: 100)
            for case .searchResults(let results) in runner.mailbox.takeAll()
            where results.generation == generation && results.isExact == exact {
                return results
            }
        }
        return nil
    }

    /// A runner over a fresh recording library, once SQLite is at work on the slow query's
    /// exact search; the generation of that query. The caller cancels its search.
    ///
    /// Why wait a quarter of the search's usual time after it started: an interruption that
    /// reaches SQLite before the search's statement runs is forgotten when the statement starts
    /// (SQLite clears it when no statement is active), and the search then runs to its end.
    static func insideTheSlowSearch(_ fixture: SlowIndexFixture) throws -> (RecordingLibrary, EffectRunner, Int) {
        let library = RecordingLibrary(fixture.index)
        let worker = runner(library)
        let generation = 1
        _ = worker.run(.search(query: SlowIndexFixture.slowQuery, generation: generation))
        guard library.waitForStart(of: SlowIndexFixture.slowQuery, .exact) else {
            _ = worker.run(.cancelSearch)
            throw SlowSearchNotStarted("the slow query's exact search never started")
        }
        usleep(UInt32(fixture.slowSearchSeconds / 4 * 1_000_000))
        return (library, worker, generation)
    }

    struct SlowSearchNotStarted: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    @Test func aNewQueryInterruptsTheRunningSearchAndOnlyItsHitsArrive() throws {
        let fixture = try SlowIndexFixture.shared.get()
        var interruptedMidway = 0
        for _ in 1...Self.tries where interruptedMidway == 0 {
            let (library, worker, _) = try Self.insideTheSlowSearch(fixture)
            defer { _ = worker.run(.cancelSearch) }
            let generation = 2
            _ = worker.run(.search(query: SlowIndexFixture.rareWord, generation: generation))
            let result = try #require(Self.result(of: worker, generation: generation, exact: true), "no answer to the new query")
            #expect(result.failure == nil, "an interrupted search is not an error: \(result.failure ?? "")")
            #expect(result.hits.map(\.interviewID) == ["slow-7"])
            // The superseded search ran quick then exact, once each: never tried again.
            let slow = library.searches.filter { $0.query == SlowIndexFixture.slowQuery }
            #expect(slow.map(\.ranking) == [.quick, .exact])
            if slow.last?.ending == .interrupted { interruptedMidway += 1 }
        }
        #expect(interruptedMidway > 0, "in \(Self.tries) tries the slow search always ended before the interruption reached it")
    }

    @Test func anInterruptionThatLandsOnTheCurrentSearchIsTriedAgain() throws {
        let fixture = try SlowIndexFixture.shared.get()
        var retried = 0
        for _ in 1...Self.tries where retried == 0 {
            let (library, worker, generation) = try Self.insideTheSlowSearch(fixture)
            defer { _ = worker.run(.cancelSearch) }
            // What an interruption meant for an older query does when it arrives late.
            library.interruptUntilEnded(SlowIndexFixture.slowQuery, .exact)
            let result = try #require(Self.result(of: worker, generation: generation, exact: true), "no exact answer")
            #expect(result.failure == nil, "the current query's search was interrupted, not broken: \(result.failure ?? "")")
            #expect(result.hits.count == ReaderOptions.defaultSearchLimit)
            let exact = library.searches.filter { $0.ranking == .exact }.map(\.ending)
            if exact.first == .interrupted {
                #expect(exact == [.interrupted, .returned(hits: ReaderOptions.defaultSearchLimit)], "tried again once, and answered")
                retried += 1
            } else {
                #expect(exact == [.returned(hits: ReaderOptions.defaultSearchLimit)])
            }
        }
        #expect(retried > 0, "in \(Self.tries) tries the exact search always ended before the interruption reached it")
    }
}
