import Foundation
import InterviewKit
import Testing

/// The non-interactive commands, run as a person or a script would run them.
@Suite("parley commands")
struct CommandLineTests {
    let parley: String

    init() throws {
        parley = try #require(Built.parley, "the parley binary is not built next to the tests")
    }

    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["PARLEY_LIBRARY"] = Built.bundledLibrary.path
        environment["XDG_CACHE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-cache").path
        // Not the user's config file: it could set a bookmarks file or a library.
        environment["XDG_CONFIG_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-no-config").path
        environment.merge(extra) { $1 }
        return try Executable.runCapturing(parley, arguments, environment: environment)
    }

    @Test func listsTheBundledLibrary() throws {
        let result = try run(["list"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(!result.stdout.contains("\u{1B}"), "no escape codes when stdout is a pipe")
    }

    @Test func listsAsJSONLines() throws {
        let result = try run(["list", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        // One object per bundled interview, each naming its file's interview.
        let bundled = try Library.interviewFiles(in: Built.bundledLibrary).map { $0.deletingPathExtension().lastPathComponent }
        #expect(lines.count == bundled.count)
        var ids: Set<String> = []
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
            ids.insert(try #require(object["id"] as? String))
            #expect((object["exchangeCount"] as? Int ?? 0) > 0)
        }
        #expect(ids == Set(bundled))
    }

    @Test func showsOneInterviewAsJSON() throws {
        let id = try #require(try run(["list", "--json"]).stdout.split(separator: "\n").first.flatMap {
            (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
        })
        let result = try run(["show", id, "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == id)
        let speakers = try #require(object["speakers"] as? [[String: Any]])
        let speakerIDs = Set(speakers.compactMap { $0["id"] as? String })
        let exchanges = try #require(object["exchanges"] as? [[String: Any]])
        #expect(!exchanges.isEmpty)
        for exchange in exchanges {
            let question = try #require(exchange["question"] as? [String: Any])
            #expect(speakerIDs.contains(question["speaker"] as? String ?? ""))
            let answers = try #require(exchange["answers"] as? [[String: Any]])
            for answer in answers { #expect(speakerIDs.contains(answer["speaker"] as? String ?? "")) }
        }
        #expect(object["sections"] is [[String: Any]])
    }

    @Test func unknownIDIsAnErrorOnStderr() throws {
        let result = try run(["show", "no-such-interview"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no-such-interview"))
    }

    @Test func checkPassesOnTheBundledLibrary() throws {
        let result = try run(["check", Built.bundledLibrary.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("5 interviews checked, 0 problems"))
    }

    @Test func checkNamesFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "---\nid: x\ntitle: T\ndate: someday\n---\n".write(to: folder.appendingPathComponent("x.md"), atomically: true, encoding: .utf8)
        let result = try run(["check", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("x.md:4: expected `date` as YYYY"))
    }

    @Test func terminalEscapesInTextNeverReachStdout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-esc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "---\nid: evil\ntitle: \"Evil \\e[2J title\"\nspeakers:\n- {id: a, name: A, role: interviewer}\n- {id: b, name: B, role: interviewee}\n---\n\n## Why?\n\nBecause \u{1B}]0;pwned\u{07} and \u{1B}[31mred.\n"
        try text.write(to: folder.appendingPathComponent("evil.md"), atomically: true, encoding: .utf8)
        for arguments in [["list"], ["show", "evil"]] {
            let result = try run(arguments + ["--library", folder.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.contains("\u{1B}"))
            #expect(result.stdout.contains("^["))
        }
    }
}
