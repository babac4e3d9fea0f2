import Foundation
import Testing
@testable import InterviewKit

/// Notes on bookmarks: kept in the bookmark file (format version 2), read from version 1 files
/// that have none, and never creating a bookmark of their own.
@Suite("Bookmarks: notes")
struct BookmarkNoteTests {
    typealias F = BookmarkFixtures
    let interview = F.interview(F.pairs)

    func mark(_ exchange: Int) -> Bookmark {
        Bookmark(interview: interview, exchange: exchange, answer: 0, created: F.epoch.addingTimeInterval(Double(exchange)))
    }

    @Test func aNoteIsSavedTrimmedAndReadBack() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let store = BookmarkStore(url: url)
        try store.add(mark(1))
        #expect(try store.setNote("  Tiring — «calm» screen 静か\nsecond line  \n", for: mark(1).key))
        let reread = BookmarkStore(url: url)
        #expect(reread.bookmarks.first?.note == "Tiring — «calm» screen 静か\nsecond line")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        #expect(object?["version"] as? Int == 2)
    }

    @Test func anEmptyNoteRemovesIt() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let store = BookmarkStore(url: url)
        try store.add(mark(0))
        try store.setNote("keep", for: mark(0).key)
        try store.setNote(" \n ", for: mark(0).key)
        #expect(BookmarkStore(url: url).bookmarks.first?.note == nil)
        #expect(try !String(contentsOf: url, encoding: .utf8).contains("\"note\""))
    }

    @Test func aNoteNeverCreatesABookmark() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let store = BookmarkStore(url: folder.appendingPathComponent("bookmarks.json"))
        #expect(try store.setNote("orphan note", for: mark(2).key) == false)
        #expect(store.bookmarks.isEmpty)
    }

    @Test func aNoteTooLongIsRefusedWholeAndNothingChanges() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let store = BookmarkStore(url: url)
        try store.add(mark(0))
        try store.setNote("short", for: mark(0).key)
        #expect(throws: BookmarkNote.TooLong(characters: Bookmark.noteLength + 1)) {
            try store.setNote(String(repeating: "é", count: Bookmark.noteLength + 1), for: mark(0).key)
        }
        #expect(BookmarkStore(url: url).bookmarks.first?.note == "short")
    }

    /// A file written before notes existed (format version 1) is read, and written back as
    /// version 2 with the note once one is added.
    @Test func aVersionOneFileIsReadAndUpgradedOnTheNextChange() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let key = mark(1).key
        try Data("""
            {"format": "parley-bookmarks", "version": 1, "bookmarks": [{
              "interviewID": "talk", "questionFingerprint": "\(key.questionFingerprint)", "answerIndex": 0,
              "speaker": "Guest Speaker", "created": "2026-01-02T03:04:05Z", "excerpt": "Because reading…",
              "exchangeIndex": 1, "question": "Why a terminal reader?"}]}
            """.utf8).write(to: url)
        let store = BookmarkStore(url: url)
        #expect(store.notices.isEmpty)
        #expect(store.bookmarks.count == 1 && store.bookmarks.first?.note == nil)
        try store.setNote("from v1", for: key)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        #expect(object?["version"] as? Int == 2)
        #expect(((object?["bookmarks"] as? [[String: Any]])?.first?["note"]) as? String == "from v1")
    }

    /// Adding a bookmarked answer again keeps its note, as it keeps its creation time.
    @Test func addingAgainKeepsTheNote() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let store = BookmarkStore(url: url)
        try store.add(mark(3))
        try store.setNote("mine", for: mark(3).key)
        try store.add(mark(3))
        #expect(BookmarkStore(url: url).bookmarks.first?.note == "mine")
    }
}
