import Foundation
import InterviewKit

/// A search of the library as `parley search` and `parley export QUERY` run it: the query's
/// bookmark filters (`in:bookmarks`, `note:`) taken out and applied to the hits, the rest
/// searched in the index.
struct LibrarySearch {
    let options: LibraryOptions
    let index: SearchIndex

    /// Hits searched for before the bookmark filters narrow them: the filters run after the
    /// index's ranking, so they get many hits to choose from, not just the first `limit`.
    static let filteredPool = 10_000

    /// The hits for `text`, at most `limit`, and the query the index searched (with any note
    /// about terms it left out); `nil` for a query of bookmark filters alone.
    func hits(for text: String, limit: Int) throws -> (hits: [SearchHit], query: SearchQuery?) {
        let (filter, rest) = BookmarkFilter.split(text)
        guard filter.isActive else {
            let query = SearchQuery(parsing: text)
            return (try index.search(query, limit: limit), query)
        }
        let store = options.openBookmarks()
        store.takeNotices().forEach { Console.error("parley: \($0)") }
        let interviews = try Self.interviews(options, ids: Set(store.bookmarks.map(\.interviewID)))
        if rest.trimmingCharacters(in: .whitespaces).isEmpty {
            return (Array(filter.hits(bookmarks: store.bookmarks, interviews: interviews).prefix(limit)), nil)
        }
        let query = SearchQuery(parsing: rest)
        let pool = try index.search(query, limit: max(limit, Self.filteredPool))
        return (Array(filter.filter(pool, bookmarks: store.bookmarks, interviews: interviews).prefix(limit)), query)
    }

    /// The library's interviews with these ids, from the catalogue: only their files are read.
    static func interviews(_ options: LibraryOptions, ids: Set<String>) throws -> [String: Interview] {
        try CatalogueAccess.fresh(try options.folder()).interviews(ids: ids)
    }
}
