import Foundation
import Testing
@testable import InterviewKit

/// What a search offers when the words typed find nothing: words containing a fragment
/// (`ydan` → pydantic) and "did you mean" from the library's own words.
@Suite("Search: did you mean, and words containing what was typed")
struct SearchSuggestionTests {
    static let tooling = SearchFixture.hostAndGuest(id: "tooling", title: "Tooling Talk", [
        Exchange(question: Question(speaker: "host", text: "How do you validate settings?"), answers: [
            Answer(speaker: "guest", paragraphs: ["We validate everything with Pydantic models.", "Deployments run on Kubernetes clusters."]),
        ]),
        Exchange(question: Question(speaker: "host", text: "And your experiments?"), answers: [
            Answer(speaker: "guest", paragraphs: ["Reproducible experiments, every week, at the Café Crème."]),
        ]),
    ])

    let fixture: SearchFixture

    init() throws {
        fixture = try SearchFixture(SearchFixture.interviews + [Self.tooling])
    }

    @Test func aFragmentFindsTheWordsContainingIt() throws {
        let index = try fixture.index()
        let result = try index.lookup(SearchQuery(parsing: "ydan"), limit: 10)
        #expect(result.widenings == [SearchWidening(typed: "ydan", words: ["pydantic"])])
        #expect(result.hits.map(\.interviewID) == ["tooling"])
        #expect(result.hits.first?.matchedTexts == ["pydantic"])
        // Plain search keeps to whole words, as the query language says.
        #expect(try index.search("ydan").isEmpty)
    }

    @Test func aWordThatIsFoundIsNeverWidened() throws {
        let index = try fixture.index()
        // "run" is a word of the library and also inside "running": only its own hits count.
        let result = try index.lookup(SearchQuery(parsing: "run"), limit: 10)
        #expect(result.widenings.isEmpty)
        #expect(!result.hits.isEmpty)
        // Found words that together find nothing are not widened either.
        #expect(try index.lookup(SearchQuery(parsing: "pydantic tomatoes"), limit: 10) == SearchResult(hits: [], widenings: []))
    }

    @Test func widenedWordsKeepTheOtherTermsOfTheQuery() throws {
        let index = try fixture.index()
        let result = try index.lookup(SearchQuery(parsing: "ubernet deployments"), limit: 10)
        #expect(result.widenings.map(\.words) == [["kubernetes"]])
        #expect(result.hits.count == 1)
        #expect(try index.lookup(SearchQuery(parsing: "ubernet tomatoes"), limit: 10).hits.isEmpty)
    }

    @Test func didYouMeanCorrectsOneTypoFromFiveLetters() throws {
        let index = try fixture.index()
        #expect(try index.suggestion(for: "kubernetse") == "kubernetes")
        #expect(try index.suggestion(for: "bakerry") == "bakery")
        // Other words and syntax stay as typed.
        #expect(try index.suggestion(for: "kubernetse speaker:gus") == "kubernetes speaker:gus")
    }

    @Test func didYouMeanCorrectsTwoTyposFromNineLetters() throws {
        let index = try fixture.index()
        #expect(try index.suggestion(for: "expirimants") == "experiments")
        // Eight letters allow one typo only.
        #expect(try index.suggestion(for: "pydanitc") == nil)
    }

    @Test func didYouMeanLeavesShortAndKnownWordsAlone() throws {
        let index = try fixture.index()
        #expect(try index.suggestion(for: "sunn") == nil)
        #expect(try index.suggestion(for: "tomatoes") == nil)
        #expect(try index.suggestion(for: "zzzzzzzzzz") == nil)
        // Accents typed or not, the word is the library's own: nothing to correct.
        #expect(try index.suggestion(for: "creme") == nil)
    }

    @Test func aCorrectionThatWouldFindNothingIsNotOffered() throws {
        let index = try fixture.index()
        #expect(try index.suggestion(for: "kubernetse tomatoes") == nil)
    }

    @Test func wordsOfFilesIndexedLaterAreSuggested() throws {
        let index = try fixture.index()
        #expect(try index.suggestion(for: "serverles") == nil)
        var later = Self.tooling
        later.id = "later"
        later.exchanges[0].answers[0].paragraphs = ["Serverless functions everywhere."]
        try fixture.write(later)
        try index.update()
        #expect(try index.suggestion(for: "serverles") == "serverless")
    }

    @Test func vocabularyWordsAreFoldedAndCutLikeTheTokenizer() {
        var words: Set<String> = []
        Vocabulary.collect("Café CRÈME, don’t x2 ab naïve-ish 2024", into: &words)
        #expect(words == ["cafe", "creme", "don", "naive", "ish", "2024"])
    }

    @Test func editDistanceStopsPastItsLimit() {
        #expect(EditDistance.distance(Array("kitten"), Array("sitting"), limit: 3) == 3)
        #expect(EditDistance.distance(Array("kitten"), Array("sitting"), limit: 2) == nil)
        #expect(EditDistance.distance(Array("ab"), Array("abcd"), limit: 1) == nil)
        #expect(EditDistance.distance(Array("café"), Array("cafe"), limit: 1) == 1)
        #expect((1...10).map(EditDistance.typosAllowed(forLength:)) == [0, 0, 0, 0, 1, 1, 1, 1, 2, 2])
    }
}
