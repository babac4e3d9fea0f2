import ArgumentParser
import Foundation
import InterviewKit

extension BookmarksCommand {
    /// `parley bookmarks remove ID POSITION…`: removes bookmarks by the place `parley bookmarks`
    /// shows for them, so orphaned ones (whose question is gone) can be removed too.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove bookmarks of an interview.",
            discussion: """
                POSITION is the `#exchange[.answer]` that `parley bookmarks` shows, without the \
                `#`. An orphaned bookmark is removed by the place it is listed with.
                """
        )

        @OptionGroup var file: FileOption
        @OptionGroup var library: LibraryOptions
        @Argument(help: "The interview's id.")
        var interview: String
        @Argument(help: ArgumentHelp("Bookmarked answers to remove.", valueName: "position"))
        var positions: [BookmarkPosition]

        func validate() throws {
            guard !positions.isEmpty else { throw ValidationError("Give at least one position to remove.") }
        }

        func run() throws {
            let lookup = BookmarkLookup(library: library, ids: [interview])
            BookmarksCommand.report(lookup.problems)
            let store = file.open()
            BookmarksCommand.report(store.takeNotices())
            // Each bookmark is resolved once, by the place it would be listed with.
            let listed = Dictionary(grouping: store.bookmarks.filter { $0.interviewID == interview }) { bookmark in
                let (exchange, answer) = BookmarkListing.numbers(of: bookmark, lookup.place(of: bookmark))
                return BookmarkPosition(exchange: exchange - 1, answer: answer - 1)
            }
            var missing: [BookmarkPosition] = []
            for position in positions {
                let matches = listed[position] ?? []
                if matches.isEmpty { missing.append(position) }
                for bookmark in matches {
                    try BookmarksCommand.saving { try store.remove(bookmark.key) }
                    print(Console.safe("Removed \(interview) \(position) (\(bookmark.speaker))"))
                }
            }
            if !missing.isEmpty {
                let list = missing.map(\.description).joined(separator: ", ")
                Console.error("parley: \(interview) has no bookmark at \(list)")
                throw ExitCode.failure
            }
        }
    }
}
