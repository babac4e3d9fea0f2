import ArgumentParser
import Foundation
import InterviewKit

/// `parley bookmarks`: lists bookmarked answers, newest first; `add` and `remove` change them
/// from the command line (the reader toggles them with a key).
struct BookmarksCommand: ParsableCommand, UsesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks",
        abstract: "List bookmarked answers, newest first.",
        discussion: """
            Each line reads `interview-id  #exchange  speaker  excerpt`, and `[note: …]` after \
            it when the bookmark has a note. Exchanges are numbered \
            from 1; `#12.2` is the second answer of exchange 12 (a panel). A bookmark whose \
            interview is gone from the library, or whose answer can no longer be found, is marked \
            [orphaned] and shown with its last known place; it is kept, never dropped.

            With --json the output is JSON Lines: one object per bookmark and line, newest first, \
            with keys interview, exchange and answer (numbered from 1, as in `add`), speaker, \
            excerpt, question, note (null when there is none), created (ISO 8601), fingerprint \
            (of the question) and orphaned (true, false, or null when the library could not be \
            read).

            With no bookmarks it says so on standard error and exits 1; a bookmark file that \
            cannot be read is an error (exit status 2).

            Bookmarks live in $XDG_DATA_HOME/parley/bookmarks.json \
            (~/.local/share/parley/bookmarks.json by default).
            """,
        subcommands: [Add.self, Remove.self, Note.self]
    )

    @Flag(help: "Print JSON Lines (one object per bookmark) instead of text.")
    var json = false
    @OptionGroup(title: "Global options") var libraryOptions: LibraryOptions

    func run() throws {
        let store = libraryOptions.openBookmarks()
        let bookmarks = store.bookmarks
        let lookup = BookmarkLookup(library: libraryOptions, ids: Set(bookmarks.map(\.interviewID)))
        let listing = BookmarkListing(bookmarks: bookmarks, lookup: lookup)
        for problem in lookup.problems + store.notices {
            Console.error("parley: \(problem)")
        }
        // A file that is there but could not be read is an error, not an empty list.
        if store.loadFailure != nil { throw ExitStatus.error.code }
        if bookmarks.isEmpty {
            throw CommandFailure(
                "no bookmarks in \(store.url.path)", hint: "press b on an answer in the reader, or use `parley bookmarks add ID POSITION`",
                status: .nothingFound
            )
        }
        for line in json ? try listing.jsonLines() : listing.textLines() {
            print(line)
        }
    }
}
