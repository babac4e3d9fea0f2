import InterviewKit

/// What the reader needs from a library: its list, one interview at a time, and search.
///
/// The search index provides all three without loading every file; tests provide a small
/// in-memory library.
public protocol ReaderLibrary: AnyObject {
    /// A short name for the status bar (the library folder's name).
    var name: String { get }
    func interviews() throws -> [InterviewSummary]
    func interview(id: String) throws -> Interview?
    func search(_ query: String, limit: Int) throws -> [SearchHit]
}
