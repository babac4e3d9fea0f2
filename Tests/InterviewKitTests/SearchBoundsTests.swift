import Foundation
import GRDB
import Testing
@testable import InterviewKit

/// Inputs shaped to make search work grow faster than they do: one word repeated through a
/// huge passage (FTS5's snippet is quadratic in a row's matches), and queries repeating a term
/// thousands of times. Each is large enough that a quadratic path would not finish the test
/// run; none measures time.
@Suite("Search: bounded work for any input")
struct SearchBoundsTests {
    static func speakers() -> [Speaker] {
        [Speaker(id: "h", name: "Host", role: .host), Speaker(id: "g", name: "Guest", role: .guest)]
    }

    static func interview(id: String, title: String = "Plain", question: String = "What then?", paragraphs: [String]) -> Interview {
        Interview(id: id, title: title, speakers: speakers(), exchanges: [
            Exchange(question: Question(speaker: "h", text: question), answers: [Answer(speaker: "g", paragraphs: paragraphs)]),
        ])
    }

    func tokenizer() throws -> (DatabaseQueue, (String) -> [String], (String, Int) -> String) {
        let queue = try DatabaseQueue()
        let bounds = try queue.read { try PassageBounds($0) }
        return (queue, { bounds.pieces(of: $0, tokens: PassageBounds.pieceTokens) }, { bounds.prefix(of: $0, tokens: $1) })
    }

    func tokenCount(_ text: String, _ queue: DatabaseQueue) throws -> Int {
        try queue.read { db in
            try db.makeTokenizer(FTS5TokenizerDescriptor(components: ["unicode61", "remove_diacritics", "2"])).tokenize(document: text).count
        }
    }

    @Test func aLongTextIsCutIntoPiecesOfBoundedTokensThatJoinBackExactly() throws {
        let (queue, pieces, _) = try tokenizer()
        // Spaces, dots, marks between letters: every cut must fall where FTS5 starts a token.
        for text in [
            String(repeating: "alpha ", count: 1_000),
            String(repeating: "a.", count: 1_000),
            String(repeating: "q\u{301}-", count: 1_000),
            String(repeating: "日本語 café, ", count: 300),
        ] {
            let cut = pieces(text)
            #expect(cut.count > 1)
            #expect(cut.joined() == text)
            for piece in cut { #expect(try tokenCount(piece, queue) <= PassageBounds.pieceTokens) }
        }
        #expect(pieces("short text") == ["short text"])
    }

    @Test func repeatedColumnsKeepOnlyTheirFirstTokens() throws {
        let (queue, _, prefix) = try tokenizer()
        let title = String(repeating: "alpha ", count: 5_000)
        let kept = prefix(title, PassageBounds.titleTokens)
        #expect(try tokenCount(kept, queue) == PassageBounds.titleTokens)
        #expect(title.hasPrefix(kept))
        #expect(prefix("A Short Title", PassageBounds.titleTokens) == "A Short Title")
    }

    /// Bytes of the huge paragraph: 10 MB with the long tests on (`PARLEY_LONG_TESTS=1`, as
    /// `.ci/run` and `scripts/faults.sh` run them), 1 MB every day: 170,000 matches in one row,
    /// whose snippet alone took minutes before rows were cut into pieces.
    static let hugeBytes = ProcessInfo.processInfo.environment["PARLEY_LONG_TESTS"] == "1" ? 10 << 20 : 1 << 20

    /// One word through one paragraph (the file's limit is 16 MB), 1 MB in its question, and
    /// 2,000 paragraphs of 400 copies of it: without the pieces, showing the first hit scored
    /// every match of the row against every other (1.7 million of them in 10 MB).
    @Test func aHugePassageOfOneRepeatedWordIsIndexedAndSearched() throws {
        let huge = String(repeating: "alpha ", count: Self.hugeBytes / 6)
        let question = String(repeating: "alpha ", count: 1 << 20 / 6)
        let many = Array(repeating: String(repeating: "alpha ", count: 400), count: 2_000)
        let fixture = try SearchFixture([
            Self.interview(id: "huge", title: String(repeating: "alpha ", count: 20_000), question: question, paragraphs: [huge]),
            Self.interview(id: "many", paragraphs: many),
        ])
        let index = try fixture.index()
        for ranking in [SearchRanking.exact, .quick] {
            let hits = try index.search("alpha", limit: 200, ranking: ranking)
            // One hit per place, however many pieces it was cut into.
            #expect(hits.count == 200)
            #expect(Set(hits.map { "\($0.interviewID)\($0.location)" }).count == hits.count)
            #expect(hits.allSatisfy { $0.matchedTexts.allSatisfy { $0 == "alpha" } && !$0.matches.isEmpty })
        }
        let everyPlace = try index.search("alpha", limit: 5_000)
        #expect(everyPlace.count == 2 + 2_000)
        #expect(try index.text(interviewID: "huge", at: .answer(exchange: 0, answer: 0, paragraph: 0)) == huge)
        #expect(try index.text(interviewID: "huge", at: .question(exchange: 0)) == question)
        #expect(try index.search("\"alpha alpha alpha\" q:alpha", limit: 10).first?.interviewID == "huge")
    }

    @Test func aRepeatedTermIsSearchedOnce() throws {
        let repeated = SearchQuery(parsing: Array(repeating: "alpha", count: 500).joined(separator: " "))
        #expect(repeated == SearchQuery(parsing: "alpha"))
        #expect(repeated.limitation == nil)
        let stars = SearchQuery(parsing: String(repeating: "a* ", count: 4_000) + String(repeating: "-b ", count: 4_000))
        #expect(stars.required == [[SearchQuery.Term(text: "a", isPrefix: true)]])
        #expect(stars.excluded == [SearchQuery.Term(text: "b")])
        #expect(SearchQuery(parsing: "alpha OR alpha beta OR beta OR alpha gamma OR beta beta OR gamma").required
            == [[SearchQuery.Term(text: "alpha")], [SearchQuery.Term(text: "beta"), SearchQuery.Term(text: "alpha")],
                [SearchQuery.Term(text: "gamma"), SearchQuery.Term(text: "beta")]])
    }

    @Test func pastTheMostTermsTheRestAreLeftOutAndSaid() throws {
        let words = (0..<4_000).map { "w\($0)" }
        let query = SearchQuery(parsing: words.joined(separator: " "))
        #expect(query.required.count == SearchQuery.maximumTerms)
        #expect(query.required.map { $0[0].text } == Array(words.prefix(SearchQuery.maximumTerms)))
        #expect(query.omittedTerms == 4_000 - SearchQuery.maximumTerms)
        #expect(query.limitation?.contains("left out") == true)
        let long = SearchQuery(parsing: "\"" + String(repeating: "alpha ", count: 1_000) + "\"")
        #expect(long.required[0][0].text.count <= SearchQuery.maximumTermLength)
        #expect(long.required[0][0].text.hasSuffix("alpha"))
    }

    @Test func queriesOfThousandsOfTermsSearchTheIndex() throws {
        let fixture = try SearchFixture([Self.interview(id: "many", paragraphs: Array(repeating: String(repeating: "alpha ", count: 300), count: 50))])
        let index = try fixture.index()
        for query in [
            String(repeating: "alpha ", count: 4_000),
            String(repeating: "a* ", count: 4_000),
            (0..<4_000).map { "alpha OR a\($0 % 7)*" }.joined(separator: " "),
            "alpha OR " + (0..<4_000).map { "w\($0)" }.joined(separator: " OR "),
            "\"" + String(repeating: "alpha ", count: 4_000) + "\"",
        ] {
            #expect(try index.search(query, limit: 200).count == 50)
        }
    }
}
