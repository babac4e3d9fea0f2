import Foundation
import GRDB
import Testing
@testable import InterviewKit

/// The index is a cache: damage inside its file, or its folder deleted while it is in use,
/// costs a rebuild from the files and one notice, never a failed search or a wrong answer.
@Suite("Search: the index heals itself")
struct SearchIndexHealingTests {
    static let count = 40

    /// Interviews `healing-N`, each with a word of its own (`tokN`) and enough text that the
    /// index spans many pages.
    static func library() -> [Interview] {
        (0..<count).map { number in
            SearchBoundsTests.interview(
                id: "healing-\(number)", title: "Interview \(number)", question: "What about tok\(number)?",
                paragraphs: (0..<20).map { "Paragraph \($0) of interview \(number) says tok\(number) among other words." })
        }
    }

    /// Builds the index and closes it, so everything is in the main file (no write-ahead log).
    static func indexedFile(_ fixture: SearchFixture) throws -> URL {
        let file = try #require(try fixture.index().indexFile)
        #expect(!FileManager.default.fileExists(atPath: file.path + "-wal"))
        return file
    }

    /// Overwrites with random bytes every page after the first (the header, which would make
    /// the file "not a database": the case `open` already handled), or only the given pages.
    static func damagePages(of file: URL, only chosen: [Int]? = nil) throws {
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        let pageSize = 4_096
        #expect(size / pageSize > 20, "the index is too small to damage meaningfully")
        let handle = try FileHandle(forUpdating: file)
        defer { try? handle.close() }
        var generator = SystemRandomNumberGenerator()
        for page in chosen ?? Array(2...(size / pageSize)) {
            try handle.seek(toOffset: UInt64((page - 1) * pageSize))
            try handle.write(contentsOf: Data((0..<pageSize).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        }
    }

    /// The leaf pages (numbered from 1) of a table or index of the file.
    static func leafPages(of name: String, in file: URL) throws -> [Int] {
        let queue = try DatabaseQueue(path: file.path)
        defer { try? queue.close() }
        return try queue.read { db in
            try Int.fetchAll(db, sql: "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", arguments: [name])
        }
    }

    func expectEveryTokenFound(_ index: SearchIndex) throws {
        for number in [0, Self.count / 2, Self.count - 1] {
            let hits = try index.search("tok\(number)", limit: 100)
            #expect(Set(hits.map(\.interviewID)) == ["healing-\(number)"])
            #expect(hits.count == 21)
        }
    }

    @Test func damageASearchRunsIntoIsRebuiltAndToldOnce() throws {
        let fixture = try SearchFixture(Self.library())
        try Self.damagePages(of: try Self.indexedFile(fixture))
        let index = try fixture.open()
        #expect(index.notices.isEmpty, "the header is intact: opening sees nothing wrong")
        try expectEveryTokenFound(index)
        #expect(index.notices.count == 1)
        #expect(index.notices.first?.contains("damaged") == true)
        #expect(index.takeNewNotices() == index.notices)
        #expect(index.takeNewNotices().isEmpty)
        #expect(try index.interviews().count == Self.count)
        #expect(try index.update().unchanged == Self.count)
    }

    @Test func damageInAListingIsRebuiltToo() throws {
        let fixture = try SearchFixture(Self.library())
        try Self.damagePages(of: try Self.indexedFile(fixture))
        let index = try fixture.open()
        #expect(try index.interviews().map(\.id).sorted() == Self.library().map(\.id).sorted())
        #expect(index.notices.count == 1)
    }

    @Test func anUpdateOverDamagedPagesRebuildsAndSaysWhatItIndexed() throws {
        let fixture = try SearchFixture(Self.library())
        try Self.damagePages(of: try Self.indexedFile(fixture))
        let index = try fixture.open()
        let report = try index.update()
        #expect(report.added == Self.count)
        #expect(index.notices.count == 1)
        try expectEveryTokenFound(index)
    }

    /// Damage in pages neither an update nor a search reads (`parley index` said "40
    /// unchanged" and left it): the places index, which only `text(at:)` and purging use. The
    /// structure check finds it.
    @Test func verifyFindsDamageNoStatementReadYet() throws {
        let fixture = try SearchFixture(Self.library())
        let file = try Self.indexedFile(fixture)
        #expect(try fixture.open().verify() == nil)
        let pages = try Self.leafPages(of: "passage_by_place", in: file)
        #expect(pages.count > 1)
        try Self.damagePages(of: file, only: pages)
        let index = try fixture.open()
        #expect(index.notices.isEmpty, "opening must not have noticed the damage, or this tests nothing")
        let report = try #require(try index.verify())
        #expect(report.added == Self.count)
        #expect(index.notices.count == 1)
        #expect(try index.verify() == nil)
        try expectEveryTokenFound(index)
    }

    /// What `parley search` does in a loop while the cache folder is deleted over and over:
    /// open, update, search. Every search answers, and answers right.
    @Test func deletingTheCacheFolderDuringSearchesNeverFailsOne() throws {
        let fixture = try SearchFixture(Array(Self.library().prefix(10)))
        let rounds = 60
        let cache = fixture.cache.url.appendingPathComponent("parley")
        let deleter = FolderDeleter(cache)
        var inMemory = 0
        for round in 0..<rounds {
            let index = try SearchIndex.open(libraryFolder: fixture.library.url, cacheDirectory: cache)
            try index.update()
            let hits = try index.search("tok\(round % 10)", limit: 100)
            #expect(Set(hits.map(\.interviewID)) == ["healing-\(round % 10)"], "round \(round): \(index.notices)")
            #expect(hits.count == 21, "round \(round)")
            if index.indexFile == nil { inMemory += 1 }
        }
        let deletions = deleter.stop()
        print("cache deletion test: \(rounds) rounds, \(deletions) deletions, \(inMemory) fell back to memory")
        #expect(deletions > 0)
    }
}

/// Deletes a folder over and over on a thread of its own, a few milliseconds apart, until
/// stopped.
final class FolderDeleter: @unchecked Sendable {
    private let condition = NSCondition()
    private var stopped = false
    private var finished = false
    private var deletions = 0

    init(_ folder: URL) {
        Thread.detachNewThread { [self] in
            while !condition.withLock({ stopped }) {
                let deleted = (try? FileManager.default.removeItem(at: folder)) != nil
                usleep(UInt32.random(in: 0...60_000))
                condition.withLock { if deleted { deletions += 1 } }
            }
            condition.withLock {
                finished = true
                condition.broadcast()
            }
        }
    }

    /// Stops the thread; returns how many times the folder was deleted.
    func stop() -> Int {
        condition.withLock {
            stopped = true
            while !finished { condition.wait() }
            return deletions
        }
    }
}
