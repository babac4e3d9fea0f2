import Testing
@testable import InterviewKit

@Suite("List order of titles")
struct TitleOrderTests {
    @Test func numbersByValueCaseAndAccentsIgnored() {
        let titles = ["episode 10", "Épisode 9", "Episode 2", "apple", "Zebra", "Émile", "episode 010b"]
        let sorted = titles.sorted { TitleOrder.key(for: $0) < TitleOrder.key(for: $1) }
        #expect(sorted == ["apple", "Émile", "Episode 2", "Épisode 9", "episode 10", "episode 010b", "Zebra"])
    }

    @Test func theIndexListsInThatOrderThenByID() throws {
        func interview(_ id: String, _ title: String) -> Interview {
            Interview(id: id, title: title, speakers: [Speaker(id: "a", name: "A\u{1F}da", role: .interviewee)], exchanges: [])
        }
        let fixture = try SearchFixture([interview("b", "Talk 10"), interview("c", "talk 9"), interview("a", "Talk 10"), interview("d", "Ärger")])
        let listed = try fixture.index().interviews()
        #expect(listed.map(\.id) == ["d", "c", "a", "b"])
        #expect(listed.first?.interviewees == ["Ada"], "a separator character in a name cannot split it")
    }
}
