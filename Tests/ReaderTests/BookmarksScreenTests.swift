import Foundation
import InterviewKit
import Testing
import TerminalUI
@testable import Reader

/// `e` in the bookmarks list: the bookmarks exported as `parley export` does, into the Markdown
/// file beside the bookmarks file, appending only what is new.
@Suite("Reader: exporting bookmarks from the bookmarks list")
struct BookmarkExportTests {
    @Test func eInTheBookmarksListAsksForTheExportAndNothingElseDoes() {
        var state = ReaderUpdateTests.state()
        state.push(.bookmarks)
        var effects = ReaderUpdateTests.press(&state, .exportBookmarks)
        #expect(effects.isEmpty, "nothing to export")
        #expect(state.message == "No bookmarks to export")
        state.bookmarks = [Bookmark(interviewID: "alpha", questionFingerprint: "f", answerIndex: 0, speaker: "Ann",
                                    created: Date(timeIntervalSince1970: 0), excerpt: "Yes.", exchangeIndex: 0, question: "Why?")]
        effects = ReaderUpdateTests.press(&state, .exportBookmarks)
        #expect(effects == [.exportBookmarks])
    }

    @Test func eExportsTheBookmarksBesideTheBookmarksFileAndAppendsOnlyWhatIsNew() throws {
        let (store, bookmarksFile) = Fixtures.bookmarkStore()
        defer { try? FileManager.default.removeItem(at: bookmarksFile.deletingLastPathComponent()) }
        let reader = ReaderRuntime(library: MemoryLibrary(), bookmarks: store, size: Size(width: 100, height: 20))
        reader.press(.char("G"), .enter, .char("]"), .enter, .char("}"), .char("b"), .char("B"), .char("e"))
        let file = ReaderEffect.exportFile(besides: bookmarksFile)
        #expect(reader.state.message == "Exported 1 bookmark to \(file.path)")
        let exported = try String(contentsOf: file, encoding: .utf8)
        #expect(exported.contains("Gil Host"), "the bookmarked answer's speaker is cited")
        #expect(exported.contains("> "), "the answer is a quote block")

        reader.press(.char("e"))
        #expect(reader.state.message == "Exported 0 bookmarks to \(file.path) (1 there already)")
        #expect(try String(contentsOf: file, encoding: .utf8) == exported, "what the file holds is never written again")
    }
}

/// A bookmark's note (`parley bookmarks note`) in the reader's bookmarks list.
@Suite("Reader: bookmark notes in the bookmarks list")
struct BookmarkNoteListTests {
    @Test func theBookmarksListShowsANoteBeforeTheAnswer() throws {
        let (store, bookmarksFile) = Fixtures.bookmarkStore()
        defer { try? FileManager.default.removeItem(at: bookmarksFile.deletingLastPathComponent()) }
        let reader = ReaderRuntime(library: MemoryLibrary(), bookmarks: store, size: Size(width: 100, height: 20))
        reader.press(.char("G"), .enter, .char("]"), .enter, .char("}"), .char("b"))
        let bookmark = try #require(store.bookmarks.first)
        _ = try store.setNote("about tests", for: bookmark.key)
        reader.press(.char("B"))
        #expect(reader.screenText.contains("✎ about tests · Gil Host:"))
    }

    @Test func aWritesTheNoteEnterSavesItAndEscCancels() throws {
        let (store, bookmarksFile) = Fixtures.bookmarkStore()
        defer { try? FileManager.default.removeItem(at: bookmarksFile.deletingLastPathComponent()) }
        let reader = ReaderRuntime(library: MemoryLibrary(), bookmarks: store, size: Size(width: 100, height: 20))
        reader.press(.char("G"), .enter, .char("]"), .enter, .char("b"), .char("B"), .char("a"))
        #expect(reader.state.inputMode == .searchLine, "letters go into the note")
        reader.press(.char("q"), .char("é"), .char("x"), .backspace, .enter)
        #expect(store.bookmarks.first?.note == "qé", "saved to the bookmarks file's store")
        #expect(reader.state.message == "Saved the note")
        #expect(reader.screenText.contains("✎ qé · "))
        #expect(reader.state.screen == .bookmarks, "q was typed, not obeyed")

        reader.press(.char("a"), .char("!"), .escape)
        #expect(store.bookmarks.first?.note == "qé", "Esc leaves the note as it was")
        #expect(reader.state.inputMode == .normal)
    }
}
