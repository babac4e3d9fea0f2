import Foundation
import InterviewKit
import Testing

/// `list`, `show`, `bookmarks` and `check` answer from the catalogue: run as whole processes
/// against a library that changes between them, they must never print what a file used to say.
@Suite("parley commands from the catalogue")
struct CatalogueCommandTests {
    let parley: String
    let library: URL
    let cache: URL

    init() throws {
        parley = try #require(Built.parley, "the parley binary is not built next to the tests")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-catalogue-\(UUID().uuidString)")
        library = root.appendingPathComponent("library")
        cache = root.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        for name in try Library.interviewFiles(in: Built.bundledLibrary) {
            try FileManager.default.copyItem(at: name, to: library.appendingPathComponent(name.lastPathComponent))
        }
    }

    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["PARLEY_LIBRARY"] = library.path
        environment["XDG_CACHE_HOME"] = cache.path
        environment["XDG_DATA_HOME"] = cache.appendingPathComponent("data").path
        return try Executable.runCapturing(parley, arguments, environment: environment)
    }

    /// The first interview file, edited in place: its title replaced by `title`.
    func retitleFirst(_ title: String) throws -> String {
        let file = try #require(try Library.interviewFiles(in: library).first)
        var interview = try InterviewFormat.read(contentsOf: file)
        interview.title = title
        try InterviewFormat.write(interview).write(to: file, atomically: false, encoding: .utf8)
        return interview.id
    }

    @Test func listAndShowFollowEveryChange() throws {
        let first = try run(["list"])
        #expect(first.status == 0 && first.stdout.split(separator: "\n").count == 5)
        let id = try retitleFirst("Nouveau titre, édité")
        #expect(try run(["list"]).stdout.contains("Nouveau titre, édité"))
        #expect(try run(["show", id]).stdout.contains("Nouveau titre, édité"))

        let file = try #require(try Library.interviewFiles(in: library).first)
        try FileManager.default.removeItem(at: file)
        let after = try run(["list"])
        #expect(after.stdout.split(separator: "\n").count == 4)
        #expect(!after.stdout.contains(id))
        #expect(try run(["show", id]).status != 0)
    }

    @Test func checkReportsAFileBrokenSinceTheLastCheck() throws {
        #expect(try run(["check"]).stdout.contains("5 interviews checked, 0 problems"))
        let file = try #require(try Library.interviewFiles(in: library).last)
        try "---\nid: x\ntitle: T\ndate: someday\n---\n".write(to: file, atomically: false, encoding: .utf8)
        let result = try run(["check"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("4 interviews checked, 1 problem\n"))
        #expect(result.stderr.contains("\(file.lastPathComponent):4: expected `date` as YYYY"))
    }

    @Test func aDamagedCatalogueIsSaidAndTheAnswerIsStillRight() throws {
        _ = try run(["list"])
        let catalogue = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("parley").path)
            .first { $0.hasSuffix(".catalogue.sqlite") })
        try Data(repeating: 0x5A, count: 4096).write(to: cache.appendingPathComponent("parley").appendingPathComponent(catalogue))
        _ = try retitleFirst("Retitled while the catalogue was damaged")
        let result = try run(["list"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("note: the catalogue"))
        #expect(result.stdout.contains("Retitled while the catalogue was damaged"))
    }

    @Test func bookmarksFindTheirAnswerInTheInterviewAsItIsNow() throws {
        let id = try #require(try Library.interviewFiles(in: library).first.map { try InterviewFormat.read(contentsOf: $0).id })
        #expect(try run(["bookmarks", "add", id, "1"]).status == 0)
        #expect(!(try run(["bookmarks"]).stdout.contains("[orphaned]")))
        let file = try #require(try Library.interviewFiles(in: library).first)
        try FileManager.default.removeItem(at: file)
        #expect(try run(["bookmarks"]).stdout.contains("[orphaned]"))
    }
}
