import ArgumentParser
import Foundation
import InterviewKit

extension BookmarksCommand {
    /// `parley bookmarks remove ID POSITION…`: removes bookmarks by the place `parley bookmarks`
    /// shows for them, so orphaned ones (whose question is gone) can be removed too.
    struct Remove: ParsableCommand, UsesGlobalOptions {
        static let configuration = CommandConfiguration(
            abstract: "Remove bookmarks of an interview.",
            discussion: """
                POSITION is the `#exchange[.answer]` that `parley bookmarks` shows, without the \
                `#`. An orphaned bookmark is removed by the place it is listed with.
                """
        )

        @OptionGroup(title: "Global options") var libraryOptions: LibraryOptions
        @Argument(help: "The interview's id.", completion: InterviewIDs.completion)
        var interview: String
        @Argument(help: ArgumentHelp("Bookmarked answers to remove.", valueName: "position"))
        var positions: [BookmarkPosition]

        func validate() throws {
            guard !positions.isEmpty else { throw CommandFailure("give at least one position to remove", hint: "`parley bookmarks` lists them with their places") }
        }

        func run() throws {
            let lookup = BookmarkLookup(library: libraryOptions, ids: [interview])
            BookmarksCommand.report(lookup.problems)
            let store = libraryOptions.openBookmarks()
            BookmarksCommand.report(store.takeNotices())
            let listed = BookmarksCommand.listed(store.bookmarks, of: interview, lookup: lookup)
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
                throw CommandFailure("\(interview) has no bookmark at \(list)", hint: "`parley bookmarks` lists them with their places")
            }
        }
    }
}
