import Foundation
import InterviewKit
import Testing
@testable import Reader

/// The search worker against a real index: a slow SQLite search, interrupted for real
/// (`sqlite3_interrupt` through `SearchIndex.interruptSearches()`), not a mock that throws.
///
/// Whether an interruption lands while SQLite is still at work is up to the scheduler, so each
/// test tries a few times and requires that at least one try really was interrupted midway;
/// what it checks of every try holds whichever way the race went.
@Suite("Reader: interrupting a real search", .serialized)
struct SearchInterruptionTests {
    static let tries = 5

    /// The next result the worker hands over for `generation` with the given ranking, waiting
    /// at most 30 s.
    static func result(of worker: SearchWorker, generation: Int, exact: Bool) -> SearchWorker.Result? {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let result = worker.takeResult(), result.generation == generation, result.isExact == exact { return result }
            usleep(1_000)
        }
        return nil
    }

    @Test func aNewQueryInterruptsTheRunningSearchAndOnlyItsHitsArrive() throws {
        let fixture = try SlowIndexFixture.shared.get()
        var interruptedMidway = 0
        for _ in 1...Self.tries where interruptedMidway == 0 {
            let library = RecordingLibrary(fixture.index)
            let worker = SearchWorker(library: library, limit: ReaderController.searchLimit)
            defer { worker.stop() }
            worker.submit(SlowIndexFixture.slowQuery)
            try #require(library.waitForStart(of: SlowIndexFixture.slowQuery, .exact), "the slow query's exact search never started")
            let generation = worker.submit(SlowIndexFixture.rareWord)
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
            let library = RecordingLibrary(fixture.index)
            let worker = SearchWorker(library: library, limit: ReaderController.searchLimit)
            defer { worker.stop() }
            let generation = worker.submit(SlowIndexFixture.slowQuery)
            try #require(library.waitForStart(of: SlowIndexFixture.slowQuery, .exact), "the exact search never started")
            // What an interruption meant for an older query does when it arrives late.
            library.interruptSearches()
            let result = try #require(Self.result(of: worker, generation: generation, exact: true), "no exact answer")
            #expect(result.failure == nil, "the current query's search was interrupted, not broken: \(result.failure ?? "")")
            #expect(result.hits.count == ReaderController.searchLimit)
            let exact = library.searches.filter { $0.ranking == .exact }.map(\.ending)
            if exact.first == .interrupted {
                #expect(exact == [.interrupted, .returned(hits: ReaderController.searchLimit)], "tried again once, and answered")
                retried += 1
            } else {
                #expect(exact == [.returned(hits: ReaderController.searchLimit)])
            }
        }
        #expect(retried > 0, "in \(Self.tries) tries the exact search always ended before the interruption reached it")
    }
}
