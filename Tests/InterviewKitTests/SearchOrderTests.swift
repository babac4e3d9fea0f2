import Testing
@testable import InterviewKit

@Suite("Search result order")
struct SearchOrderTests {
    func hit(_ id: String, _ location: TextLocation) -> SearchHit {
        SearchHit(interviewID: id, interviewTitle: id, location: location, question: "", speaker: "", snippet: "", matches: [], rank: 0)
    }

    @Test func questionHitFollowsTheAnswersOfItsExchange() {
        let hits = [
            hit("a", .question(exchange: 3)),
            hit("a", .answer(exchange: 3, answer: 0, paragraph: 0)),
            hit("b", .question(exchange: 1)),
            hit("a", .answer(exchange: 3, answer: 0, paragraph: 2)),
            hit("a", .answer(exchange: 1, answer: 0, paragraph: 0)),
        ]
        let ordered = SearchExecution.answersBeforeTheirQuestion(hits)
        #expect(ordered.map(\.location) == [
            .answer(exchange: 3, answer: 0, paragraph: 0),
            .question(exchange: 1),
            .answer(exchange: 3, answer: 0, paragraph: 2),
            .question(exchange: 3),
            .answer(exchange: 1, answer: 0, paragraph: 0),
        ])
        #expect(ordered[1].interviewID == "b", "a question with no answer hits keeps its place")
    }
}
