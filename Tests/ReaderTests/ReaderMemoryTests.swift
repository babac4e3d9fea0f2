import Foundation
import InterviewKit
import Testing
import TerminalUI
@testable import Reader

/// Position memory: each interview reopens where it was left, the reader restarts where it
/// was, and an unreadable state file is set aside, not lost.
@Suite("Reader: remembering where the reader was")
struct ReaderMemoryTests {
    static func stateFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("parley-state-\(UUID().uuidString)")
            .appendingPathComponent("state.json")
    }

    static func reader(_ memory: URL, bookmarks: BookmarkStore) -> ReaderRuntime {
        ReaderRuntime(library: MemoryLibrary(), bookmarks: bookmarks, size: Size(width: 60, height: 12), memory: memory)
    }

    @Test func aRestartOpensTheInterviewAtTheQuestionAndScrollItWasLeftAt() throws {
        let file = Self.stateFile()
        let bookmarks = Fixtures.bookmarkStore().0
        let first = Self.reader(file, bookmarks: bookmarks)
        first.press(.enter, .char("]"), .enter)  // alpha, the long second answer
        for _ in 0..<6 { first.press(.char("j")) }
        let scroll = first.state.detailScroll
        #expect(scroll != .top)
        first.press(.char("Q"))
        #expect(first.state.isFinished)
        #expect(FileManager.default.fileExists(atPath: file.path))

        let second = Self.reader(file, bookmarks: bookmarks)
        #expect(second.state.screen == .interview, "the interview open at the end is open again")
        #expect(second.state.interview?.id == "alpha")
        #expect(second.state.selectedExchange == 1)
        #expect(second.state.detailScroll == scroll)
    }

    @Test func aRestartGivesTheKeysBackToThePaneThatHadThem() {
        let file = Self.stateFile()
        let bookmarks = Fixtures.bookmarkStore().0
        let reading = Self.reader(file, bookmarks: bookmarks)
        reading.press(.enter, .enter)  // alpha, the detail pane
        #expect(reading.state.focus == .detail)
        reading.press(.char("Q"))
        let resumed = Self.reader(file, bookmarks: bookmarks)
        #expect(resumed.state.screen == .interview)
        #expect(resumed.state.focus == .detail, "the interview's text had the keys")
        resumed.press(.tab, .char("Q"))
        #expect(Self.reader(file, bookmarks: bookmarks).state.focus == .list, "then its list had them")

        let listFile = Self.stateFile()
        let listing = Self.reader(listFile, bookmarks: bookmarks)
        listing.press(.tab)
        #expect(listing.state.focus == .detail)
        listing.press(.char("Q"))
        let relisted = Self.reader(listFile, bookmarks: bookmarks)
        #expect(relisted.state.screen == .library)
        #expect(relisted.state.focus == .detail, "the list's detail pane had the keys")
    }

    @Test func eachInterviewReopensWhereItWasLeftAndTheListKeepsItsSelection() {
        let file = Self.stateFile()
        let bookmarks = Fixtures.bookmarkStore().0
        let reader = Self.reader(file, bookmarks: bookmarks)
        reader.press(.enter, .char("]"), .char("]"), .char("q"))  // alpha, question 3, back to the list
        reader.press(.char("j"), .enter)  // beta
        reader.press(.char("q"), .char("k"), .enter)  // alpha again
        #expect(reader.state.selectedExchange == 2)
        reader.press(.char("q"), .char("j"), .char("j"), .char("q"))
        #expect(reader.state.isFinished)
        let again = Self.reader(file, bookmarks: bookmarks)
        #expect(again.state.screen == .library)
        #expect(again.state.library.selected?.id == "gamma")
    }

    @Test func anUnreadableStateFileIsSetAsideWithAMessage() throws {
        let file = Self.stateFile()
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: file)
        let reader = Self.reader(file, bookmarks: Fixtures.bookmarkStore().0)
        #expect(reader.state.message?.contains("set aside as state.json.corrupt-") == true, "\(reader.state.message ?? "")")
        let folder = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        let aside = try #require(folder.first { $0.hasPrefix("state.json.corrupt-") })
        let kept = try String(contentsOf: file.deletingLastPathComponent().appendingPathComponent(aside), encoding: .utf8)
        #expect(kept == "{ not json", "the unreadable file is kept as it was")
        reader.press(.enter, .char("Q"))
        #expect(ReaderMemoryFile.load(file).memory.open == "alpha", "a fresh file is written")
    }

    @Test func theFileRoundTrips() throws {
        let file = Self.stateFile()
        var memory = ReaderMemory()
        memory.places["ü-日本"] = ReaderMemory.Place(block: 3, scrollBlock: 2, scrollLine: 5, answer: 1, readOrder: 7)
        memory.selected = "ü-日本"
        try ReaderMemoryFile.save(memory, to: file)
        let loaded = ReaderMemoryFile.load(file)
        #expect(loaded.memory == memory)
        #expect(loaded.notice == nil)
    }
}
