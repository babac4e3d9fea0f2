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
