import InterviewKit

/// The library as the reader sees it: everything comes from the search index, so opening the
/// reader does not read every interview file.
///
/// Public so that `parley read` and the benchmark's reader probe drive exactly the same code.
public final class IndexedLibrary: ReaderLibrary {
    public let index: SearchIndex
    public let name: String

    public init(index: SearchIndex, name: String) {
        self.index = index
        self.name = name
    }

    public func interviews() throws -> [InterviewSummary] { try index.interviews() }
    public func interview(id: String) throws -> Interview? { try index.interview(id: id) }

    public func search(_ query: String, limit: Int, ranking: SearchRanking) throws -> [SearchHit] {
        try index.search(query, limit: limit, ranking: ranking)
    }

    public func lookup(_ query: String, limit: Int, ranking: SearchRanking) throws -> SearchResult {
        try index.lookup(SearchQuery(parsing: query), limit: limit, ranking: ranking)
    }

    public func suggestion(for query: String) throws -> String? { try index.suggestion(for: query) }

    public func interruptSearches() { index.interruptSearches() }

    public func refresh() throws -> LibraryRefresh {
        let report = try index.update()
        return LibraryRefresh(changed: report.added + report.changed + report.removed > 0,
                              notices: index.takeNewNotices() + report.problems.map(\.description))
    }

    public func takeNotices() -> [String] { index.takeNewNotices() }
}
