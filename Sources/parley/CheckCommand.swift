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
        let library = try Library.load(from: url)
        if library.interviews.isEmpty, library.problems.isEmpty { throw EmptyLibrary.nothingToCheck(url) }
        var problems = library.problems
        for interview in library.interviews {
            let path = library.files[interview.id]?.path ?? interview.id
            problems += interview.validate().map { LibraryProblem(file: path, line: 1, kind: .invalid($0)) }
            if let data = FileManager.default.contents(atPath: path),
               String(decoding: data, as: UTF8.self) != InterviewFormat.write(interview) {
                Console.error("note: \(path) is valid but not in canonical layout; `parley import` or a save rewrites it")
            }
        }
        problems.forEach { Console.error($0.description) }
        print("\(Counted.of(library.interviews.count, "interview")) checked, \(Counted.of(problems.count, "problem"))")
        if !problems.isEmpty { throw ExitStatus.nothingFound.code }
    }
}
