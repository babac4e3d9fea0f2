import ArgumentParser
import Foundation
import InterviewKit

/// `parley list`: one line per interview in the library.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the interviews in the library."
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Flag(help: "Print one JSON object per interview (JSON Lines).")
    var json = false

    func run() throws {
        // From the catalogue, one line at a time as it is read: no file of the library is opened
        // unless it changed since the last command.
        let catalogue = try CatalogueAccess.fresh(try libraryOptions.folder())
        try catalogue.problems().forEach { Console.error("warning: \($0)") }
        // Written 64 KB at a time (`OutputBuffer`), each line appended in pieces rather than
        // joined and printed: 10,000 rows are most of what a large list costs after the scan.
        var output = OutputBuffer()
        try catalogue.forEachInterview { summary in
            if json {
                output.append(try Console.json(summary))
            } else {
                let people = summary.interviewees.joined(separator: ", ")
                // Each field is one line on its own, so a line break in a title cannot print
                // what looks like another interview's line; emphasis goes on after sanitising.
                output.append(Console.bold(Console.safe(summary.id)))
                output.append("  ")
                output.append(Console.safe(summary.date ?? "—"))
                output.append("  \(summary.exchangeCount) questions  ")
                output.append(Console.safe(summary.title + (people.isEmpty ? "" : " — " + people)))
            }
            output.append("\n")
        }
    }
}
