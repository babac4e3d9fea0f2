import Foundation
import Testing
@testable import InterviewKit

@Suite("Search: query language")
struct SearchQueryLanguageTests {
    let fixture: SearchFixture
    let index: SearchIndex

    init() throws {
        fixture = try SearchFixture()
        index = try fixture.index()
    }

    @Test func aQuestionHitRanksAboveAnAnswerMerelyMentioningTheWord() throws {
        // "patience" is in the garden's first question, and merely mentioned in an answer of
        // the compilers interview.
        let hits = try index.search("patience")
        #expect(hits.count == 2)
        #expect(hits.first?.interviewID == "garden")
        #expect(hits.first?.location == .question(exchange: 0))
        #expect(hits.first?.speaker == "Olaf Host")
        #expect(hits.last?.location == .answer(exchange: 1, answer: 0, paragraph: 1))
        #expect(hits.last?.speaker == "Renée Müller")
    }

    /// Two guests; the first answer says the word twice in few words, which plain bm25 would
    /// rank above a long question saying it once: the question's weight must win.
    static func weighed(title: String, question: String, answer: String) -> [Interview] {
        let speakers = [Speaker(id: "h", name: "Host", role: .host), Speaker(id: "g", name: "Guest", role: .guest)]
        return [
            Interview(id: "asks", title: "First", speakers: speakers, exchanges: [
                Exchange(question: Question(speaker: "h", text: question), answers: [Answer(speaker: "g", paragraphs: ["Yes."])]),
            ]),
            Interview(id: "mentions", title: "Second", speakers: speakers, exchanges: [
                Exchange(question: Question(speaker: "h", text: "And then?"), answers: [Answer(speaker: "g", paragraphs: [answer])]),
            ]),
            Interview(id: "titled", title: title, speakers: speakers, exchanges: [
                Exchange(question: Question(speaker: "h", text: "Hello there, how are things going today?"), answers: [
                    Answer(speaker: "g", paragraphs: ["Fine, thank you for asking me."]),
                ]),
            ]),
        ]
    }

    @Test func questionWeighsMoreThanAnswerAndTitleMoreThanBoth() throws {
        let fixture = try SearchFixture(Self.weighed(
            title: "Notes from a long trip across the northern lantern country",
            question: "Tell me about the lantern you built in the old workshop by the river last year?",
            answer: "A lantern, yes, a lantern."))
        let hits = try fixture.index().search("lantern")
        #expect(hits.map(\.interviewID) == ["titled", "asks", "mentions"])
        #expect(hits.map(\.location) == [.question(exchange: 0), .question(exchange: 0), .answer(exchange: 0, answer: 0, paragraph: 0)])
    }

    @Test func aTitleHitRanksAboveBoth() throws {
        // "notes" is only in the garden's title, "check" in a compilers question.
        let fixture = try SearchFixture(SearchFixture.interviews + [Interview(
            id: "third", title: "Check Lists",
            speakers: [Speaker(id: "a", name: "A", role: .host), Speaker(id: "b", name: "B", role: .guest)],
            exchanges: [Exchange(question: Question(speaker: "a", text: "Hello?"), answers: [Answer(speaker: "b", paragraphs: ["Hi."])])])])
        let hits = try fixture.index().search("check")
        #expect(hits.first?.interviewID == "third")
        #expect(hits.first?.matchedTexts == ["check"])
        #expect(hits.map(\.interviewID).contains("compilers"))
    }

    @Test func accentsAreIgnoredBothWays() throws {
        let cafe = try index.search("cafe")
        #expect(cafe.map(\.location) == [.section(0, paragraph: 0)])
        #expect(cafe.first?.matchedTexts == ["café"])
        #expect(cafe.first?.question == "")
        #expect(try index.search("bäkery").map(\.location) == [.answer(exchange: 0, answer: 0, paragraph: 0)])
    }

    @Test func wordsAreStemmed() throws {
        let hits = try index.search("run")
        #expect(hits.map(\.location) == [.answer(exchange: 0, answer: 0, paragraph: 1)])
        #expect(hits.first?.matchedTexts == ["running"])
        #expect(try index.search("checking").contains { $0.location == .question(exchange: 1) })
    }

    @Test func aStarMatchesTheStartOfWords() throws {
        let hits = try index.search("pepp*")
        #expect(hits.map(\.interviewID) == ["garden"])
        #expect(hits.first?.matchedTexts == ["peppers"])
        #expect(try index.search("pepp").isEmpty)
    }

    @Test func aHalfTypedWordFindsWordsWhoseStemIsShorter() throws {
        // "running" is indexed as its stem "run", which "runn*" alone would miss.
        #expect(try index.search("runn*").first?.matchedTexts == ["running"])
        #expect(try index.search("runni*").first?.matchedTexts == ["running"])
        #expect(try index.search("running*").first?.matchedTexts == ["running"])
        #expect(MatchPattern.stemPrefixes(of: "conferen") == ["conferen", "confere", "confer", "confe"])
        #expect(MatchPattern.stemPrefixes(of: "abc").isEmpty)
    }

    @Test func quotedWordsMatchAsAPhrase() throws {
        #expect(try index.search("\"water early\"").map(\.location) == [.answer(exchange: 1, answer: 0, paragraph: 0)])
        #expect(try index.search("\"early water\"").isEmpty)
        // Curly quotes and a missing closing quote still make a phrase.
        #expect(try index.search("“water early”").count == 1)
        #expect(try index.search("\"water early").count == 1)
    }

    @Test func aMinusLeavesOutPassages() throws {
        let water = try index.search("water")
        #expect(water.count == 2)
        let hits = try index.search("water -late")
        #expect(hits.map(\.location) == [.answer(exchange: 1, answer: 0, paragraph: 0)])
        #expect(try index.search("water NOT late").map(\.location) == hits.map(\.location))
    }

    @Test func orMatchesEither() throws {
        let hits = try index.search("peppers OR fuzzing")
        #expect(Set(hits.map(\.interviewID)) == ["garden", "compilers"])
        #expect(try index.search("peppers fuzzing").isEmpty)
        // A lowercase "or" is a word like any other.
        #expect(try index.search("peppers or fuzzing").isEmpty)
    }

    @Test func speakerFilterKeepsOnlyWhatThatPersonSaid() throws {
        // Bo's answer sits under Olaf's question about tomatoes; Bo never says the word.
        #expect(try index.search("tomatoes").contains { $0.speaker == "Olaf Host" })
        #expect(try index.search("speaker:bo tomatoes").isEmpty, "Olaf's question is no hit for Bo")
        // The question is a hit for the one who asked it.
        #expect(try index.search("speaker:olaf tomatoes").map(\.speaker) == ["Olaf Host"])
        #expect(try index.search("speaker:ana tomatoes").map(\.speaker) == ["Ana Lima"])
        for ranking in [SearchRanking.quick, .exact] {
            #expect(try index.search("speaker:bo tomatoes", limit: 50, ranking: ranking).isEmpty)
        }
    }

    @Test func speakerFilterMatchesAnyPartOfTheNameIgnoringCaseAndAccents() throws {
        #expect(try index.search("speaker:ana water").map(\.speaker) == ["Ana Lima"])
        #expect(try index.search("speaker:LIMA water").map(\.speaker) == ["Ana Lima"])
        #expect(try index.search("speaker:bo water").map(\.speaker) == ["Bo Chen"])
        #expect(try index.search("speaker:muller fuzzing").map(\.speaker) == ["Renée Müller"])
        #expect(try index.search("speaker:renee").allSatisfy { $0.speaker == "Renée Müller" })
        #expect(try index.search("speaker:\"ana lima\" water").count == 1)
        #expect(try index.search("speaker:olaf water").isEmpty)
    }

    @Test func inFilterKeepsInterviewsWhoseTitleMatches() throws {
        #expect(try index.search("in:gardening water").map(\.interviewID) == ["garden", "garden"])
        #expect(try index.search("in:compilers water").isEmpty)
        #expect(try index.search("in:compilers patience").map(\.interviewID) == ["compilers"])
    }

    @Test func qFilterMatchesQuestionsOnly() throws {
        let advice = try index.search("q:advice")
        #expect(advice.map(\.location) == [.question(exchange: 1)])
        #expect(advice.first?.matchedTexts == ["advice"])
        #expect(try index.search("q:water").isEmpty)
        // With a plain word: answers under a matching question.
        #expect(try index.search("q:advice soil").map(\.speaker) == ["Bo Chen"])
    }

    @Test func snippetsMarkEveryMatchAsCharacterRanges() throws {
        let fixture = try SearchFixture([Interview(
            id: "emoji", title: "Emoji",
            speakers: [Speaker(id: "a", name: "A", role: .host), Speaker(id: "b", name: "B", role: .guest)],
            exchanges: [Exchange(question: Question(speaker: "a", text: "Hello?"), answers: [
                Answer(speaker: "b", paragraphs: ["👨‍👩‍👧 family e\u{301}te\u{301} and 日本語 family\nsecond line"]),
            ])])])
        let hit = try #require(try fixture.index().search("family").first)
        #expect(hit.matchedTexts == ["family", "family"])
        #expect(!hit.snippet.contains("\n"))
        #expect(hit.matches.first == 2..<8)
    }

    static let hostile: [String] = [
        "", " ", "*", "**", "-", "--", "\"", "\"\"", "\"\"\"", "'", "OR", "AND", "NOT", "a OR", "OR a", "a OR OR b",
        "NEAR(", "NEAR(a b)", "a AND", "(", ")", "(a", "a)", "{text}: a", "text:a", "speaker:", "in:", "q:",
        "speaker:\"", "-speaker:ana", "'; DROP TABLE passage; --", "\" OR 1=1 --", "a\"b", "^a", "a:b:c",
        "🎉", "🎉 water", "👨‍👩‍👧", "\u{1B}[31m", "\u{0}", "water\u{0}", "\t\n\r", "日本語", "*water", "wat*er*",
        "-\"", "-*", "NOT NOT", "\u{E000}water\u{E001}", String(repeating: "a ", count: 500), String(repeating: "(", count: 100),
        "rank", "bm25(passage_text)", "x' OR '1'='1", "\\", "\\\"", "“", "«water»", "speaker:🎉", "in:\"\"",
    ]

    @Test(arguments: hostile)
    func anythingTypedIsSafe(_ query: String) throws {
        let listed = try index.interviews()
        let water = try index.search("water")
        let hits = try index.search(query)
        for hit in hits {
            #expect(hit.matches.allSatisfy { $0.upperBound <= hit.snippet.count && !$0.isEmpty })
        }
        // The query changed nothing: the index lists and finds exactly what it did before.
        #expect(try index.interviews() == listed)
        #expect(try index.search("water") == water)
        #expect(water.count == 2)
    }

    @Test func hostileQueriesMeanSomethingSensible() throws {
        #expect(try index.search("🎉 water").count == 2)
        #expect(try index.search("*water").count == 2)
        #expect(try index.search("«water»").count == 2)
        #expect(try index.search("-water").isEmpty)
        #expect(try index.search("water\u{0}").count == 2)
        #expect(try index.search("NEAR(water early)").isEmpty)
        #expect(try index.search("NEAR( water").count == 0)
    }

    @Test func parsing() {
        let query = SearchQuery(parsing: "a OR b -c speaker:\"Ana L\" in:x* q:y \"d e\"* NOT f")
        #expect(query.required == [
            [.init(text: "a"), .init(text: "b")],
            [.init(text: "Ana L", field: .speaker, isPrefix: true)],
            [.init(text: "x", field: .title, isPrefix: true)],
            [.init(text: "y", field: .question)],
            [.init(text: "d e", isPrefix: true)],
        ])
        #expect(query.excluded == [.init(text: "c"), .init(text: "f")])
        #expect(SearchQuery(parsing: "-a").isEmpty)
    }

    @Test func patternsQuoteEveryWord() {
        let query = SearchQuery(parsing: "say a\"b NEAR( {x}")
        let pattern = MatchPattern.build(query) { _ in 1 }
        #expect(pattern == #"{text question title} : "say" AND {text question title} : "a""b" AND {text question title} : "NEAR(" AND {text question title} : "{x}""#)
    }
}
