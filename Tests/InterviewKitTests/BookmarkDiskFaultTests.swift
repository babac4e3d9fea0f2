import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import InterviewKit

/// A small tmpfs mounted for one test, to give the bookmark store a real full disk and a real
/// read-only file system. Tests run as root, where permission bits stop nothing, so a mount is
/// the honest way to get EROFS and ENOSPC. Where mounting is not permitted the tests are skipped
/// with that reason shown.
final class TmpfsMount {
    let folder: URL

    static let isPossible: Bool = {
        guard let probe = try? BookmarkFixtures.folder() else { return false }
        defer { try? FileManager.default.removeItem(at: probe) }
        guard (try? TmpfsMount.mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path])) == 0 else { return false }
        _ = try? TmpfsMount.mount(["--umount", probe.path], program: "/bin/umount")
        return true
    }()

    init(kilobytes: Int) throws {
        folder = try BookmarkFixtures.folder()
        let status = try Self.mount(["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", folder.path])
        guard status == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }

    deinit {
        _ = try? Self.mount([folder.path], program: "/bin/umount")
        try? FileManager.default.removeItem(at: folder)
    }

    func remount(readOnly: Bool) throws {
        let status = try Self.mount(["-o", readOnly ? "remount,ro" : "remount,rw", folder.path])
        guard status == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }

    /// Writes zeros to a file in the mount until the file system is full.
    func fill() {
        let path = folder.appendingPathComponent("filler").path
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let zeros = [UInt8](repeating: 0, count: 4096)
        while zeros.withUnsafeBytes({ Glibc.write(fd, $0.baseAddress!, $0.count) }) > 0 {}
    }

    func unfill() throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent("filler"))
    }

    @discardableResult
    static func mount(_ arguments: [String], program: String = "/bin/mount") throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Suite("bookmarks on a failing disk", .serialized, .enabled(if: TmpfsMount.isPossible, "mounting a tmpfs is not permitted here (needs root with CAP_SYS_ADMIN)"))
struct BookmarkDiskFaultTests {
    let interview = BookmarkFixtures.interview(BookmarkFixtures.pairs)

    func bookmark(_ exchange: Int) -> Bookmark {
        Bookmark(interview: interview, exchange: exchange, answer: 0, created: BookmarkFixtures.epoch.addingTimeInterval(Double(exchange)))
    }

    /// What a fresh store (another Parley starting) finds in the file.
    func onDisk(_ url: URL) -> Set<BookmarkKey> {
        let store = BookmarkStore(url: url)
        #expect(store.notices.isEmpty, "the file must always parse: \(store.notices)")
        return Set(store.bookmarks.map(\.key))
    }

    @Test func aFullDiskKeepsTheChangeInMemoryAndSavesItWithTheNextOne() throws {
        let mount = try TmpfsMount(kilobytes: 64)
        let url = mount.folder.appendingPathComponent("parley/bookmarks.json")
        let store = BookmarkStore(url: url)
        try store.toggle(bookmark(0))
        mount.fill()

        let error = #expect(throws: BookmarkStoreError.self) { try store.toggle(bookmark(1)) }
        guard case .writeFailed(let path, let reason)? = error else {
            Issue.record("expected writeFailed, got \(String(describing: error))")
            return
        }
        #expect(path == url.path)
        #expect(reason.contains("No space left on device"))
        // Still full: the next change fails too, and both stay pending.
        #expect(throws: BookmarkStoreError.self) { try store.toggle(bookmark(2)) }
        // Kept in memory, and the file still holds exactly what was saved before.
        #expect(store.contains(bookmark(1).key) && store.contains(bookmark(2).key))
        #expect(store.unsavedChanges == 2)
        #expect(onDisk(url) == [bookmark(0).key])
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)).contains { $0.contains(".tmp-") },
                "no temporary file is left behind")

        try mount.unfill()
        try store.toggle(bookmark(3))
        #expect(store.unsavedChanges == 0)
        #expect(onDisk(url) == Set([0, 1, 2, 3].map { bookmark($0).key }))
    }

    @Test func aReadOnlyFolderGivesAClearMessageAndRetriesOnTheNextChange() throws {
        let mount = try TmpfsMount(kilobytes: 256)
        let url = mount.folder.appendingPathComponent("bookmarks.json")
        let store = BookmarkStore(url: url)
        try store.toggle(bookmark(0))
        try mount.remount(readOnly: true)
        defer { try? mount.remount(readOnly: false) }

        var message = ""
        do {
            try store.toggle(bookmark(1))
        } catch let error as BookmarkStoreError {
            message = error.description
        }
        #expect(message.contains("Could not save bookmarks to \(url.path)"))
        #expect(message.contains("Read-only file system"))
        #expect(message.contains("kept for this session"))
        #expect(store.contains(bookmark(1).key))
        #expect(onDisk(url) == [bookmark(0).key])

        try mount.remount(readOnly: false)
        try store.toggle(bookmark(2))
        #expect(store.unsavedChanges == 0)
        #expect(onDisk(url) == Set([0, 1, 2].map { bookmark($0).key }))
    }
}
