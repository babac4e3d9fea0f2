import Foundation
import Testing

/// Turn times and the media URL through `show`, `show --json` and `check`.
extension CommandLineTests {
    static let timedFile = """
        ---
        id: timed
        title: Timed
        media: https://example.org/timed.mp3
        speakers:
        - {id: ann, name: Ann, role: interviewer}
        - {id: bo, name: Bo, role: interviewee}
        ---

        ## [12:04] What got you started?

        [12:10.5] A friend.

        ## Untimed?

        Yes.

        """

    /// A library folder holding `files` (name → text), removed by the caller.
    func temporaryLibrary(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-times-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    @Test func showPrintsTimesBesideSpeakers() throws {
        let folder = try temporaryLibrary(["timed.md": Self.timedFile])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["show", "timed", "--library", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("https://example.org/timed.mp3"))
        #expect(lines.contains("Q1. Ann · 12:04: What got you started?"))
        #expect(lines.contains("Bo · 12:10.5"))
        #expect(lines.contains("Q2. Ann: Untimed?"))
        #expect(lines.contains("Bo:"), "an untimed answer is labelled as before")
    }

    @Test func showJSONCarriesTimesInSecondsAndMedia() throws {
        let folder = try temporaryLibrary(["timed.md": Self.timedFile])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["show", "timed", "--json", "--library", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["media"] as? String == "https://example.org/timed.mp3")
        let exchanges = try #require(object["exchanges"] as? [[String: Any]])
        let question = try #require(exchanges[0]["question"] as? [String: Any])
        #expect((question["time"] as? NSNumber)?.doubleValue == 724)
        let answer = try #require((exchanges[0]["answers"] as? [[String: Any]])?.first)
        #expect((answer["time"] as? NSNumber)?.doubleValue == 730.5)
        let untimed = try #require(exchanges[1]["question"] as? [String: Any])
        #expect(untimed["time"] == nil)
    }

    @Test func checkReportsAMalformedTimeMarkerAtItsLine() throws {
        let broken = Self.timedFile.replacingOccurrences(of: "[12:10.5] A friend.", with: "[12:70] A friend.")
        let folder = try temporaryLibrary(["timed.md": Self.timedFile, "broken.md": broken.replacingOccurrences(of: "id: timed", with: "id: broken")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["check", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.md:12: expected a time like [12:04]"))
        #expect(result.stderr.contains("found `[12:70]`"))
        #expect(!result.stderr.contains("timed.md:"), "the well-formed timed file passes")
    }
}
