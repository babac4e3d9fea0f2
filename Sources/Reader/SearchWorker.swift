import Foundation
import InterviewKit

/// Runs the reader's searches on a thread of their own, so that typing never waits for one.
///
/// Each query is searched twice: `.quick` first (the first hits, at a cost that does not grow
/// with the library), then `.exact` (every match ranked), and each answer is handed over as soon
/// as it is ready. A newer query supersedes the running one: that search is interrupted, and
/// whatever it still produces is dropped. The controller collects answers with `takeResult()`
/// between keys; nothing here touches the reader's state.
final class SearchWorker: @unchecked Sendable {
    struct Result: Sendable {
        var generation: Int
        var hits: [SearchHit]
        /// Whether every match was ranked (false for the quick first answer).
        var isExact: Bool
        var failure: String?
    }

    private let library: any ReaderLibrary
    private let limit: Int
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var request: (generation: Int, query: String)?
    private var latest = 0
    private var ready: Result?
    private var running: Int?
    private var stopped = false

    init(library: any ReaderLibrary, limit: Int) {
        self.library = library
        self.limit = limit
        let thread = Thread { [self] in serve() }
        thread.name = "parley.search"
        thread.start()
    }

    /// Asks for a search, superseding any earlier one; returns its generation number.
    @discardableResult
    func submit(_ query: String) -> Int {
        supersede(with: query)
    }

    /// Drops the current search without asking for another (the query was erased).
    func cancel() {
        supersede(with: nil)
    }

    /// The answer to the latest query that has not been taken yet, if one is ready.
    func takeResult() -> Result? {
        condition.withLock {
            defer { ready = nil }
            return ready?.generation == latest ? ready : nil
        }
    }

    /// Ends the thread once the running search, if any, ends.
    func stop() {
        condition.withLock {
            stopped = true
            request = nil
            condition.signal()
        }
        library.interruptSearches()
    }

    @discardableResult
    private func supersede(with query: String?) -> Int {
        let (generation, busy) = condition.withLock {
            latest += 1
            request = query.map { (latest, $0) }
            ready = nil
            condition.signal()
            return (latest, running != nil)
        }
        if busy { library.interruptSearches() }
        return generation
    }

    private func isCurrent(_ generation: Int) -> Bool {
        condition.withLock { generation == latest && !stopped }
    }

    private func serve() {
        while let job = nextJob() {
            search(job.query, generation: job.generation)
            condition.withLock { running = nil }
        }
    }

    private func nextJob() -> (generation: Int, query: String)? {
        condition.withLock {
            while request == nil, !stopped { condition.wait() }
            guard !stopped, let job = request else { return nil }
            request = nil
            running = job.generation
            return job
        }
    }

    private func search(_ query: String, generation: Int) {
        for ranking in [SearchRanking.quick, .exact] {
            // An interruption meant for an older search can land on this one as it starts:
            // while this query is still the latest, it is tried again.
            var attempts = 0
            while true {
                guard isCurrent(generation) else { return }
                do {
                    let hits = try library.search(query, limit: limit, ranking: ranking)
                    publish(Result(generation: generation, hits: hits, isExact: ranking == .exact))
                    break
                } catch {
                    // Superseded meanwhile: whatever it threw (most likely the interruption) is moot.
                    guard isCurrent(generation) else { return }
                    if SearchIndex.isInterruption(error), attempts < 3 {
                        attempts += 1
                        continue
                    }
                    publish(Result(generation: generation, hits: [], isExact: true, failure: "\(error)"))
                    return
                }
            }
        }
    }

    private func publish(_ result: Result) {
        condition.withLock {
            if result.generation == latest { ready = result }
        }
    }
}
