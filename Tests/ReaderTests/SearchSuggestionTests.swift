import Foundation
import InterviewKit
import Testing
import TerminalUI
@testable import Reader

/// When the words typed find nothing, the search pane says what the engine offers instead:
/// hits for words containing a fragment typed (`occh` → "gnocchi"), or "did you mean …".
@Suite("Reader: did you mean, and fragments of words")
struct SearchSuggestionTests {
    static func reader() throws -> ReaderRuntime {
        let fixture = try SlowIndexFixture.shared.get()
        return ReaderRuntime(library: IndexedLibrary(index: fixture.index, name: "slow"), bookmarks: Fixtures.bookmarkStore().0,
                             size: Size(width: 100, height: 16))
    }

    @Test func aQueryThatFindsNothingOffersTheNearestWords() throws {
        let reader = try Self.reader()
        reader.press(.char("/"))
        reader.type("gnochi")
        #expect(reader.state.hits.isEmpty)
        #expect(reader.state.search.suggestion == "gnocchi")
        #expect(reader.screenText.contains("No matches. Did you mean “gnocchi”?"))
    }

    @Test func aFragmentOfAWordFindsTheWordsHoldingItAndSaysSo() throws {
        let reader = try Self.reader()
        reader.press(.char("/"))
        reader.type("occh")
        #expect(reader.state.hits.count == 1)
        #expect(reader.state.search.suggestion == nil, "something was found: no suggestion")
        #expect(reader.screenText.contains(", for words containing “occh”"))
    }

    @Test func aNewSearchForgetsTheLastOnesSuggestion() {
        var state = ReaderState(libraryName: "lib", interviews: [], size: Size(width: 80, height: 20))
        _ = ReaderUpdate.update(&state, .action(.search))
        for character in "gnochi" { _ = ReaderUpdate.update(&state, .action(.insert(character))) }
        _ = ReaderUpdate.update(&state, .searchResults(SearchResults(
            generation: state.search.generation, hits: [], isExact: true, suggestion: "gnocchi")))
        #expect(state.search.suggestion == "gnocchi")
        _ = ReaderUpdate.update(&state, .action(.deleteBackward))
        _ = ReaderUpdate.update(&state, .searchResults(SearchResults(generation: state.search.generation, hits: [], isExact: true)))
        #expect(state.search.suggestion == nil)
    }
}
