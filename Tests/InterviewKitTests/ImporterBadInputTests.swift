import Foundation
import Testing
@testable import InterviewKit

/// Input that is not an interview: each gives a clear `ImportError`, or imports with a warning,
/// and none crashes.
@Suite("Importer bad input")
struct ImporterBadInputTests {
    @Test("an empty file")
    func empty() {
        #expect(throws: ImportError.empty(fileName: "empty.txt")) { try Importer.importText(Data(), fileName: "empty.txt") }
        #expect(ImportError.empty(fileName: "empty.txt").description.contains("empty"))
    }

    @Test("a file of blank lines and page noise")
    func onlyNoise() {
        #expect(throws: ImportError.nothingImportable(fileName: "noise.txt")) {
            try Importer.importText(Data("\n\n   \nimage\n\nk2ickovhz7ejytjdch5k\n".utf8), fileName: "noise.txt")
        }
    }

    @Test("a binary file")
    func binary() {
        let data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        #expect(throws: ImportError.binary(fileName: "image.png", offset: 8)) { try Importer.importText(data, fileName: "image.png") }
        #expect(ImportError.binary(fileName: "image.png", offset: 8).description.contains("binary"))
    }

    @Test("invalid UTF-8")
    func invalidUTF8() {
        var data = Data("Caf".utf8)
        data.append(contentsOf: [0xE9, 0x20, 0x61])
        #expect(throws: ImportError.invalidUTF8(fileName: "latin1.txt", offset: 3)) { try Importer.importText(data, fileName: "latin1.txt") }
        #expect(ImportError.invalidUTF8(fileName: "latin1.txt", offset: 3).description.contains("UTF-8"))
    }

    @Test("no questions: one section and a warning")
    func noQuestions() throws {
        let text = "Release notes\n\nWe fixed the parser.\nIt is faster now.\n\nThe docs moved to a new site."
        let result = try ImportFixtures.importText(text)
        #expect(result.interview.exchanges.isEmpty)
        #expect(result.interview.sections.count == 1)
        #expect(result.interview.sections[0].paragraphs == ["We fixed the parser.\nIt is faster now.", "The docs moved to a new site."])
        #expect(result.warnings.contains { $0.contains("no questions") })
        ImportFixtures.expectSound(result)
    }

    @Test("Windows line endings, a byte order mark and trailing blanks")
    func lineEndings() throws {
        let text = "\u{FEFF}**Ann Lee:** Welcome! How are you?  \r\n\r\n**Bo Yu:** Fine.\t\r\n"
        let result = try ImportFixtures.importText(text)
        #expect(result.interview.exchanges.first?.question.text == "Welcome! How are you?")
        #expect(result.interview.exchanges.first?.answers.first?.paragraphs == ["Fine."])
        ImportFixtures.expectSound(result)
    }

    /// Most of a plain `swift test`'s time: runs only with the long-test switch
    /// `PARLEY_LONG_TESTS=1` (`.ci/run` and `scripts/faults.sh` set it).
    @Test("a 50 MB transcript imports without a crash",
          .enabled(if: ImportFixtures.longTests, "the 50 MB import runs only with PARLEY_LONG_TESTS=1 (.ci/run sets it)"))
    func fiftyMegabytes() throws {
        var turn = ""
        for index in 0..<200 {
            turn += "**Host Person:** Question number \(index), what about caching and queues?\n\n"
            turn += "**Guest Person:** An answer with some words about caching, queues, and “quotes” 🙂. It goes on for a while so that lines are long enough to look like speech.\n\nA second paragraph continues the answer.\n\n"
        }
        var text = ""
        text.reserveCapacity(52_000_000)
        while text.utf8.count < 50_000_000 { text += turn }
        let data = Data(text.utf8)
        let start = Date()
        let result = try Importer.importText(data, fileName: "huge.md")
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "50 MB import: %.1f MB in %.1f s (%.2f MB/s), %d exchanges", Double(data.count) / 1_000_000, seconds, Double(data.count) / 1_000_000 / seconds, result.interview.exchanges.count))
        #expect(result.interview.exchanges.count > 100_000)
        #expect(result.interview.speakers.map(\.name) == ["Host Person", "Guest Person"])
        #expect(result.interview.validate() == [])
    }
}
