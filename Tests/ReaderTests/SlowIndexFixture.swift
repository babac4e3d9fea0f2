import Foundation
import InterviewKit
@testable import Reader

/// A real search index on disk, made so that ranking every match of `slowQuery` keeps SQLite
/// busy for a while (some tenths of a second in a debug build): every passage holds all its
/// words hundreds of times, and an exact search scores every passage. Long enough for an
/// interruption to land midway; `rareWord` is in one passage only, so its search is quick.
/// Built once for all the tests that use it (a few seconds).
final class SlowIndexFixture: Sendable {
    static let shared = Result { try SlowIndexFixture() }

    static let vocabulary = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "lambda"]
    static let slowQuery = "alpha beta gamma delta omega sigma kappa lambda"
    static let rareWord = "gnocchi"
    static let interviews = 40
    static let exchanges = 50

    let index: SearchIndex
    let folder: URL
    /// How long one exact search of `slowQuery` took here, once.
    let slowSearchSeconds: Double

    /// Where this test process keeps the library and its index; removed when the process exits
    /// (a static fixture has no owner to remove it sooner), so runs leave nothing behind.
    static let location = FileManager.default.temporaryDirectory.appendingPathComponent("parley-slow-index-\(UUID().uuidString.prefix(8))")

    private init() throws {
        folder = Self.location
        atexit { try? FileManager.default.removeItem(at: SlowIndexFixture.location) }
        let library = folder.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        var random = SplitMix(seed: 20261201)
        let speakers = [Speaker(id: "host", name: "Host", role: .interviewer), Speaker(id: "guest", name: "Guest", role: .interviewee)]
        for number in 0..<Self.interviews {
            let exchanges = (0..<Self.exchanges).map { exchange in
                let paragraphs = (0..<2).map { _ in (0..<300).map { _ in Self.vocabulary[random.below(Self.vocabulary.count)] }.joined(separator: " ") }
                let extra = number == 7 && exchange == 3 ? ["A word of its own: \(Self.rareWord)."] : []
                return Exchange(question: Question(speaker: "host", text: "Question \(exchange) about alpha?"),
                                answers: [Answer(speaker: "guest", paragraphs: paragraphs + extra)])
            }
            let interview = Interview(id: "slow-\(number)", title: "Slow \(number)", speakers: speakers, exchanges: exchanges)
            try InterviewFormat.write(interview).write(to: library.appendingPathComponent("slow-\(number).md"), atomically: true, encoding: .utf8)
        }
        index = try SearchIndex.open(libraryFolder: library, cacheDirectory: folder.appendingPathComponent("cache"))
        try index.update()
        let started = Date()
        _ = try index.search(Self.slowQuery, limit: ReaderOptions.defaultSearchLimit, ranking: .exact)
        slowSearchSeconds = Date().timeIntervalSince(started)
    }

    /// SplitMix64, so the library is the same on every run.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func below(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }
}

/// The reader's own library over a real index (`IndexedLibrary`), recording how each search
/// ended: with hits, interrupted by SQLite, or with another error.
final class RecordingLibrary: ReaderLibrary, @unchecked Sendable {
    enum Ending: Equatable {
        case returned(hits: Int)
        case interrupted
        case failed(String)
    }

    struct Search {
        var query: String
        var ranking: SearchRanking
        var ending: Ending?
    }

    let name = "recording"
    private let inner: IndexedLibrary
    private let condition = NSCondition()
    private var log: [Search] = []

    init(_ index: SearchIndex) { inner = IndexedLibrary(index: index, name: "slow") }

    func interviews() throws -> [InterviewSummary] { try inner.interviews() }
    func interview(id: String) throws -> Interview? { try inner.interview(id: id) }
    func interruptSearches() { inner.interruptSearches() }

    func search(_ query: String, limit: Int, ranking: SearchRanking) throws -> [SearchHit] {
        let number = condition.withLock {
            log.append(Search(query: query, ranking: ranking))
            condition.broadcast()
            return log.count - 1
        }
        do {
            let hits = try inner.search(query, limit: limit, ranking: ranking)
            end(number, .returned(hits: hits.count))
            return hits
        } catch {
            end(number, SearchIndex.isInterruption(error) ? .interrupted : .failed("\(error)"))
            throw error
        }
    }

    var searches: [Search] { condition.withLock { log } }

    /// Waits (at most 30 s, so a broken worker fails instead of hanging) until a search of
    /// `query` with `ranking` has started; says whether one has.
    func waitForStart(of query: String, _ ranking: SearchRanking) -> Bool {
        let deadline = Date().addingTimeInterval(30)
        return condition.withLock {
            while !log.contains(where: { $0.query == query && $0.ranking == ranking }) {
                guard condition.wait(until: deadline) else { return false }
            }
            return true
        }
    }

    /// Interrupts the library's searches again and again until the first search of `query` with
    /// `ranking` has ended (at most 30 s), as an interruption arriving late would, but sure to
    /// reach SQLite while its statement runs: SQLite forgets one that arrives before, so a
    /// single interruption after a pause would depend on how busy the machine is. Each is sent
    /// under the log's lock, so none can reach a search started after that one ended (a retry
    /// is logged only after the ending is).
    func interruptUntilEnded(_ query: String, _ ranking: SearchRanking) {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let ended = condition.withLock {
                guard let search = log.first(where: { $0.query == query && $0.ranking == ranking }) else { return false }
                if search.ending != nil { return true }
                inner.interruptSearches()
                return false
            }
            if ended { return }
            usleep(1_000)
        }
    }

    private func end(_ number: Int, _ ending: Ending) {
        condition.withLock { log[number].ending = ending }
    }
}
