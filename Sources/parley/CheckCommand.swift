import ArgumentParser
import Foundation
import InterviewKit
import TerminalUI

/// `parley check [DIR]`: validates canonical files and says where each problem is.
struct CheckCommand: ParsableCommand, UsesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the canonical interview files in a folder.",
        discussion: """
            Exits 1 when any file has a problem; each is reported as FILE:LINE: what was expected. \
            A folder with no interview files to check is an error (exit status 2).
            """
    )

    @Argument(help: "The folder to check (default: the library).", completion: .directory)
    var folder: String?

    @OptionGroup(title: "Global options") var libraryOptions: LibraryOptions

    func run() throws {
        let url = try folder.map { URL(fileURLWithPath: $0) } ?? libraryOptions.folder()
        // Every file is validated, but each only once per change: the catalogue keeps what the
        // last reading of a file found, and reads again exactly the files that changed.
        let check = try CatalogueAccess.fresh(url).check()
        if check.interviews == 0, check.problems.isEmpty { throw EmptyLibrary.nothingToCheck(url) }
        for path in check.notCanonical {
            Console.error("note: \(path) is valid but not in canonical layout; `parley import` or a save rewrites it")
        }
        let problems = check.problems
        problems.forEach { Console.error($0.description) }
        print("\(Counted.of(check.interviews, "interview")) checked, \(Counted.of(problems.count, "problem"))")
        if !problems.isEmpty { throw ExitStatus.nothingFound.code }
    }
}
