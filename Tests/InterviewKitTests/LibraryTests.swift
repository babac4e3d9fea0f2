import Foundation
import Testing
@testable import InterviewKit

@Suite("Library loading")
struct LibraryTests {
    @Test func badFilesAreReportedAndSkipped() throws {
        let folder = try TemporaryFolder()
        let good = InterviewFormatTests.sample
        try InterviewFormat.write(good).write(to: folder.url.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try "---\nid: broken\n".write(to: folder.url.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        try InterviewFormat.write(good).write(to: folder.url.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x00]).write(to: folder.url.appendingPathComponent("d.md"))
        try "not an interview".write(to: folder.url.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        #expect(mkfifo(folder.url.appendingPathComponent("fifo.md").path, 0o644) == 0)

        let library = try Library.load(from: folder.url)
        #expect(library.interviews.map(\.id) == [good.id])
        let messages = library.problems.map(\.description)
        #expect(messages.count == 3)
        #expect(messages.contains { $0.contains("b.md:3: expected `---` to close") })
        #expect(messages.contains { $0.contains("c.md:1: id `\(good.id)` is already used by a.md") })
        #expect(messages.contains { $0.contains("d.md:1: expected UTF-8") })
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: LibraryError.self) { try Library.load(from: URL(fileURLWithPath: "/nonexistent/parley")) }
    }
}

/// A folder under the system's temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite("Slugs")
struct SlugTests {
    @Test(arguments: [
        ("PyDev of the Week: Giampaolo Rodola’", "pydev-of-the-week-giampaolo-rodola"),
        ("Café crème à l'œil", "cafe-creme-a-loeil"),
        ("日本語", "interview"),
        ("  --  ", "interview"),
        ("Better libraries and larger paychecks for contributors: how the two communities work together",
         "better-libraries-and-larger-paychecks-for-contributors-how"),
    ])
    func makesTypeableIDs(title: String, slug: String) {
        #expect(Slug.make(title) == slug)
        #expect(Slug.isValid(Slug.make(title)))
    }
}

/// Messages name a reason a person can act on, never Foundation's `Error Domain=… Code=…`.
@Suite struct PlainReasonTests {
    @Test func foundationErrorsLoseTheirBoilerplate() throws {
        let denied = CocoaError(.fileReadNoPermission, userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))])
        #expect(PlainReason.of(denied) == String(cString: strerror(EACCES)))
        #expect(PlainReason.of(NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))) == String(cString: strerror(ENOSPC)))
        // A real one: reading a folder as a file.
        let folder = try TemporaryFolder()
        do {
            _ = try Data(contentsOf: folder.url)
            Issue.record("reading a folder as a file should fail")
        } catch {
            #expect(PlainReason.of(error) == "it is a folder, not a file", "\(PlainReason.of(error))")
            #expect(!"\(error)".isEmpty)
        }
        for code in [CocoaError.fileWriteFileExists, .fileReadUnknown, .fileNoSuchFile] {
            #expect(!PlainReason.of(CocoaError(code)).contains("Error Domain="), "\(code)")
        }
    }

    @Test func ourOwnErrorsDescribeThemselves() {
        let error = FormatError(file: "a.md", line: 3, "expected a heading")
        #expect(PlainReason.of(error) == "a.md:3: expected a heading")
        #expect(PlainReason.of(LibraryError.notAFolder(URL(fileURLWithPath: "/x"))) == "/x: not a folder of interviews")
    }
}
