import Foundation
import PropertyBased
import Testing
@testable import InterviewKit

/// Pieces of queries that stress the lexer and the FTS5 quoting: quotes of every kind with and
/// without combining marks, field names, operators, stars, minus signs, controls and NUL.
private let pieces: [String] = [
    "a", "water", " ", "  ", "\"", "\"\u{301}", "\u{301}", "“", "”", "«", "»", "*", "-", "--", ":", "in:", "speaker:",
    "q:", "OR", "AND", "NOT", "NEAR(", ")", "(", "{", "}", "^", "+", "'", "\u{0}", "\n", "\t", "\u{1B}", "\u{9B}",
    "\u{200D}", "\u{FE0F}", "🙂", "日本", "é", "e\u{301}", "\u{E000}", "\u{E001}", "\u{FFFD}", "\u{2028}", "\\",
]

private let queries = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...24).map { $0.map { pieces[$0] }.joined() }

@Suite("Search: hostile queries")
struct SearchQueryHostileTests {
    let fixture: SearchFixture
    let index: SearchIndex

    init() throws {
        fixture = try SearchFixture()
        index = try fixture.index()
    }

    /// FTS5 reads the pattern byte by byte: every `"` scalar is doubled, even where a
    /// combining mark makes it part of a larger `Character`; NUL, which would end the bound
    /// text early, never reaches it.
    @Test func quotesAreDoubledScalarByScalar() {
        #expect(MatchPattern.quote("a\"\u{301}b") == "\"a\"\"\u{301}b\"")
        #expect(MatchPattern.quote("x\u{0}y\u{1B}") == "\"x y \"")
        #expect(MatchPattern.quote("\"\"") == "\"\"\"\"\"\"")
    }

    @Test(arguments: ["a\"\u{301}b", "in:\"\u{301}x", "speaker:\"\u{301}x", "q:\"\u{301}", "\"\u{301}", "water \"\u{301}\"\u{301}\"",
                      "in:\u{0}\"", "a\u{0}\u{301}\"b", "\"\u{301} OR -\"\u{301}"])
    func aQuoteCarryingACombiningMarkIsText(_ query: String) throws {
        // Was exit 2: "unterminated string" and "no such column".
        _ = try index.search(query)
        _ = try index.search(query, ranking: .quick)
    }

    @Test func anyQueryEitherFindsOrFindsNothing() async {
        let index = self.index
        await propertyCheck(count: 400, input: queries) { query in
            do {
                for hit in try index.search(query, limit: 20) {
                    #expect(hit.matches.allSatisfy { $0.upperBound <= hit.snippet.count && !$0.isEmpty })
                }
            } catch {
                Issue.record("\(String(reflecting: query)) failed: \(error)")
            }
        }
    }

    @Test func aWordStartingWithTwoMinusSignsIsText() {
        // What `parley search -- --water` searches: not the exclusion of `-water`.
        #expect(SearchQuery(parsing: "--water").required == [[SearchQuery.Term(text: "--water")]])
        #expect(SearchQuery(parsing: "-water").excluded == [SearchQuery.Term(text: "water")])
    }

    @Test func onlyExclusionsSayWhatIsMissing() {
        #expect(SearchQuery(parsing: "-water").limitation?.contains("add a word to look for") == true)
        #expect(SearchQuery(parsing: "-water tomatoes").limitation == nil)
    }
}
