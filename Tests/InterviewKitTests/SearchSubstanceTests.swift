import Foundation
import Testing
@testable import InterviewKit

/// Ranking prefers an answer that says something over a one-line interjection (`Substance`).
@Suite("Search: substantive answers before interjections")
struct SearchSubstanceTests {
    static let frontEnd = SearchFixture.hostAndGuest(id: "front-end", title: "Building for the Web", [
        Exchange(question: Question(speaker: "host", text: "What do you reach for on the front end these days?"), answers: [
            Answer(speaker: "guest", paragraphs: [
                "Mostly server-rendered pages, with JavaScript added only where a form or a menu really needs it, "
                    + "because every script we ship is something the reader's phone has to download and run.",
            ]),
            Answer(speaker: "host", paragraphs: ["JavaScript sprinkles."]),
        ]),
    ])

    @Test func anExplainingAnswerOutranksAnInterjection() throws {
        let fixture = try SearchFixture([Self.frontEnd])
        let index = try fixture.index()
        for ranking in [SearchRanking.exact, .quick] {
            let hits = try index.search("javascript", limit: 10, ranking: ranking)
            #expect(hits.map(\.location) == [.answer(exchange: 0, answer: 0, paragraph: 0), .answer(exchange: 0, answer: 1, paragraph: 0)])
        }
    }

    @Test func shortRowsKeepPartOfTheirScore() {
        #expect(Substance.factor(text: "JavaScript sprinkles.") == 0.5)
        #expect(Substance.factor(text: "one two three four five six seven eight nine ten eleven") == 1)
        #expect(Substance.factor(text: String(repeating: "word ", count: 500)) == 1)
        #expect(Substance.factor(text: "") < Substance.factor(text: "Yes."))
    }

    @Test func aOneWordQuestionRanksBelowAQuestionAboutTheWord() throws {
        let interview = SearchFixture.hostAndGuest(id: "talk", title: "A Talk", [
            Exchange(question: Question(speaker: "host", text: "GraphQL?"), answers: [Answer(speaker: "guest", paragraphs: ["Yes."])]),
            Exchange(question: Question(speaker: "host", text: "Why did your team move its public API from REST to GraphQL last year?"), answers: [
                Answer(speaker: "guest", paragraphs: ["Clients kept asking for fields we did not send."]),
            ]),
        ])
        let fixture = try SearchFixture([interview])
        let index = try fixture.index()
        #expect(try index.search("graphql", limit: 10).map(\.location) == [.question(exchange: 1), .question(exchange: 0)])
    }

    @Test func wordsAreCountedBetweenSpacesOfAnyKind() {
        #expect(Substance.wordCount("  a\tb\nc  d ") == 4)
        #expect(Substance.wordCount("café — naïve") == 3)
        #expect(Substance.wordCount("") == 0)
    }
}
