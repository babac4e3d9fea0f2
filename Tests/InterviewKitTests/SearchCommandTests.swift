import Foundation
import Testing
@testable import InterviewKit

/// `parley search` and `parley index`, run as the built binary.
@Suite("Search: the parley search and index commands")
struct SearchCommandTests {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
        var lines: [String] { output.split(separator: "\n").map(String.init) }
    }

    let fixture: SearchFixture

    init() throws {
        var garden = SearchFixture.garden
        garden.exchanges[1].answers[1].paragraphs.append("Escape \u{1B}[31mred\u{1B}[0m water.")
        fixture = try SearchFixture([SearchFixture.compilers, garden])
    }

    func run(_ arguments: [String]) throws -> Result {
        let parley = try #require(SearchConcurrencyTests.parley, "build the parley binary first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: parley)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = fixture.cache.url.path
        environment["PARLEY_LIBRARY"] = fixture.library.url.path
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    @Test func hitsAreLinesAndExitZero() throws {
        let result = try run(["search", "water"])
        #expect(result.status == 0)
        #expect(result.lines.count == 3)
        #expect(result.lines.allSatisfy { $0.hasPrefix("garden  #2  ") })
        // Not a terminal: no highlighting, and the file's own escape codes are made visible.
        #expect(!result.output.contains("\u{1B}"))
        // (The snippet is rendered as Markdown, where a `[` never closed is taken for a cut link
        // and not shown; the ESC before it is what must be visible.)
        #expect(result.output.contains("Escape ^[31mred^[0m water."))
    }

    @Test func aMisspeltWordGetsDidYouMeanOnStandardErrorAndExitsOne() throws {
        let result = try run(["search", "bakerry"])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errors == "parley: search: nothing found for “bakerry”\nhint: did you mean: bakery\n")
    }

    @Test func aFragmentIsFoundInsideWordsWithANote() throws {
        let result = try run(["search", "aker"])
        #expect(result.status == 0)
        #expect(result.lines.count == 1)
        #expect(result.errors == "note: no word aker; searched words containing it: bakery\n")
    }

    @Test func nothingFoundExitsOneAndSaysSoOnStderr() throws {
        let result = try run(["search", "zzzqqq"])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errors == "parley: search: nothing found for “zzzqqq”\n")
    }

    @Test func anErrorExitsTwo() throws {
        let result = try run(["search", "--library", "/nonexistent/parley", "water"])
        #expect(result.status == 2)
        #expect(result.errors.contains("not a folder"))
    }

    @Test func wordsStartingWithAMinusAreExclusionsNotOptions() throws {
        let result = try run(["search", "water", "-late", "-escape"])
        #expect(result.status == 0)
        #expect(result.lines.count == 1)
        #expect(result.lines.first?.contains("Ana Lima") == true)
    }

    @Test func aQueryThatLooksLikeAnOptionFollowsTwoDashes() throws {
        let dashed = try run(["search", "--", "--water"])
        #expect(dashed.status == 0, "\(dashed.errors)")
        #expect(dashed.lines.count == 3)
        let help = try run(["search", "--help"])
        #expect(help.output.contains("parley search -- --verbose"))
    }

    @Test func onlyAnExclusionSaysAWordIsMissing() throws {
        let result = try run(["search", "-water"])
        #expect(result.status == 1)
        #expect(result.errors.contains("add a word to look for"))
        let leading = try run(["search", "-late", "water"])
        #expect(leading.status == 0)
        #expect(leading.lines.count == 2)
    }

    @Test func aQueryOfTooManyTermsSaysWhatItLeftOut() throws {
        let result = try run(["search", (0..<40).map { "water\($0)" }.joined(separator: " ") + " water"])
        #expect(result.status == 1)
        #expect(result.errors.contains("at most \(SearchQuery.maximumTerms) different terms; the last 9 were left out"))
    }

    @Test func aDamagedIndexIsRebuiltBySearchAndSaidOnce() throws {
        #expect(try run(["index"]).status == 0)
        let cache = fixture.cache.url.appendingPathComponent("parley")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".sqlite") })
        let handle = try FileHandle(forUpdating: cache.appendingPathComponent(file))
        try handle.seek(toOffset: 4_096)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 1 << 16))
        try handle.close()
        let result = try run(["search", "--no-update", "water"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.lines.count == 3)
        #expect(result.errors.components(separatedBy: "damaged").count == 2, "\(result.errors)")
        #expect(!result.errors.contains("SQLite error"))
    }

    @Test func jsonPrintsOneObjectPerHitNumberedFromOne() throws {
        let result = try run(["search", "--json", "--limit", "2", "water"])
        #expect(result.status == 0)
        #expect(result.lines.count == 2)
        let text = try run(["search", "--limit", "2", "water"])
        for (line, textLine) in zip(result.lines, text.lines) {
            let hit = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(hit["interview"] as? String == "garden")
            let snippet = try #require(hit["snippet"] as? String)
            let match = try #require((hit["matches"] as? [[Int]])?.first)
            #expect(String(Array(snippet)[match[0]..<match[1]]).lowercased() == "water")
            // The exchange is the one the text line shows (`garden  #2  …`): both count from 1.
            let exchange = try #require(hit["exchange"] as? Int)
            #expect(textLine.hasPrefix("garden  #\(exchange)  "))
            #expect(hit["kind"] as? String == "answer")
            #expect((hit["answer"] as? Int ?? 0) >= 1 && (hit["paragraph"] as? Int ?? 0) >= 1)
        }
    }

    @Test func indexSaysWhatChanged() throws {
        let first = try run(["index"])
        #expect(first.status == 0)
        #expect(first.output.hasPrefix("2 added, 0 changed, 0 removed, 0 unchanged in "))
        #expect(first.errors.isEmpty)
        try FileManager.default.removeItem(at: fixture.library.url.appendingPathComponent("garden.md"))
        let second = try run(["index"])
        #expect(second.output.hasPrefix("0 added, 0 changed, 1 removed, 1 unchanged in "))
        let rebuilt = try run(["index", "--rebuild"])
        #expect(rebuilt.output.hasPrefix("1 added, 0 changed, 0 removed, 0 unchanged in "))
    }
}
