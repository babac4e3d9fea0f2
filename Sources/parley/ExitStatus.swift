import ArgumentParser

/// The exit-code contract every `parley` command keeps, written once here and shown in
/// `parley --help`, `parley help exit-codes` and the README.
///
/// Like grep: a script can tell "it worked", "it worked and the answer is none" and "it could not
/// run" apart without reading any message.
enum ExitStatus: Int32 {
    /// The command did what was asked and found something.
    case success = 0
    /// The command ran, and the answer is "none": a search without hits, an empty library or
    /// bookmark list, nothing to export, problems found by `check`.
    case nothingFound = 1
    /// The command could not do what was asked: a usage mistake (an unknown option or command,
    /// a missing or bad value), input that is wrong (no such folder, interview id or file, a file
    /// that cannot be imported), or a file that could not be read or written.
    case error = 2

    var code: ExitCode { ExitCode(rawValue) }

    /// The contract in a few lines, for `--help` and `parley help exit-codes`.
    static let summary = """
        Exit status: 0 when the command did what was asked; 1 when it ran and the answer is \
        "none" or "no" (search found nothing, the library or the bookmark list is empty, export \
        had nothing new to write, check found problems in the files); 2 on error: a usage \
        mistake (an unknown command or option, a bad value), input that is wrong (a folder, file \
        or interview id that is not there, a file that cannot be imported), or a file that could \
        not be read or written. Errors go to standard error as `parley: WHAT: WHY`, with a hint on the next line.
        """
}
