import Foundation
import ParleyConfig
import TerminalUI

/// Where command output goes, whether it may carry colour, and how untrusted text is made safe
/// for it.
///
/// Output that is not a terminal, or any output when `NO_COLOR` is set, carries no escape codes.
/// Text from files (titles, names, file names, error messages naming them) is untrusted: it goes
/// through ``Sanitizer``, the same one the reader draws with, so no escape sequence, line
/// separator or bidi control reaches the output raw and no field can print a line of its own.
enum Console {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// `--color` as the command line gave it (`configure`, by `Parley.main`, before any command runs).
    nonisolated(unsafe) private(set) static var colorChoice = Configuration.ColorMode.auto

    /// Whether standard output may carry escape codes. Decided in `configure`, once: `bold` asks
    /// for every line of a list, and deciding cost a system call and a copy of the environment.
    nonisolated(unsafe) private(set) static var colorAllowed = allowsColor(.auto)

    static func configure(color: Configuration.ColorMode) {
        colorChoice = color
        colorAllowed = allowsColor(color)
    }

    /// `always`, or `auto` on a terminal when `NO_COLOR` is unset or empty.
    private static func allowsColor(_ color: Configuration.ColorMode) -> Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto: stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        }
    }

    /// Writes one line to standard error (messages, warnings, progress), never to standard
    /// output. The whole message is sanitised as one line: messages name files, and a file name
    /// may hold anything but `/` and NUL.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((Sanitizer.line(message) + "\n").utf8))
    }

    static func bold(_ text: String) -> String {
        colorAllowed ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    /// Untrusted text as one line of output (`Sanitizer.line`).
    static func safe(_ text: String) -> String {
        Sanitizer.line(text)
    }

    /// Untrusted text of several lines (a paragraph): line breaks kept, every other unsafe
    /// character shown visibly.
    static func text(_ text: String) -> String {
        Sanitizer.clean(text, keepNewlines: true)
    }

    /// A file's text for standard output: as it is when it goes to a file or a pipe (it is data
    /// there), sanitised with its line breaks kept when a person reads it on a terminal.
    static func page(_ text: String) -> String {
        stdoutIsTerminal ? Console.text(text) : text
    }

    /// One value as one line of JSON, with keys sorted and every unsafe scalar escaped
    /// (`Sanitizer.escapingJSON`).
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Sanitizer.escapingJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Writes JSON for one value on one line.
    static func printJSON(_ value: some Encodable) throws {
        print(try json(value))
    }
}
