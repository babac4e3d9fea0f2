import ArgumentParser
import Foundation
import InterviewKit

extension BookmarksCommand {
    /// `parley bookmarks note ID POSITION [TEXT]`: a short note of the user's own on a bookmark,
    /// kept in the bookmark file and carried into exports.
    struct Note: ParsableCommand, UsesGlobalOptions {
        static let configuration = CommandConfiguration(
            commandName: "note",
            abstract: "Write, change or show the note on a bookmark.",
            discussion: """
                POSITION is the `#exchange[.answer]` that `parley bookmarks` shows, without the \
                `#`. With TEXT the note becomes TEXT (an empty TEXT removes it); with --edit it is \
                edited in $VISUAL or $EDITOR (vi when neither is set); with neither it is printed \
                (exit status 1 when there is none). A note may have up to \(Bookmark.noteLength) \
                characters; search them with note:WORD.
                """
        )

        @OptionGroup(title: "Global options") var libraryOptions: LibraryOptions
        @Argument(help: "The interview's id.", completion: InterviewIDs.completion)
        var interview: String
        @Argument(help: ArgumentHelp("The bookmarked answer.", valueName: "position"))
        var position: BookmarkPosition
        @Argument(help: "The note's text.")
        var text: String?
        @Flag(help: "Edit the note in $VISUAL or $EDITOR.")
        var edit = false

        func validate() throws {
            if edit, text != nil { throw CommandFailure("give the note's text or --edit, not both") }
        }

        func run() throws {
            let lookup = BookmarkLookup(library: libraryOptions, ids: [interview])
            BookmarksCommand.report(lookup.problems)
            let store = libraryOptions.openBookmarks()
            BookmarksCommand.report(store.takeNotices())
            guard let bookmark = BookmarksCommand.listed(store.bookmarks, of: interview, lookup: lookup)[position]?.first else {
                throw CommandFailure("\(interview) has no bookmark at \(position)", hint: "`parley bookmarks` lists them with their places")
            }
            guard edit || text != nil else {
                guard let note = bookmark.note else {
                    throw CommandFailure("the bookmark at \(interview) \(position) has no note", status: .nothingFound)
                }
                print(Console.text(note))
                return
            }
            let note = try text ?? NoteEditor.edit(bookmark.note ?? "")
            try BookmarksCommand.saving {
                do {
                    try store.setNote(note, for: bookmark.key)
                } catch let error as BookmarkNote.TooLong {
                    throw CommandFailure(error.description)
                }
            }
            let saved = store.bookmark(for: bookmark.key)?.note
            print(Console.safe(saved == nil ? "Removed the note on \(interview) \(position)" : "Noted \(interview) \(position)"))
        }
    }

    /// `bookmarks`' bookmarks of `interview`, by the place `parley bookmarks` lists each at: each
    /// is resolved once, so orphaned ones are found by their last known place.
    static func listed(_ bookmarks: [Bookmark], of interview: String, lookup: BookmarkLookup) -> [BookmarkPosition: [Bookmark]] {
        Dictionary(grouping: bookmarks.filter { $0.interviewID == interview }) { bookmark in
            let (exchange, answer) = BookmarkListing.numbers(of: bookmark, lookup.place(of: bookmark))
            return BookmarkPosition(exchange: exchange - 1, answer: answer - 1)
        }
    }
}

/// The user's editor on a note, as git runs it for a commit message.
enum NoteEditor {
    /// Opens `$VISUAL`, else `$EDITOR`, else `vi`, on a temporary file holding `note`, and
    /// returns what the file holds when the editor exits. The editor's command line goes
    /// through the shell, so `EDITOR="code --wait"` works; the file's path is passed as an
    /// argument, never pasted into the command.
    static func edit(_ note: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parley-note-\(UUID().uuidString).md")
        try Data(note.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", editor + " \"$1\"", "sh", file.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure("the editor (\(editor)) exited with status \(process.terminationStatus); the note was left as it was")
        }
        return try String(contentsOf: file, encoding: .utf8)
    }
}
