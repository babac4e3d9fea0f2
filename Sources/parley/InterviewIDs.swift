import ArgumentParser
import Foundation
import InterviewKit

/// Shell completion of interview ids (`parley show <TAB>`), run by the completion scripts when
/// the user presses tab.
///
/// It offers the names of the library's interview files, which `parley import` names after the
/// ids: one folder listing, no file read, so a tab stays quick on a library of thousands.
enum InterviewIDs {
    static let completion = CompletionKind.custom { words, _, prefix in
        candidates(words: words, prefix: prefix)
    }

    /// The ids starting with `prefix` in the library the command line names (`--library DIR`
    /// among `words`), else the default library.
    static func candidates(words: [String], prefix: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        let options = (try? LibraryOptions.parse(libraryArguments(in: words))) ?? LibraryOptions()
        guard let folder = try? options.folder(environment: environment),
              let files = try? Library.interviewFiles(in: folder) else { return [] }
        return files.map { $0.deletingPathExtension().lastPathComponent }.filter { $0.hasPrefix(prefix) }
    }

    /// Just the `--library DIR` or `--library=DIR` of a command line, for parsing on their own.
    static func libraryArguments(in words: [String]) -> [String] {
        for (index, word) in words.enumerated() {
            if word.hasPrefix("--library=") { return [word] }
            if word == "--library", index + 1 < words.count { return [word, words[index + 1]] }
        }
        return []
    }
}
