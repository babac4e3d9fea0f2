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

    /// What the canonical-format reader must do with an input: refuse it at a line, saying
    /// what it expected, or read a valid interview that writes back to the same model.
    enum FormatOutcome: Sendable {
        case refused(line: Int, saying: String)
        case readsAndRoundTrips
    }

    /// What the importer must do with it: refuse it, saying why, or import a valid interview
    /// that round-trips and keeps every word of the input.
    enum ImportOutcome: Sendable {
        case refused(saying: String)
        case importedWhole
    }

    struct Nasty: Sendable, CustomTestStringConvertible {
        var text: String
        var format: FormatOutcome
        var importer: ImportOutcome
        var testDescription: String { String(text.prefix(40).debugDescription) }
    }

    static let nasty: [Nasty] = [
        Nasty(text: "", format: .refused(line: 1, saying: "expected `---` to open"), importer: .refused(saying: "the file is empty")),
        Nasty(text: "---", format: .refused(line: 1, saying: "expected `---` to close"), importer: .importedWhole),
        Nasty(text: "---\n---", format: .refused(line: 2, saying: "found nothing"), importer: .importedWhole),
        Nasty(text: "---\n---\n", format: .refused(line: 2, saying: "found nothing"), importer: .importedWhole),
        Nasty(text: "---\nid: x\n", format: .refused(line: 3, saying: "expected `---` to close"), importer: .importedWhole),
        Nasty(text: "\u{FEFF}---\nid: x\ntitle: T\n---\n", format: .refused(line: 1, saying: "expected `---` to open"),
              importer: .refused(saying: "found no text to import")),
        Nasty(text: "---\r\nid: x\r\ntitle: T\r\n---\r\n\r\n## Q?\r\n\r\nA.\r\n",
              format: .refused(line: 6, saying: "no single interviewer"), importer: .importedWhole),
        Nasty(text: "---\rid: x\rtitle: T\r---\r", format: .refused(line: 1, saying: "expected `---` to open"),
              importer: .refused(saying: "found no text to import")),
        Nasty(text: aliasBomb(key: "tags"), format: .refused(line: 4, saying: "expected each tag to be text"), importer: .importedWhole),
        Nasty(text: aliasBomb(key: "speakers"), format: .refused(line: 4, saying: "expected a speaker with"), importer: .importedWhole),
        Nasty(text: "---\nid: deep\ntitle: Deep\ntags: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n---\n",
              format: .refused(line: 4, saying: "Maximum nesting level"), importer: .importedWhole),
        Nasty(text: "---\nid: deep\ntitle: Deep\ntags: " + String(repeating: "{a: ", count: 10_000) + "x" + String(repeating: "}", count: 10_000) + "\n---\n",
              format: .refused(line: 4, saying: "Maximum nesting level"), importer: .importedWhole),
        Nasty(text: "---\nid: x\ntitle: !!binary aGVsbG8=\n---\n", format: .readsAndRoundTrips, importer: .refused(saying: "found no text to import")),
        Nasty(text: "---\nid: x\ntitle: T\n<<: {a: 1}\n---\n", format: .refused(line: 4, saying: "unknown front matter key `<<`"),
              importer: .refused(saying: "found no text to import")),
        Nasty(text: "---\nid: x\ntitle: T\nid: y\n---\n", format: .refused(line: 2, saying: "duplicated"), importer: .importedWhole),
        Nasty(text: header + "\n## " + String(repeating: "a", count: 1 << 16) + "?\n\nA.\n", format: .readsAndRoundTrips, importer: .importedWhole),
        Nasty(text: header + "\n" + String(repeating: "**G:** ", count: 2_000) + "\n", format: .refused(line: 13, saying: "expected a heading"),
              importer: .importedWhole),
        Nasty(text: header + "\n## Q?\n\n**Nobody:** A.\n", format: .readsAndRoundTrips, importer: .importedWhole),
        Nasty(text: header + "\n> quoted before any question\n", format: .refused(line: 13, saying: "expected a heading"), importer: .importedWhole),
        Nasty(text: header + "\n## \n\n\n", format: .refused(line: 13, saying: "expected the question's text"), importer: .importedWhole),
        Nasty(text: header + "\n## Q?\n>\n> \n>>\n\nA.\n", format: .readsAndRoundTrips, importer: .importedWhole),
        Nasty(text: header + "\n# \n\n## Q?\n\nA\u{0}B\u{1B}[2J\u{9B}.\n", format: .refused(line: 13, saying: "expected a section title"),
              importer: .refused(saying: "a NUL byte at byte 122")),
        Nasty(text: header + "\n## Q?\n\n" + String(repeating: "\n", count: 20_000), format: .readsAndRoundTrips, importer: .importedWhole),
        Nasty(text: header + "\n## \u{301}\u{200D}\u{FE0F}?\n\n\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\n",
              format: .refused(line: 13, saying: "expected a heading"), importer: .importedWhole),
    ]

    @Test(arguments: nasty)
    func theFormatReaderRefusesSayingWhereOrRoundTrips(_ input: Nasty) throws {
        switch input.format {
        case .refused(let line, let saying):
            #expect {
                try InterviewFormat.read(input.text, file: "nasty.md")
            } throws: { error in
                guard let error = error as? FormatError else { return false }
                return error.file == "nasty.md" && error.line == line && error.message.contains(saying)
            }
        case .readsAndRoundTrips:
            let interview = try InterviewFormat.read(input.text, file: "nasty.md")
            #expect(interview.validate() == [])
            #expect(try InterviewFormat.read(InterviewFormat.write(interview)) == interview)
        }
    }

    @Test(arguments: nasty)
    func theImporterRefusesSayingWhyOrImportsEveryWord(_ input: Nasty) throws {
        try Self.expect(Data(input.text.utf8), input.importer)
    }

    @Test(arguments: [
        (Data([0xFF, 0xFE, 0x00, 0x00]), "found no text to import"),
        (Data([0xC3]), "not valid UTF-8 (bad bytes at byte 0)"),
        (Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }), "a NUL byte at byte 0"),
        (Data(repeating: 0, count: 10_000), "a NUL byte at byte 0"),
    ])
    func invalidUTF8AndBinaryAreRefusedSayingWhy(data: Data, saying: String) throws {
        try Self.expect(data, .refused(saying: saying))
    }

    static func expect(_ data: Data, _ outcome: ImportOutcome, sourceLocation: SourceLocation = #_sourceLocation) throws {
        switch outcome {
        case .refused(let saying):
            #expect(sourceLocation: sourceLocation) {
                try Importer.importText(data, fileName: "nasty.txt")
            } throws: { error in
                error is ImportError && "\(error)".contains(saying)
            }
        case .importedWhole:
            let result = try Importer.importText(data, fileName: "nasty.txt")
            ImportFixtures.expectSound(result, sourceLocation: sourceLocation)
            #expect(ImportFixtures.lostWords(source: String(decoding: data, as: UTF8.self), result: result) == [], sourceLocation: sourceLocation)
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
