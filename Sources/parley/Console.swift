import Foundation
import TerminalUI

/// Where command output goes, and whether it may carry colour.
///
/// Output that is not a terminal, or any output when `NO_COLOR` is set, carries no escape codes.
enum Console {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    static var colorAllowed: Bool {
        stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// Writes a line to standard error (messages, warnings, progress), never to standard output.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func bold(_ text: String) -> String {
        colorAllowed ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    /// Writes JSON for one value on one line.
    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

extension Console {
    /// Text from files is untrusted: control characters are made visible (`^[` for ESC), by the
    /// same sanitiser the reader draws with, so no escape sequence reaches the terminal raw.
    static func safe(_ text: String) -> String {
        Sanitizer.clean(text, keepNewlines: true)
    }
}
