import ArgumentParser
import Foundation
import InterviewKit

/// `parley show ID`: one interview as readable text or as JSON.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one interview.",
        discussion: "The --json form is described in docs/FORMAT.md."
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: "The interview's id (see `parley list`).")
    var id: String

    @Flag(help: "Print the interview as one JSON object.")
    var json = false

    func run() throws {
        let library = try Library.load(from: try libraryOptions.folder())
        guard let interview = library.interview(id: id) else {
            library.problems.forEach { Console.error("warning: \($0)") }
            throw ValidationError("No interview with id '\(Console.safe(id))'. `parley list` shows the ids.")
        }
        if json {
            try Console.printJSON(interview)
        } else {
            print(PlainText.render(interview, emphasis: Console.bold))
        }
    }
}
