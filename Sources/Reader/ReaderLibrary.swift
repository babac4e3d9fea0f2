import InterviewKit

/// What the reader needs from a library: its list, one interview at a time, and search.
///
/// The search index provides all three without loading every file; tests provide a small
/// in-memory library. Searches run in tasks of their own (see `EffectRunner`), so a
/// library must be safe to search from another thread while the reader lists and opens.
public protocol ReaderLibrary: AnyObject, Sendable {
    /// A short name for the status bar (the library folder's name).
    var name: String { get }
    func interviews() throws -> [InterviewSummary]
    func interview(id: String) throws -> Interview?
    func search(_ query: String, limit: Int, ranking: SearchRanking) throws -> [SearchHit]
    /// Searches, and when the words typed find nothing, looks for them inside longer words,
    /// saying so in the result's widenings (see `SearchIndex.lookup`).
    func lookup(_ query: String, limit: Int, ranking: SearchRanking) throws -> SearchResult
    /// "Did you mean …" for a query that found nothing: the query with its unknown words
    /// corrected to the library's nearest, when that finds something; nil otherwise.
    func suggestion(for query: String) throws -> String?
    /// Makes searches running on other threads stop early (they may throw); called when their
    /// results are no longer wanted.
    func interruptSearches()
    /// Brings the library in line with its files, on a thread of its own while the reader
    /// already shows what the library held; returns what changed.
    func refresh() throws -> LibraryRefresh
    /// One-line notices about the library that appeared since the last call (a damaged index
    /// rebuilt during a search), to be shown once.
    func takeNotices() -> [String]
}

/// What bringing a library up to date changed, and what the reader should say about it.
public struct LibraryRefresh: Sendable, Hashable {
    /// Whether the list of interviews may have changed.
    public var changed: Bool
    /// One-line notices (problems with files, a rebuilt index), most important first.
    public var notices: [String]

    public init(changed: Bool, notices: [String] = []) {
        self.changed = changed
        self.notices = notices
    }
}

extension ReaderLibrary {
    public func lookup(_ query: String, limit: Int, ranking: SearchRanking) throws -> SearchResult {
        SearchResult(hits: try search(query, limit: limit, ranking: ranking))
    }
    public func suggestion(for query: String) throws -> String? { nil }
    public func interruptSearches() {}
    public func refresh() throws -> LibraryRefresh { LibraryRefresh(changed: false) }
    public func takeNotices() -> [String] { [] }
}
