import ArgumentParser
import Foundation
import InterviewKit
import TerminalUI

/// `parley list`: one line per interview in the library.
struct ListCommand: ParsableCommand, UsesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the interviews in the library.",
        discussion: "Exits 1, saying so on standard error, when the library holds no interviews."
    )

    @OptionGroup(title: "Global options") var libraryOptions: LibraryOptions

    @Flag(help: "Print one JSON object per interview (JSON Lines).")
    var json = false

    func run() throws {
        // From the catalogue, one line at a time as it is read: no file of the library is opened
        // unless it changed since the last command.
        let folder = try libraryOptions.folder()
        let catalogue = try CatalogueAccess.fresh(folder)
        try catalogue.problems().forEach { Console.error("warning: \($0)") }
        var listed = 0
        // Written 64 KB at a time (`OutputBuffer`), each line appended in pieces rather than
        // joined and printed: 10,000 rows are most of what a large list costs after the scan.
        var output = OutputBuffer()
        try catalogue.forEachInterview { summary in
            listed += 1
            if json {
                output.append(try Console.json(summary))
            } else {
                let people = summary.interviewees.joined(separator: ", ")
                // Each field is one line on its own, so a line break in a title cannot print
                // what looks like another interview's line; emphasis goes on after sanitising.
                output.append(Console.bold(Console.safe(summary.id)))
                output.append("  ")
                output.append(Console.safe(summary.date ?? "—"))
                output.append("  " + Counted.of(summary.exchangeCount, "question") + "  ")
                output.append(Console.safe(summary.title + (people.isEmpty ? "" : " — " + people)))
            }
            output.append("\n")
        }
        if listed == 0 { throw EmptyLibrary.failure(folder) }
    }
}
