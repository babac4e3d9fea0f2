import Foundation
import Testing
@testable import InterviewKit

@Suite("Search: two users of one index")
struct SearchConcurrencyTests {
    /// A library big enough that two updates overlap: many small interviews.
    static func library(count: Int) throws -> SearchFixture {
        let interviews = (0..<count).map { number in
            Interview(
                id: "talk-\(number)", title: "Talk number \(number)",
                speakers: [Speaker(id: "h", name: "Host", role: .host), Speaker(id: "g", name: "Guest \(number)", role: .guest)],
                exchanges: (0..<20).map { exchange in
                    Exchange(question: Question(speaker: "h", text: "Question \(exchange) about topic\(number)?"), answers: [
                        Answer(speaker: "g", paragraphs: (0..<5).map { "Answer \(exchange).\($0) on shared words and topic\(number)." }),
                    ])
                })
        }
        return try SearchFixture(interviews)
    }

    /// The built `parley` next to the test bundle, as the end-to-end tests find it.
    static var parley: String? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("parley").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    static func checkComplete(_ fixture: SearchFixture, cacheDirectory: URL, count: Int) throws {
        let index = try SearchIndex.open(libraryFolder: fixture.library.url, cacheDirectory: cacheDirectory)
        #expect(index.notices.isEmpty)
        let report = try index.update()
        #expect((report.added, report.changed, report.unchanged) == (0, 0, count))
        #expect(try index.interviews().count == count)
        #expect(try index.search("topic7 shared", limit: 500).count == 100)
    }

    @Test func twoProcessesIndexingAtOnceNeitherFailNorCorrupt() throws {
        let parley = try #require(Self.parley, "build the parley binary first (swift build)")
        let fixture = try Self.library(count: 120)
        let processes = (0..<2).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: parley)
            process.arguments = ["index", "--library", fixture.library.url.path]
            var environment = ProcessInfo.processInfo.environment
            environment["XDG_CACHE_HOME"] = fixture.cache.url.path
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        try Self.checkComplete(fixture, cacheDirectory: fixture.cache.url.appendingPathComponent("parley"), count: 120)
    }

    @Test func twoIndexesOnOneFileUpdatingFromTwoThreads() throws {
        let fixture = try Self.library(count: 60)
        let indexes = try (0..<2).map { _ in try fixture.open() }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { number in
            do { try indexes[number].update() } catch { failures.add(error) }
        }
        #expect(failures.all.isEmpty)
        try Self.checkComplete(fixture, cacheDirectory: fixture.cache.url, count: 60)
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []
    func add(_ error: any Error) { lock.withLock { errors.append("\(error)") } }
    var all: [String] { lock.withLock { errors } }
}
