import Foundation
import Testing
@testable import InterviewKit

/// The exact ranking reads the best matches a page at a time (`SearchExecution.firstPage`, then
/// four times more): rows that collapse into one hit must not hide the hits after them.
@Suite("Search: exact ranking past its first page")
struct SearchExactPagesTests {
    @Test func rowsCollapsingIntoOneHitDoNotHideTheNextHits() throws {
        // 600 paragraphs matching only through their interview's title: one hit between them,
        // ranked above any text match (title weight 8), and more than the first page holds.
        let titled = SearchFixture.hostAndGuest(id: "titled", title: "Kubernetes Notes", [
            Exchange(question: Question(speaker: "host", text: "What happened next?"), answers: [
                Answer(speaker: "guest", paragraphs: (1...600).map { "Paragraph \($0) about clusters and nodes." }),
            ]),
        ])
        var mention = titled
        mention.id = "mention"
        mention.title = "Other Notes"
        mention.exchanges[0].answers[0].paragraphs = ["We moved the whole build to Kubernetes last spring, and it paid off."]
        let fixture = try SearchFixture([titled, mention])
        let index = try fixture.index()
        #expect(600 > SearchExecution.firstPage)
        let hits = try index.search("kubernetes", limit: 2, ranking: .exact)
        #expect(hits.map(\.interviewID) == ["titled", "mention"])
    }
}
