import ArgumentParser
import Foundation
import InterviewKit
import TerminalUI

extension BookmarksCommand {
    /// `parley bookmarks add ID POSITION…`: bookmarks answers from a script or the shell.
    struct Add: ParsableCommand, UsesGlobalOptions {
        static let configuration = CommandConfiguration(
            abstract: "Bookmark answers of an interview.",
            discussion: """
                POSITION is an exchange number as `parley bookmarks` shows it (from 1), optionally \
                followed by the answer: `12` is the first answer of exchange 12, `12.2` the second. \
                Each answer is saved as it is added, so another Parley open at the same time keeps \
                its bookmarks. Adding a bookmarked answer again changes nothing.
                """
        )

        @OptionGroup(title: "Global options") var libraryOptions: LibraryOptions
        @Argument(help: "The interview's id.", completion: InterviewIDs.completion)
        var interview: String
        @Argument(help: ArgumentHelp("Answers to bookmark.", valueName: "position"))
        var positions: [BookmarkPosition]

        func validate() throws {
            guard !positions.isEmpty else { throw CommandFailure("give at least one position to bookmark", hint: "a position is an exchange number as `parley show` numbers them, like 12 or 12.2") }
        }

        func run() throws {
            let folder = try libraryOptions.folder()
            guard let found = try CatalogueAccess.fresh(folder).interview(id: interview) else {
                throw CommandFailure("\(interview): no interview has this id in \(folder.path)", hint: "`parley list` shows the ids")
            }
            for position in positions where BookmarkKey(interview: found, exchange: position.exchange, answer: position.answer) == nil {
                throw CommandFailure("\(interview) has no answer \(position) (it has \(Counted.of(found.exchanges.count, "exchange")))", hint: "`parley show \(interview)` numbers them")
            }
            let store = libraryOptions.openBookmarks()
            BookmarksCommand.report(store.takeNotices())
            for position in positions {
                let bookmark = Bookmark(interview: found, exchange: position.exchange, answer: position.answer, created: Date())
                try BookmarksCommand.saving { try store.add(bookmark) }
                print(Console.safe("Bookmarked \(interview) \(position) (\(bookmark.speaker))"))
            }
        }
    }

    /// Prints the store's notices to standard error.
    static func report(_ notices: [String]) {
        for notice in notices {
            Console.error("parley: \(notice)")
        }
    }

    /// Runs a store change; a failure to save ends the command with the store's explanation,
    /// except that nothing is "kept for this session" once the command exits, so say what was not saved.
    static func saving(_ change: () throws -> Void) throws {
        do {
            try change()
        } catch let error as BookmarkStoreError {
            throw CommandFailure(error.commandLineDescription)
        }
    }
}

extension BookmarkStoreError {
    /// The message for a one-shot command, which has no session to keep the change in.
    var commandLineDescription: String {
        switch self {
        case .writeFailed(let path, let reason): "could not save bookmarks to \(path): \(reason); nothing was changed"
        case .newerFormat(let path, let version):
            "\(path) was written by a newer Parley (format version \(version)); it is left as it is and nothing was changed"
        case .unreadable(let path, let reason): "could not read bookmarks from \(path): \(reason); nothing was changed"
        case .readOnly(let path): "\(path) is read-only; it is left as it is and nothing was changed (chmod u+w to allow changes)"
        case .tooLarge(let path, let bytes):
            "\(path) is over the \(BookmarkStore.maximumFileSize >> 20) MB a bookmark file may be (\(bytes >> 20) MB); it is left as it is and nothing was changed"
        }
    }
}
