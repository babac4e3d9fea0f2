import Foundation
import InterviewKit

/// The library as the bookmark commands need it: interviews by id, or why there are none.
///
/// Listing must work without a library (the bookmarks stay readable by their excerpts), so a
/// library that cannot be loaded is a problem to report, not a failure.
struct BookmarkLookup {
    private var interviews: [String: Interview] = [:]
    private(set) var problems: [String] = []
    /// Whether the library was read, so a missing interview really means the bookmark is orphaned.
    private(set) var available = false

    init(library options: LibraryOptions) {
        do {
            let library = try Library.load(from: options.folder())
            interviews = Dictionary(library.interviews.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            available = true
        } catch {
            problems.append("\(PlainReason.of(error)); cannot tell which bookmarks are orphaned")
        }
    }

    func interview(id: String) -> Interview? { interviews[id] }

    /// Where `bookmark` is now; `nil` when the library could not be read.
    func place(of bookmark: Bookmark) -> BookmarkPlace? {
        available ? bookmark.place(in: interviews[bookmark.interviewID]) : nil
    }
}
