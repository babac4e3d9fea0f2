import Foundation
import InterviewKit

/// The library as the bookmark commands need it: the bookmarked interviews by id, or why there
/// are none.
///
/// Only the interviews asked for are read, each from its own file, found through the catalogue.
/// Listing must work without a library (the bookmarks stay readable by their excerpts), so a
/// library that cannot be read is a problem to report, not a failure.
struct BookmarkLookup {
    private var interviews: [String: Interview] = [:]
    /// Each interview's questions by fingerprint, made once, so placing every bookmark costs
    /// its own interview one dictionary look-up rather than a fingerprint of each question.
    private var questions: [String: QuestionFingerprints] = [:]
    private(set) var problems: [String] = []
    /// Whether the library was read, so a missing interview really means the bookmark is orphaned.
    private(set) var available = false

    init(library options: LibraryOptions, ids: Set<String>) {
        do {
            interviews = try CatalogueAccess.fresh(options.folder()).interviews(ids: ids)
            questions = interviews.mapValues(QuestionFingerprints.init)
            available = true
        } catch {
            problems.append("\(PlainReason.of(error)); cannot tell which bookmarks are orphaned")
        }
    }

    func interview(id: String) -> Interview? { interviews[id] }

    /// Where `bookmark` is now; `nil` when the library could not be read.
    func place(of bookmark: Bookmark) -> BookmarkPlace? {
        available ? bookmark.place(in: interviews[bookmark.interviewID], questions: questions[bookmark.interviewID]) : nil
    }
}
