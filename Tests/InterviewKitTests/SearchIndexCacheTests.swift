import Foundation
import GRDB
import Testing
@testable import InterviewKit

@Suite("Search: the index as a cache")
struct SearchIndexCacheTests {
    @Test func firstUpdateAddsEverythingAndASecondDoesNothing() throws {
        let fixture = try SearchFixture()
        let index = try fixture.open()
        #expect(index.indexFile?.deletingLastPathComponent().path == fixture.cache.url.path)
        let first = try index.update()
        #expect((first.added, first.changed, first.removed, first.unchanged) == (2, 0, 0, 0))
        let second = try index.update()
        #expect((second.added, second.changed, second.removed, second.unchanged) == (0, 0, 0, 2))
        #expect(index.notices.isEmpty)
    }

    @Test func listingAndTextComeFromTheIndex() throws {
        let fixture = try SearchFixture()
        let index = try fixture.index()
        let list = try index.interviews()
        #expect(list.map(\.id) == ["garden", "compilers"])  // "Gardening Notes" < "Talking about Compilers"
        #expect(list.first == InterviewSummary(SearchFixture.garden))
        #expect(try index.text(interviewID: "garden", at: .answer(exchange: 1, answer: 1, paragraph: 0)) == "Read the manual of your soil, and water late.")
        #expect(try index.text(interviewID: "garden", at: .question(exchange: 0)) == "Do you grow tomatoes with patience?")
        #expect(try index.text(interviewID: "compilers", at: .section(0, paragraph: 0)) == "This interview was recorded in a noisy café.")
        #expect(try index.interview(id: "compilers") == SearchFixture.compilers)
        #expect(try index.interview(id: "nope") == nil)
    }

    @Test func theListingCarriesTheFrontMattersTags() throws {
        let fixture = try SearchFixture()
        var tagged = SearchFixture.garden
        tagged.tags = ["soil", "été"]
        try fixture.write(tagged)
        let index = try fixture.index()
        #expect(try index.interviews().first { $0.id == "garden" }?.tags == ["soil", "été"])
    }

    @Test func anEditedFileIsTheOnlyOneIndexedAgain() throws {
        let fixture = try SearchFixture()
        let index = try fixture.index()
        var edited = SearchFixture.compilers
        edited.exchanges[1].answers[0].paragraphs[0] = "We check with property tests, mostly."
        try fixture.write(edited)
        let report = try index.update()
        #expect((report.added, report.changed, report.removed, report.unchanged) == (0, 1, 0, 1))
        #expect(try index.search("fuzzing").isEmpty)
        #expect(try index.search("property").map(\.location) == [.answer(exchange: 1, answer: 0, paragraph: 0)])
        #expect(try index.search("water").count == 2)
    }

    @Test func aTouchedButUnchangedFileIsNotImportedAgain() throws {
        let fixture = try SearchFixture()
        let index = try fixture.index()
        let file = fixture.library.url.appendingPathComponent("garden.md")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: file.path)
        let report = try index.update()
        #expect((report.added, report.changed, report.unchanged) == (0, 0, 2))
        #expect(try index.search("tomatoes").count >= 1)
    }

    @Test func aDeletedFileIsPurged() throws {
        let fixture = try SearchFixture()
        let index = try fixture.index()
        try FileManager.default.removeItem(at: fixture.library.url.appendingPathComponent("garden.md"))
        let report = try index.update()
        #expect((report.added, report.removed, report.unchanged) == (0, 1, 1))
        #expect(try index.search("water").isEmpty)
        #expect(try index.interviews().map(\.id) == ["compilers"])
        #expect(try index.interview(id: "garden") == nil)
    }

    @Test func malformedFilesAreReportedWithTheirLineUntilFixed() throws {
        let fixture = try SearchFixture()
        let broken = fixture.library.url.appendingPathComponent("broken.md")
        try "---\nid: broken\ntitle: x\n---\n\nstray text\n".write(to: broken, atomically: true, encoding: .utf8)
        let index = try fixture.open()
        let report = try index.update()
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.description.contains("broken.md:6:") == true)
        #expect(try index.update().problems == report.problems)
        try FileManager.default.removeItem(at: broken)
        #expect(try index.update().problems.isEmpty)
    }

    @Test func aDuplicateIDIsReportedAndTheFirstKept() throws {
        let fixture = try SearchFixture()
        try fixture.write(SearchFixture.garden, name: "zz-copy.md")
        let report = try fixture.open().update()
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.description.contains("zz-copy.md:1: id `garden` is already used by garden.md") == true)
    }

    /// The same problems, as the same typed values and so in the same words, whether the
    /// library is loaded or indexed.
    @Test func theIndexAndTheLibraryReportTheSameProblems() throws {
        let fixture = try SearchFixture()
        let folder = fixture.library.url
        try fixture.write(SearchFixture.garden, name: "zz-copy.md")
        try "---\nid: broken\ntitle: \"open quote\nspeakers: []\n---\n".write(
            to: folder.appendingPathComponent("broken.md"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x00]).write(to: folder.appendingPathComponent("binary.md"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
        let library = try Library.load(from: folder)
        let indexed = try fixture.open().update().problems
        #expect(library.problems.count == 3, "\(library.problems)")
        #expect(Set(indexed) == Set(library.problems))
        #expect(indexed.map(\.description).sorted() == library.problems.map(\.description).sorted())
        let duplicate = try #require(indexed.first { $0.file.hasSuffix("zz-copy.md") })
        #expect(duplicate.kind == .duplicateID("garden", firstFile: "garden.md"))
        #expect(duplicate.file == folder.appendingPathComponent("zz-copy.md").path)
        #expect(indexed.first { $0.file.hasSuffix("broken.md") }?.line == 3)
    }

    @Test func rebuildIndexesEverythingAgain() throws {
        let fixture = try SearchFixture()
        let index = try fixture.index()
        let report = try index.rebuild()
        #expect((report.added, report.unchanged) == (2, 0))
        #expect(try index.search("water").count == 2)
    }

    @Test func aCorruptIndexFileIsRebuiltWithANotice() throws {
        let fixture = try SearchFixture()
        let file = try #require(try fixture.index().indexFile)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }
        var generator = SystemRandomNumberGenerator()
        try Data((0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: file)

        let index = try fixture.open()
        #expect(index.notices.count == 1)
        #expect(index.notices.first?.contains("damaged") == true)
        // Rebuilt from the files on opening: searchable before any update.
        #expect(try index.search("water").count == 2)
        #expect(try index.update().unchanged == 2)
    }

    @Test func anIndexOfAnotherVersionIsRebuiltWithANotice() throws {
        let fixture = try SearchFixture()
        let file = try #require(try fixture.index().indexFile)
        let queue = try DatabaseQueue(path: file.path)
        try queue.write { try $0.execute(sql: "PRAGMA user_version = 1") }
        try queue.close()

        let index = try fixture.open()
        #expect(index.notices.count == 1)
        #expect(index.notices.first?.contains("another version") == true)
        #expect(try index.update().added == 2)
    }

    @Test func anUnwritableCacheFolderGivesAnInMemoryIndex() throws {
        // Tests may run as root, for whom permissions do not apply: a regular file where the
        // cache folder should be is something nobody can create a folder in.
        let fixture = try SearchFixture()
        let blocker = fixture.cache.url.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let index = try SearchIndex.open(libraryFolder: fixture.library.url, cacheDirectory: blocker.appendingPathComponent("parley"))
        #expect(index.indexFile == nil)
        #expect(index.notices.count == 1)
        #expect(index.notices.first?.contains("in-memory") == true)
        #expect(try index.update().added == 2)
        #expect(try index.search("water").count == 2)
    }

    @Test func aMissingLibraryFolderIsAnError() {
        #expect(throws: LibraryError.self) {
            try SearchIndex.open(libraryFolder: URL(fileURLWithPath: "/nonexistent/parley"), cacheDirectory: nil)
        }
    }

    @Test func theCacheFileIsNamedAfterTheFolder() {
        let cache = URL(fileURLWithPath: "/cache")
        let a = IndexLocation.indexFile(for: URL(fileURLWithPath: "/lib/a"), in: cache)
        let b = IndexLocation.indexFile(for: URL(fileURLWithPath: "/lib/b"), in: cache)
        #expect(a != b)
        #expect(a == IndexLocation.indexFile(for: URL(fileURLWithPath: "/lib/./a/"), in: cache))
        #expect(IndexLocation.cacheDirectory(environment: ["XDG_CACHE_HOME": "/x"]).path == "/x/parley")
        #expect(IndexLocation.cacheDirectory(environment: ["HOME": "/home/u"]).path == "/home/u/.cache/parley")
    }
}
