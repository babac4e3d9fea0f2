import Foundation
import Testing
@testable import InterviewKit

/// Bookmark files in shapes a person or another program may leave behind: a symbolic link, a
/// read-only file, one bad bookmark among good ones, a number too large, a file far too large.
/// None may lose a bookmark, and each says what it did.
@Suite struct BookmarkFileShapeTests {
    typealias F = BookmarkFixtures
    let interview = F.interview(F.pairs)

    private func mark(_ exchange: Int, secondsLater: Double = 0) -> Bookmark {
        BookmarkStore.make(interview: interview, exchange: exchange, answer: 0, now: F.epoch.addingTimeInterval(secondsLater))
    }

    /// A file with `count` bookmarks, the one at `bad` given a field of the wrong kind.
    private func fileText(count: Int, bad: Int, field: String) throws -> String {
        let data = try BookmarkFile.encode((0..<count).map { mark($0, secondsLater: Double(count - $0)) })
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var list = try #require(object["bookmarks"] as? [[String: Any]])
        list[bad]["exchangeIndex"] = "PLACEHOLDER"
        object["bookmarks"] = list
        let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        return text.replacingOccurrences(of: "\"PLACEHOLDER\"", with: field)
    }

    @Test func aSymlinkedFileIsWrittenThroughToItsTarget() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let elsewhere = folder.appendingPathComponent("dotfiles")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let target = elsewhere.appendingPathComponent("bookmarks.json")
        let link = folder.appendingPathComponent("bookmarks.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "dotfiles/bookmarks.json")
        let store = BookmarkStore(url: link)
        try store.toggle(mark(0))
        try store.toggle(mark(1, secondsLater: 1))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "dotfiles/bookmarks.json")
        #expect(BookmarkStore(url: target).bookmarks == [mark(1, secondsLater: 1), mark(0)])
        #expect(BookmarkStore(url: link).bookmarks == [mark(1, secondsLater: 1), mark(0)])
        // Written atomically beside the target: nothing left over in either folder.
        #expect(try F.names(in: elsewhere) == ["bookmarks.json", "bookmarks.json.lock"])
        #expect(try F.names(in: folder) == ["bookmarks.json", "dotfiles"])
    }

    /// A link made before its target exists (a fresh dotfiles checkout): the first save creates
    /// the target, and the link stays a link.
    @Test func aDanglingLinkGetsItsTargetCreated() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let link = folder.appendingPathComponent("bookmarks.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: folder.appendingPathComponent("real.json").path)
        let store = BookmarkStore(url: link)
        #expect(store.bookmarks.isEmpty && store.loadFailure == nil)
        try store.toggle(mark(0))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == folder.appendingPathComponent("real.json").path)
        #expect(BookmarkStore(url: folder.appendingPathComponent("real.json")).bookmarks == [mark(0)])
    }

    @Test func aReadOnlyFileIsRefusedAndKept() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        try BookmarkStore(url: url).toggle(mark(0))
        let before = try Data(contentsOf: url)
        #expect(chmod(url.path, 0o444) == 0)
        let store = BookmarkStore(url: url)
        #expect(throws: BookmarkStoreError.readOnly(path: url.path)) { try store.toggle(mark(1)) }
        #expect(store.contains(mark(1).key), "the change is kept for the session")
        #expect(try Data(contentsOf: url) == before)
        let info = try FileManager.default.attributesOfItem(atPath: url.path)
        #expect((info[.posixPermissions] as? Int) == 0o444)
        #expect(BookmarkStoreError.readOnly(path: url.path).description.contains("read-only"))
    }

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        try BookmarkStore(url: url).toggle(mark(0))
        #expect(chmod(url.path, 0o600) == 0)
        try BookmarkStore(url: url).toggle(mark(1))
        #expect((try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) == 0o600)
    }

    @Test(arguments: ["\"two\"", "99999999999999999999999999", "1e400", "null"])
    func oneBadBookmarkCostsOnlyItself(field: String) throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        let original = try fileText(count: 3, bad: 1, field: field)
        try Data(original.utf8).write(to: url)
        let store = BookmarkStore(url: url)
        #expect(store.bookmarks.count == 2, "\(store.notices)")
        #expect(store.loadFailure == nil)
        let notice = try #require(store.notices.first)
        #expect(store.notices.count == 1)
        #expect(notice.contains("1 bookmark in \(url.path) could not be read"), "\(notice)")
        #expect(notice.contains("bookmark 2"), "names the bad one: \(notice)")
        #expect(notice.contains("the other 2 are kept"))
        #expect(!notice.contains("( is not"), "no garbled reason: \(notice)")
        #expect(!notice.contains("error 11"), "no Foundation error code: \(notice)")
        // The original, bad bookmark included, is kept aside byte for byte; the file keeps the rest.
        let aside = try F.names(in: folder).filter { $0.hasPrefix("bookmarks.json.corrupt-") }
        #expect(aside.count == 1)
        #expect(try String(contentsOf: folder.appendingPathComponent(aside[0]), encoding: .utf8) == original)
        #expect(notice.contains(aside[0]))
        let reread = BookmarkStore(url: url)
        #expect(reread.bookmarks == store.bookmarks)
        #expect(reread.notices.isEmpty, "reported once: \(reread.notices)")
    }

    @Test func aFileOverTheLimitIsRefusedUnreadAndKept() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        _ = FileManager.default.createFile(atPath: url.path, contents: Data("{".utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(BookmarkStore.maximumFileSize + 1))
        try handle.close()
        let store = BookmarkStore(url: url)
        let failure = try #require(store.loadFailure)
        #expect(failure == .tooLarge(path: url.path, bytes: BookmarkStore.maximumFileSize + 1))
        #expect(failure.description.contains("just over 32 MB, and a bookmark file may be at most 32 MB"), "\(failure)")
        #expect(throws: BookmarkStoreError.self) { try store.toggle(mark(0)) }
        #expect((try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) == BookmarkStore.maximumFileSize + 1)
        #expect(try F.names(in: folder).allSatisfy { !$0.contains("corrupt") })
    }

    @Test func aFolderInPlaceOfTheFileIsALoadFailureInPlainWords() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let url = folder.appendingPathComponent("bookmarks.json")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        let store = BookmarkStore(url: url)
        let failure = try #require(store.loadFailure)
        #expect(failure.description.contains("it is a folder, not a file"), "\(failure)")
        #expect(!failure.description.contains("NSCocoaErrorDomain"))
    }
}
