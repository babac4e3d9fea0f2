import Foundation
import Testing
@testable import InterviewKit

/// The fuzz harnesses' checks (Fuzz/*.swift), run on inputs that once broke them or that are
/// known to be nasty for a YAML and Markdown reader. A crash that `scripts/fuzz.sh` finds is
/// added here, as the bytes it saved, before it is fixed.
@Suite struct FuzzRegressionTests {
    /// Nested YAML aliases that expand to 9⁹ strings if anything walks them expanded.
    static func aliasBomb(key: String) -> String {
        var parts = ["&a0 [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ",") + "]"]
        for level in 1..<9 { parts.append("&a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]") }
        return "---\nid: bomb\ntitle: Bomb\n\(key): [" + parts.joined(separator: ", ") + "]\n---\n\n## Q?\n\nA.\n"
    }

    static let header = "---\nid: x\ntitle: T\nspeakers:\n- id: g\n  name: G\n  role: interviewee\n- id: h\n  name: H\n  role: interviewer\n---\n"

    static let nastyTexts: [String] = [
        "",
        "---",
        "---\n---",
        "---\n---\n",
        "---\nid: x\n",
        "\u{FEFF}---\nid: x\ntitle: T\n---\n",
        "---\r\nid: x\r\ntitle: T\r\n---\r\n\r\n## Q?\r\n\r\nA.\r\n",
        "---\rid: x\rtitle: T\r---\r",
        aliasBomb(key: "tags"),
        aliasBomb(key: "speakers"),
        "---\nid: deep\ntitle: Deep\ntags: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n---\n",
        "---\nid: deep\ntitle: Deep\ntags: " + String(repeating: "{a: ", count: 10_000) + "x" + String(repeating: "}", count: 10_000) + "\n---\n",
        "---\nid: x\ntitle: !!binary aGVsbG8=\n---\n",
        "---\nid: x\ntitle: T\n<<: {a: 1}\n---\n",
        "---\nid: x\ntitle: T\nid: y\n---\n",
        header + "\n## " + String(repeating: "a", count: 1 << 16) + "?\n\nA.\n",
        header + "\n" + String(repeating: "**G:** ", count: 2_000) + "\n",
        header + "\n## Q?\n\n**Nobody:** A.\n",
        header + "\n> quoted before any question\n",
        header + "\n## \n\n\n",
        header + "\n## Q?\n>\n> \n>>\n\nA.\n",
        header + "\n# \n\n## Q?\n\nA\u{0}B\u{1B}[2J\u{9B}.\n",
        header + "\n## Q?\n\n" + String(repeating: "\n", count: 20_000),
        header + "\n## \u{301}\u{200D}\u{FE0F}?\n\n\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\n",
    ]

    @Test(arguments: nastyTexts.indices)
    func theFormatReaderRefusesOrRoundTrips(index: Int) {
        let text = Self.nastyTexts[index]
        guard let interview = try? InterviewFormat.read(text, file: "nasty.md"), interview.validate().isEmpty else { return }
        let written = InterviewFormat.write(interview)
        #expect((try? InterviewFormat.read(written)) == interview)
    }

    @Test(arguments: nastyTexts.indices)
    func theImporterRefusesOrMakesAValidInterview(index: Int) {
        let data = Data(Self.nastyTexts[index].utf8)
        guard let result = try? Importer.importText(data, fileName: "nasty.txt") else { return }
        #expect(result.interview.validate().isEmpty)
        #expect((try? InterviewFormat.read(InterviewFormat.write(result.interview))) == result.interview)
    }

    @Test func invalidUTF8AndBinaryAreRefusedOrImportedWhole() {
        let inputs: [Data] = [
            Data([0xFF, 0xFE, 0x00, 0x00]),
            Data([0xC3]),
            Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }),
            Data(repeating: 0, count: 10_000),
        ]
        for data in inputs {
            guard let result = try? Importer.importText(data, fileName: "binary.txt") else { continue }
            #expect(result.interview.validate().isEmpty)
        }
    }

    @Test func aLibraryFileOverTheLimitIsRefusedUnread() throws {
        let folder = try BookmarkFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("big.md")
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(Self.header.utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(InterviewFormat.maximumFileSize + 1))
        try handle.close()
        #expect(throws: FormatError.self) { try InterviewFormat.read(contentsOf: url) }
        let library = try Library.load(from: folder)
        #expect(library.interviews.isEmpty)
        #expect(library.problems.map(\.description) == ["\(url.path):1: the file is just over 16 MB; an interview file may be at most 16 MB"])
    }

    @Test func aFIFOInTheLibraryIsPassedOverWithoutBlocking() throws {
        let folder = try BookmarkFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.md")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        // Read directly (as if it had been swapped in after the folder was listed): no writer
        // ever opens the FIFO, so a blocking open would hang here.
        #expect(throws: FormatError.self) { try InterviewFormat.read(contentsOf: fifo) }
        #expect(try Library.load(from: folder).interviews.isEmpty)
    }

    /// What `scripts/fuzz.sh query` found (Fuzz/QueryFuzz.swift): queries whose pattern FTS5
    /// refused. The first is its find on the quoting by `Character`, which left the `"` before a
    /// combining mark single.
    static let queryFindings = ["e\"\u{301}\0\0\0\0\u{7}~"]

    @Test(arguments: queryFindings)
    func theQueryHarnessFindsOrFindsNothing(_ text: String) throws {
        let fixture = try SearchFixture()
        let query = SearchQuery(parsing: text)
        #expect(query.required.flatMap { $0 }.count + query.excluded.count <= SearchQuery.maximumTerms)
        _ = try fixture.index().search(query, limit: 20)
    }
}
