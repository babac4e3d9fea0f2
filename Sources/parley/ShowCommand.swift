import ArgumentParser
import Foundation
import InterviewKit
import Reader
import TerminalUI

/// `parley show ID`: one interview as readable text or as JSON.
struct ShowCommand: ParsableCommand, UsesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one interview.",
        discussion: """
            The text is rendered from its Markdown: emphasis, strong and code styled on a \
            terminal (plain in a pipe), a link as its text followed by <url>. --raw prints the \
            Markdown as written. The --json form is described in docs/FORMAT.md. An id that no \
            interview has is an error (exit status 2).
            """
    )

    @OptionGroup(title: "Global options") var libraryOptions: LibraryOptions

    @Argument(help: "The interview's id (see `parley list`).", completion: InterviewIDs.completion)
    var id: String

    @Flag(help: "Print the interview as one JSON object.")
    var json = false

    @Flag(help: "Print the text's Markdown as written instead of rendering it.")
    var raw = false

    func run() throws {
        // The catalogue says which file holds the id; only that file is parsed.
        let catalogue = try CatalogueAccess.fresh(try libraryOptions.folder())
        guard let interview = try catalogue.interview(id: id) else {
            try catalogue.problems().forEach { Console.error("warning: \($0)") }
            throw CommandFailure("\(id): no interview has this id", hint: "`parley list` shows the ids")
        }
        if json {
            try Console.printJSON(interview)
        } else {
            let references = InterviewMarkdown.references(in: interview)
            let ansi = Console.colorAllowed
            func body(_ markdown: String) -> String {
                if raw { return Console.text(markdown) }
                return StyledOutput.format(InlineMarkdown.render(markdown, references: references), ansi: ansi, linkTargets: true, lines: .kept)
            }
            print(PlainText.render(interview, emphasis: Console.bold, body: body))
        }
    }
}
