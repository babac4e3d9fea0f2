import Testing
@testable import InterviewKit

/// Quick ranking looks at the matches a window at a time; exact ranking at all of them. Windows
/// are made tiny here so that a library of four interviews spans several.
@Suite("Search ranking: quick windows and exact")
struct SearchRankingTests {
    /// Interview i mentions "harvest" once in a long paragraph, except the last one, which is
    /// about nothing else: the best hit is indexed last.
    static func library(count: Int = 4) -> [Interview] {
        (0..<count).map { number in
            let last = number == count - 1
            let paragraph = last
                ? "Harvest, harvest, harvest."
                : "We talked about the weather, the neighbours, the price of seed and, once, the harvest, before going back to the weather again."
            return Interview(
                id: "farm-\(number)", title: "Farm \(number)",
                speakers: [Speaker(id: "host", name: "Host", role: .interviewer), Speaker(id: "guest", name: "Guest \(number)", role: .interviewee)],
                exchanges: [
                    Exchange(question: Question(speaker: "host", text: "How was the year?"),
                             answers: [Answer(speaker: "guest", paragraphs: [paragraph])]),
                ])
        }
    }

    @Test func exactRankingFindsTheBestHitWhereverItIsIndexed() throws {
        let fixture = try SearchFixture(Self.library())
        let index = try fixture.index()
        index.quickWindow = 2
        let exact = try index.search("harvest", limit: 1, ranking: .exact)
        #expect(exact.map(\.interviewID) == ["farm-3"])
        // The quick search ranks the first window only: its best hit is a weaker one.
        let quick = try index.search("harvest", limit: 1, ranking: .quick)
        #expect(quick.count == 1)
        #expect(quick.first?.interviewID != "farm-3")
    }

    @Test func quickRankingIsExactWhenTheWindowHoldsEveryMatch() throws {
        let fixture = try SearchFixture(Self.library())
        let index = try fixture.index()
        index.quickWindow = 100
        let quick = try index.search("harvest", limit: 10, ranking: .quick)
        let exact = try index.search("harvest", limit: 10, ranking: .exact)
        #expect(quick == exact)
        #expect(exact.first?.interviewID == "farm-3")
    }

    @Test func quickRankingGoesOnThroughWindowsUntilItHasEnoughHits() throws {
        let fixture = try SearchFixture(Self.library(count: 6))
        let index = try fixture.index()
        index.quickWindow = 2
        let quick = try index.search("harvest", limit: 50, ranking: .quick)
        #expect(Set(quick.map(\.interviewID)) == Set((0..<6).map { "farm-\($0)" }))
    }

    /// A word found only in titles matches every passage of those interviews; they collapse
    /// into one hit per interview, decided from which columns bm25 saw the match in.
    @Test func titleOnlyMatchesCollapseToOneHitPerInterview() throws {
        let fixture = try SearchFixture(Self.library(count: 3))
        let index = try fixture.index()
        for ranking in [SearchRanking.quick, .exact] {
            index.quickWindow = 1
            let hits = try index.search("farm", limit: 50, ranking: ranking)
            #expect(hits.count == 3)
            #expect(hits.allSatisfy { $0.matchedTexts == ["farm"] && $0.snippet.hasPrefix("Farm") })
        }
    }

    @Test func questionOnlyMatchesCollapseToTheQuestion() throws {
        let fixture = try SearchFixture(Self.library(count: 2))
        let index = try fixture.index()
        let hits = try index.search("year", limit: 50)
        #expect(hits.map(\.location) == [.question(exchange: 0), .question(exchange: 0)])
        #expect(hits.allSatisfy { $0.speaker == "Host" && $0.question == "How was the year?" })
    }
}
