import Foundation
import Testing

/// `parley import` as a person runs it: a folder of transcripts in several layouts, a report per
/// file (reader and fit, speakers with roles, questions and time range, doubts, noise), a
/// summary line, `--dry-run` writing nothing, and times kept as data through `--output`.
@Suite("import command")
struct ImportCommandTests {
    let parley: String

    init() throws {
        parley = try #require(Built.parley, "the parley binary is not built next to the tests")
    }

    static let captions = """
        WEBVTT

        00:00:01.000 --> 00:00:04.000
        <v Mira Patel>Welcome to the show, Jon. What do you build?

        00:00:04.500 --> 00:00:07.000
        <v Jon Reyes>Tiny synthesizers, mostly.

        00:00:08.000 --> 00:00:10.000
        <v Mira Patel>Why tiny ones?

        00:00:10.500 --> 00:00:13.000
        <v Jon Reyes>They fit in a pocket.
        """

    static let revExport = """
        Mira Patel (00:00:03):
        Welcome back. Today I talk with Jon about kites. How did it start?

        Jon Reyes (00:00:12):
        A windy beach and a broken umbrella.

        Mira Patel (00:01:31):
        And now?

        Jon Reyes (00:01:35):
        Now I build them for a living.
        """

    func folder() throws -> Scratch {
        let scratch = try Scratch("import-folder")
        try FileManager.default.createDirectory(atPath: scratch.path("in/nested"), withIntermediateDirectories: true)
        try scratch.write(Self.captions, to: "in/017_synths_with_jon_reyes.vtt")
        try scratch.write(Self.revExport, to: "in/nested/kites.txt")
        try scratch.write("not a transcript", to: "in/nested/cover.png")
        return scratch
    }

    @Test func aFolderIsImportedRecursivelyWithAReportPerFileAndASummary() throws {
        let scratch = try folder()
        defer { scratch.remove() }
        let result = try Executable.runCapturing(parley, ["import", "--output", scratch.path("lib"), scratch.path("in")])
        #expect(result.status == 0, "\(result.stderr)")
        let report = result.stderr
        #expect(report.contains("[1/2] \(scratch.path("in/017_synths_with_jon_reyes.vtt")): WebVTT captions (fit 98%"), "\(report)")
        #expect(report.contains("[2/2] \(scratch.path("in/nested/kites.txt")): transcript with speaker labels (fit "), "\(report)")
        #expect(report.contains("speakers: Mira Patel (host), Jon Reyes (guest)"))
        #expect(report.contains("2 questions; turn times 0:01–0:10.5"), "\(report)")
        #expect(report.contains("2 questions; turn times 0:03–1:35"), "\(report)")
        #expect(report.contains("import: 2 files, 2 interviews, 0 warnings"), "\(report)")
        #expect(!report.contains("cover.png"))
        let written = try FileManager.default.contentsOfDirectory(atPath: scratch.path("lib")).sorted()
        #expect(written == ["kites.md", "synths-with-jon-reyes.md"], "\(written)")
        // Times are data in the canonical file, not text.
        let synths = try String(contentsOfFile: scratch.path("lib/synths-with-jon-reyes.md"), encoding: .utf8)
        #expect(synths.contains("title: Synths With Jon Reyes"), "\(synths)")
        #expect(synths.contains("## [0:01] Welcome to the show, Jon. What do you build?"), "\(synths)")
        #expect(!synths.contains("-->") && !synths.contains("<v "))
    }

    @Test func dryRunReportsAndWritesNothing() throws {
        let scratch = try folder()
        defer { scratch.remove() }
        let result = try Executable.runCapturing(parley, ["import", "--dry-run", "--output", scratch.path("lib"), scratch.path("in")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("import: 2 files, 2 interviews read (dry run, nothing written), 0 warnings"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("lib")))
    }

    @Test func jsonCarriesTurnTimesInSeconds() throws {
        let scratch = try folder()
        defer { scratch.remove() }
        let result = try Executable.runCapturing(parley, ["import", "--json", scratch.path("in/nested/kites.txt")])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let exchanges = try #require(object["exchanges"] as? [[String: Any]])
        let question = try #require(exchanges.first?["question"] as? [String: Any])
        #expect(question["time"] as? Double == 3)
        #expect(question["text"] as? String == "Welcome back. Today I talk with Jon about kites. How did it start?")
    }

    @Test func aFailedFileIsReportedAndTheRestImported() throws {
        let scratch = try folder()
        defer { scratch.remove() }
        try Data([0x57, 0x45, 0x00, 0x01]).write(to: URL(fileURLWithPath: scratch.path("in/broken.txt")))
        let result = try Executable.runCapturing(parley, ["import", "--dry-run", scratch.path("in")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("parley: import: [2/3] \(scratch.path("in/broken.txt")): this looks like a binary file"), "\(result.stderr)")
        #expect(!result.stderr.contains("broken.txt: broken.txt"))
        #expect(result.stderr.contains("import: 3 files, 2 interviews read (dry run, nothing written), 0 warnings, 1 failed"), "\(result.stderr)")
    }
}
