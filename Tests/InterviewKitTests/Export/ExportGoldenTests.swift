import Foundation
import Testing
@testable import InterviewKit

/// Each export format, compared byte for byte with a file a person has read and checked
/// (Golden/). After a deliberate change of format, `PARLEY_UPDATE_GOLDEN=1 swift test --filter
/// ExportGoldenTests` rewrites them, and the diff is what to review.
@Suite("Export: golden files")
struct ExportGoldenTests {
    @Test(arguments: ExportFormat.allCases)
    func bookmarksExportAsTheGoldenFileSays(format: ExportFormat) throws {
        let rendered = try format.render(ExportFixtures.entries, header: true)
        let golden = ExportFixtures.golden(format)
        if ProcessInfo.processInfo.environment["PARLEY_UPDATE_GOLDEN"] == "1" {
            try Data(rendered.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(rendered == expected)
    }

    @Test func entriesCiteWhatTheyQuote() throws {
        let entries = ExportFixtures.entries
        #expect(entries.map(\.speaker) == ["李雷", "Zoë Ørsted", "Nobody"])
        #expect(entries[0].exchange == 2 && entries[0].answer == 2, "numbered from 1")
        #expect(entries[0].time == "12:30.5")
        #expect(entries[0].note == "Short, and to the point.\nSee also the garage.")
        #expect(entries[1].time == "12:04")
        #expect(entries[1].text == "Text wants a calm screen.\n\nAnd \"commas, quotes\"\nand lines.")
        #expect(entries[2].time == nil, "no turn time is made up")
        #expect(entries[2].title == "gone" && entries[2].text == "An answer kept only here.")
        #expect(Set(entries.map(\.id)).count == 3)
        #expect(entries.allSatisfy { $0.id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } })
    }

    @Test func aSearchExportsEachAnswerOnceInTheOrderOfTheHits() throws {
        let interview = ExportFixtures.interview
        func hit(_ location: TextLocation) -> SearchHit {
            SearchHit(interviewID: interview.id, interviewTitle: interview.title, location: location, question: "",
                      speaker: "", snippet: "", matches: [], rank: 0)
        }
        let hits = [hit(.answer(exchange: 1, answer: 1, paragraph: 0)), hit(.question(exchange: 1)),
                    hit(.answer(exchange: 0, answer: 0, paragraph: 0)), hit(.answer(exchange: 9, answer: 0, paragraph: 0))]
        let entries = ExportEntries.hits(hits, interviews: [interview.id: interview])
        #expect(entries.map { [$0.exchange, $0.answer] } == [[2, 2], [2, 1], [1, 1]])
    }
}
