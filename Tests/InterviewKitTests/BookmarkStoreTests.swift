import Foundation
import Testing
@testable import InterviewKit

@Suite struct BookmarkStoreTests {
    typealias F = BookmarkFixtures
    let interview = F.interview(F.pairs)

    private func mark(_ exchange: Int, secondsLater: Double = 0, in interview: Interview? = nil) -> Bookmark {
        BookmarkStore.make(
            interview: interview ?? self.interview, exchange: exchange, answer: 0,
            now: F.epoch.addingTimeInterval(secondsLater))
    }

    @Test func defaultLocationFollowsXDG() {
        let xdg = BookmarkStore.defaultURL(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/u"])
        #expect(xdg.path == "/data/parley/bookmarks.json")
        let home = BookmarkStore.defaultURL(environment: ["HOME": "/home/u"])
        #expect(home.path == "/home/u/.local/share/parley/bookmarks.json")
        // A relative XDG_DATA_HOME is invalid per the specification and ignored.
        let relative = BookmarkStore.defaultURL(environment: ["XDG_DATA_HOME": "data", "HOME": "/home/u"])
        #expect(relative.path == "/home/u/.local/share/parley/bookmarks.json")
    }

    @Test func missingFileIsAnEmptyStoreAndNothingIsCreatedUntilAChange() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("nested/parley/bookmarks.json")
        let store = BookmarkStore(url: url)
        #expect(store.bookmarks.isEmpty)
        #expect(store.notices.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: url.deletingLastPathComponent().path))
        #expect(try store.toggle(mark(0)))
        #expect(FileManager.default.fileExists(atPath: url.path))
    }

    @Test func roundTripKeepsEveryFieldAndNewestFirst() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let store = BookmarkStore(url: url)
        let older = mark(0, secondsLater: 0.25)
        let newer = mark(2, secondsLater: 60.5)
        try store.toggle(older)
        try store.toggle(newer)
        let reread = BookmarkStore(url: url)
        #expect(reread.bookmarks == [newer, older])
        #expect(reread.contains(older.key))
        #expect(reread.bookmark(for: newer.key)?.created == F.epoch.addingTimeInterval(60.5))
        #expect(reread.notices.isEmpty)
    }

    @Test func toggleAddsThenRemoves() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let store = BookmarkStore(url: url)
        #expect(try store.toggle(mark(1)) == true)
        #expect(store.contains(mark(1).key))
        #expect(try store.toggle(mark(1)) == false)
        #expect(!store.contains(mark(1).key))
        #expect(BookmarkStore(url: url).bookmarks.isEmpty)
    }

    @Test func writesAtomicallyLeavingNoTemporaryFiles() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let store = BookmarkStore(url: url)
        for index in interview.exchanges.indices { try store.toggle(mark(index, secondsLater: Double(index))) }
        try store.toggle(mark(1, secondsLater: 1))
        #expect(try F.names(in: folder) == ["bookmarks.json", "bookmarks.json.lock"])
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        #expect(object?["version"] as? Int == BookmarkFile.currentVersion)
        #expect(object?["format"] as? String == "parley-bookmarks")
        #expect((object?["bookmarks"] as? [Any])?.count == interview.exchanges.count - 1)
    }

    @Test func aCorruptFileIsMovedAsideWithANoticeAndANewFileStarts() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let garbage = Data("{\"format\": \"parley-bookmarks\", \"version\": 1, \"bookmarks\": [ {\"oops\"".utf8)
        try garbage.write(to: url)
        let store = BookmarkStore(url: url)
        #expect(store.bookmarks.isEmpty)
        let aside = try F.names(in: folder).filter { $0.hasPrefix("bookmarks.json.corrupt-") }
        #expect(aside.count == 1)
        let asideURL = folder.appendingPathComponent(aside.first ?? "missing")
        #expect(try Data(contentsOf: asideURL) == garbage)
        #expect(store.notices.count == 1)
        #expect(store.notices.first?.contains(asideURL.path) == true)
        #expect(!FileManager.default.fileExists(atPath: url.path))
        try store.toggle(mark(0))
        #expect(BookmarkStore(url: url).bookmarks == [mark(0)])
        #expect(try Data(contentsOf: asideURL) == garbage)
    }

    @Test(arguments: ["", "[1, 2, 3]", "{\"format\": \"parley-bookmarks\", \"version\": 1, \"bookmarks\": [{\"interviewID\": \"x\"}]}"])
    func otherBrokenFilesAreMovedAsideToo(content: String) throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        try Data(content.utf8).write(to: url)
        let store = BookmarkStore(url: url)
        let aside = try F.names(in: folder).filter { $0.hasPrefix("bookmarks.json.corrupt-") }
        #expect(aside.count == 1)
        #expect(store.takeNotices().count == 1)
        #expect(store.notices.isEmpty)
    }

    @Test func aFileThatTurnsCorruptWhileOpenIsMovedAsideOnTheNextSave() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let store = BookmarkStore(url: url)
        try store.toggle(mark(0))
        try Data("not json".utf8).write(to: url)
        try store.toggle(mark(1, secondsLater: 1))
        #expect(try F.names(in: folder).contains { $0.hasPrefix("bookmarks.json.corrupt-") })
        #expect(store.notices.count == 1)
        // The new file starts from what this Parley knew, plus the change being saved.
        #expect(BookmarkStore(url: url).bookmarks == [mark(1, secondsLater: 1), mark(0)])
        #expect(store.notices.first?.contains("with the bookmarks open in this Parley") == true)
    }

    @Test func aNewerFormatIsNeverOverwritten() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let future = Data("""
            {"format": "parley-bookmarks", "version": 7, "bookmarks": [], "shelves": {"later": ["x"]}}
            """.utf8)
        try future.write(to: url)
        let store = BookmarkStore(url: url)
        #expect(store.notices.count == 1)
        #expect(store.notices.first?.contains("newer Parley") == true)
        #expect(throws: BookmarkStoreError.newerFormat(path: url.path, version: 7)) {
            try store.toggle(mark(0))
        }
        #expect(store.contains(mark(0).key))
        #expect(try Data(contentsOf: url) == future)
        #expect(try F.names(in: folder).allSatisfy { !$0.contains("corrupt") })
    }

    @Test func aNewerFormatStillShowsTheBookmarksItCanRead() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let written = BookmarkStore(url: url)
        try written.toggle(mark(3))
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"version\" : \(BookmarkFile.currentVersion)", with: "\"version\" : \(BookmarkFile.currentVersion + 1)")
        try Data(text.utf8).write(to: url)
        #expect(BookmarkStore(url: url).bookmarks == [mark(3)])
    }

    @Test func bookmarksOfMissingInterviewsAreKept() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let gone = F.interview(id: "deleted-interview", [("Lost question?", "An answer nobody can open any more.")])
        let store = BookmarkStore(url: url)
        try store.toggle(mark(0, in: gone))
        try store.toggle(mark(1, secondsLater: 5))
        // Only `interview` is in the library now; the other bookmark is orphaned but listed.
        let library = [interview.id: interview]
        let reread = BookmarkStore(url: url)
        #expect(reread.bookmarks.count == 2)
        let places = reread.bookmarks.map { $0.place(in: library[$0.interviewID]) }
        #expect(places == [.attached(exchange: 1, answer: 0), .orphaned(.interviewMissing)])
        #expect(reread.bookmarks.last?.excerpt == "An answer nobody can open any more.")
        // Changing other bookmarks does not drop it.
        try reread.toggle(mark(2, secondsLater: 9))
        #expect(BookmarkStore(url: url).bookmarks.map(\.interviewID) == [interview.id, interview.id, "deleted-interview"])
    }

    @Test func twoStoresOnOneFileMergeInsteadOfOverwriting() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let first = BookmarkStore(url: url)
        let second = BookmarkStore(url: url)
        try first.toggle(mark(0))
        try second.toggle(mark(1, secondsLater: 1))  // second never saw mark(0)
        try first.toggle(mark(2, secondsLater: 2))
        try second.toggle(mark(1, secondsLater: 1))  // removes only its own
        #expect(Set(BookmarkStore(url: url).bookmarks.map(\.exchangeIndex)) == [0, 2])
        #expect(Set(second.bookmarks.map(\.exchangeIndex)) == [0, 2])
        try first.reload()
        #expect(Set(first.bookmarks.map(\.exchangeIndex)) == [0, 2])
    }

    @Test func aFailedSaveKeepsTheChangeAndRetriesOnTheNextOne() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        // The bookmark folder's place is taken by a regular file, so nothing can be written
        // (the tests run as root, for whom permission bits would not stop a write).
        let blocked = folder.appendingPathComponent("data")
        try Data("in the way".utf8).write(to: blocked)
        let url = blocked.appendingPathComponent("parley/bookmarks.json")
        let store = BookmarkStore(url: url)
        do {
            try store.toggle(mark(0))
            Issue.record("saving into a file's path should fail")
        } catch let error as BookmarkStoreError {
            guard case .writeFailed(let path, _) = error else {
                Issue.record("expected writeFailed, got \(error)")
                return
            }
            #expect(path == url.path)
            #expect(error.description.contains("kept for this session"))
        }
        #expect(store.contains(mark(0).key))
        #expect(store.unsavedChanges == 1)

        try FileManager.default.removeItem(at: blocked)
        try store.toggle(mark(1, secondsLater: 1))
        #expect(store.unsavedChanges == 0)
        #expect(BookmarkStore(url: url).bookmarks == [mark(1, secondsLater: 1), mark(0)])
    }

    @Test func saveRetriesWithoutANewChange() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let blocked = folder.appendingPathComponent("data")
        try Data().write(to: blocked)
        let url = blocked.appendingPathComponent("bookmarks.json")
        let store = BookmarkStore(url: url)
        #expect(throws: BookmarkStoreError.self) { try store.toggle(mark(2)) }
        #expect(throws: BookmarkStoreError.self) { try store.save() }
        try FileManager.default.removeItem(at: blocked)
        try store.save()
        #expect(BookmarkStore(url: url).bookmarks == [mark(2)])
    }

    @Test func addingTwiceKeepsTheFirstCreationTime() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let store = BookmarkStore(url: url)
        try store.add(mark(0))
        try store.add(mark(0, secondsLater: 100))
        #expect(BookmarkStore(url: url).bookmarks.map(\.created) == [F.epoch])
        try store.remove(mark(0).key)
        try store.remove(mark(0).key)
        #expect(BookmarkStore(url: url).bookmarks.isEmpty)
    }

    @Test func readsAHandWrittenFileWithWholeSecondTimes() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        try Data("""
            {"format": "parley-bookmarks", "version": 1, "bookmarks": [{
              "interviewID": "talk", "questionFingerprint": "0123456789abcdef", "answerIndex": 0,
              "speaker": "Guest", "created": "2026-01-02T03:04:05Z", "excerpt": "Yes.",
              "exchangeIndex": 4, "question": "Really?"}]}
            """.utf8).write(to: url)
        let store = BookmarkStore(url: url)
        #expect(store.notices.isEmpty)
        #expect(store.bookmarks.map(\.created) == [Date(timeIntervalSince1970: 1_767_323_045)])
    }

    @Test func aFolderWhereTheFileShouldBeIsLeftAloneAndExplained() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        let store = BookmarkStore(url: url)
        #expect(store.notices.count == 1)
        #expect(store.notices.first?.contains("Could not read bookmarks") == true)
        #expect(throws: BookmarkStoreError.self) { try store.toggle(mark(0)) }
        #expect(store.contains(mark(0).key))
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue)
        #expect(try F.names(in: folder) == ["bookmarks.json", "bookmarks.json.lock"])
    }
}
