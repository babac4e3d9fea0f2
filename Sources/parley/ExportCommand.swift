import ArgumentParser
import Foundation
import InterviewKit
import TerminalUI

/// `parley export [QUERY…] --format markdown|json|csv [--output FILE|-]`: bookmarks, or the
/// answers a search finds, as quotes to keep elsewhere, citations included.
struct ExportCommand: ParsableCommand, UsesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export bookmarked answers, or the answers a search finds, with their citations.",
        discussion: """
            Without QUERY the bookmarks are exported, newest first, each with its note; with \
            QUERY the answers the search finds (see `parley help query`). Markdown gives per \
            answer its question as a heading, the answer as a quote block, a line citing \
            speaker, interview, date, turn time and source, the note, and an id (^parley-…, an \
            Obsidian block id); json gives JSON Lines, csv a header row and one record per \
            answer. Numbers count from 1.

            --output FILE writes into FILE: a file that exists is never rewritten, only \
            appended with the answers it does not hold yet (by id), so edits made in it stay. \
            --output - (the default) writes everything to standard output.

            Exits 1 when there is nothing (new) to export, said on standard error.
            """
    )

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Export the answers this search finds instead of the bookmarks.", valueName: "query"))
    var words: [String] = []

    @Option(help: "markdown, json or csv.")
    var format: ExportFormat = .markdown

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write into, or - for standard output.", valueName: "file"), completion: .file())
    var output = "-"

    @Option(name: .long, parsing: .unconditional, help: "With QUERY, the most hits to export (1 or more).")
    var limit = 50

    @OptionGroup(title: "Global options") var libraryOptions: LibraryOptions

    func validate() throws {
        guard limit >= 1 else { throw CommandFailure("--limit \(limit): the number of hits must be 1 or more") }
    }

    func run() throws {
        let entries = words.isEmpty ? try bookmarkEntries() : try searchEntries()
        guard !entries.isEmpty else {
            throw CommandFailure(words.isEmpty ? "no bookmarks to export" : "nothing found for “\(words.joined(separator: " "))”", status: .nothingFound)
        }
        if output == "-" {
            print(Console.page(try format.render(entries, header: true)), terminator: "")
            return
        }
        let outcome = try ExportFile.write(entries, format: format, to: URL(fileURLWithPath: output))
        let kept = outcome.alreadyThere > 0 ? " (\(Counted.of(outcome.alreadyThere, "answer")) already there, left as they were)" : ""
        guard outcome.written > 0 else {
            throw CommandFailure("nothing new to export: \(output) holds all \(Counted.of(outcome.alreadyThere, "answer")) already", status: .nothingFound)
        }
        Console.error("exported \(Counted.of(outcome.written, "answer")) to \(output)\(kept)")
    }

    /// The bookmarks, cited from the library as it is now (an orphaned one from what it kept).
    private func bookmarkEntries() throws -> [ExportEntry] {
        let store = libraryOptions.openBookmarks()
        store.takeNotices().forEach { Console.error("parley: \($0)") }
        if let failure = store.loadFailure { throw CommandFailure(failure.commandLineDescription) }
        let bookmarks = store.bookmarks
        return ExportEntries.bookmarks(bookmarks, interviews: try LibrarySearch.interviews(libraryOptions, ids: Set(bookmarks.map(\.interviewID))))
    }

    private func searchEntries() throws -> [ExportEntry] {
        let folder = try libraryOptions.folder()
        let index = try SearchIndex.open(libraryFolder: folder)
        try index.update()
        let found = try LibrarySearch(options: libraryOptions, index: index).hits(for: words.joined(separator: " "), limit: limit)
        let (hits, query) = (found.hits, found.query)
        index.notices.forEach { Console.error("note: \($0)") }
        if let limitation = query?.limitation { Console.error("note: \(limitation)") }
        return ExportEntries.hits(hits, interviews: try LibrarySearch.interviews(libraryOptions, ids: Set(hits.map(\.interviewID))))
    }
}

extension ExportFormat: ExpressibleByArgument {}
