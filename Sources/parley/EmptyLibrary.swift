import Foundation
import InterviewKit
import TerminalUI

/// What `list` and `check` say about a folder with no interviews in it, instead of printing
/// nothing: a new library, a typo in `--library`, or a folder of transcripts not yet imported.
enum EmptyLibrary {
    /// `parley list` on a folder with no interviews: the answer is "none" (exit status 1), said
    /// on standard error with how to fill it.
    static func failure(_ folder: URL) -> CommandFailure {
        CommandFailure("no interviews in \(folder.path)", hint: hint(for: folder), status: .nothingFound)
    }

    /// `parley check` on a folder without interview files: there is nothing it could check, so
    /// the folder is not what was meant (exit status 2).
    static func nothingToCheck(_ folder: URL) -> CommandFailure {
        CommandFailure("\(folder.path): no interview files (*.\(InterviewFormat.fileExtension)) to check", hint: hint(for: folder))
    }

    /// Import the transcripts when the folder holds some, otherwise where interview files come
    /// from. Only the folder itself is looked at, not below it, so the hint costs one listing.
    static func hint(for folder: URL) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let transcripts = names.filter { name in
            !name.hasPrefix(".") && TranscriptFiles.extensions.contains((name as NSString).pathExtension.lowercased())
        }
        if !transcripts.isEmpty {
            return "it holds \(Counted.of(transcripts.count, "transcript file")); `parley import \(folder.path) --output DIR` turns them into interview files"
        }
        return "interview files are made by `parley import FILE --output DIR`; pass --library DIR to use another folder"
    }
}
