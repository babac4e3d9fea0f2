import Foundation
import InterviewKit

/// A search of the library as `parley search` and `parley export QUERY` run it: the query's
/// bookmark filters (`in:bookmarks`, `note:`) taken out and applied to the hits, the rest
/// looked up in the index (with its widening of words found nowhere).
struct LibrarySearch {
    let options: LibraryOptions
    let index: SearchIndex

    /// Hits searched for before the bookmark filters narrow them: the filters run after the
    /// index's ranking, so they get many hits to choose from, not just the first `limit`.
    static let filteredPool = 10_000

    /// What a search found and what it did on the way.
    struct Found {
        var hits: [SearchHit]
        /// The query the index searched (with any note about terms it left out); `nil` for a
        /// query of bookmark filters alone.
        var query: SearchQuery?
        /// Words found nowhere that were looked for inside longer words.
        var widenings: [SearchWidening] = []
        /// The text to suggest a correction of when nothing was found; `nil` when the query had
        /// bookmark filters, which a correction of the words alone would drop.
        var correctable: String?
    }

    /// The hits for `text`, at most `limit`.
    func hits(for text: String, limit: Int) throws -> Found {
        let (filter, rest) = BookmarkFilter.split(text)
        guard filter.isActive else {
            let query = SearchQuery(parsing: text)
            let result = try index.lookup(query, limit: limit)
            return Found(hits: result.hits, query: query, widenings: result.widenings, correctable: text)
        }
        let store = options.openBookmarks()
        store.takeNotices().forEach { Console.error("parley: \($0)") }
        let bookmarks = store.bookmarks
        let interviews = try Self.interviews(options, ids: Set(bookmarks.map(\.interviewID)))
        if rest.trimmingCharacters(in: .whitespaces).isEmpty {
            return Found(hits: Array(filter.hits(bookmarks: bookmarks, interviews: interviews).prefix(limit)))
        }
        let query = SearchQuery(parsing: rest)
        let result = try index.lookup(query, limit: max(limit, Self.filteredPool))
        let kept = filter.filter(result.hits, bookmarks: bookmarks, interviews: interviews)
        return Found(hits: Array(kept.prefix(limit)), query: query, widenings: result.widenings)
    }

    /// The library's interviews with these ids, from the catalogue: only their files are read.
    static func interviews(_ options: LibraryOptions, ids: Set<String>) throws -> [String: Interview] {
        try CatalogueAccess.fresh(try options.folder()).interviews(ids: ids)
    }
}
