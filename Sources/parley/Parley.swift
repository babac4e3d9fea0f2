import ArgumentParser
import Foundation
import InterviewKit
import TerminalUI

/// The `parley` command: the reader when run on a terminal, and subcommands for scripts.
@main
struct Parley: AsyncParsableCommand {
    /// This build's version, for `parley --version`.
    static let version = "0.13.0"

    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read, search and bookmark interviews in the terminal.",
        discussion: """
            The library is --library DIR, else $PARLEY_LIBRARY, else `library` in the config file, else \
            $XDG_DATA_HOME/parley/interviews when it exists, else the bundled sample library. \
            Settings, colours and keys: $XDG_CONFIG_HOME/parley/config.toml (see `parley config --default`). \
            The global options --library, --bookmarks, --color and --no-color may come before or \
            after the command's name.

            \(ExitStatus.summary)

            \(HelpTopic.listing)
            """,
        version: version,
        subcommands: [
            ReadCommand.self, ListCommand.self, ShowCommand.self, ImportCommand.self, SearchCommand.self, IndexCommand.self,
            BookmarksCommand.self, CheckCommand.self, ExportCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// Runs the command as ArgumentParser would, except that: global options may come before the
    /// command's name; every failure is reported as `parley: WHAT: WHY` with a hint and exits
    /// with the status `ExitStatus` promises (ArgumentParser's 64 for a usage mistake becomes
    /// 2); `parley help TOPIC` prints a topic; and every message goes through the sanitiser,
    /// since errors name files and echo arguments, which may carry escape sequences.
    static func main() async {
        let global = GlobalArguments(Array(CommandLine.arguments.dropFirst()), root: Self.self)
        let name = global.commandPath.joined(separator: " ")
        if let word = global.unknownCommand {
            fail(CommandFailure("\(word): not a parley command", hint: "`parley help` lists the commands"), command: "")
        }
        do {
            if try HelpTopic.answer(global.arguments, commands: configuration.subcommands) { return }
        } catch {
            fail(error, command: "help")
        }
        var command: ParsableCommand
        do {
            command = try parseAsRoot(global.arguments)
        } catch {
            fail(error, command: name)
        }
        if let options = globalOptions(of: command) {
            Console.configure(color: options.colorChoice)
            // Programs started from here (the reader's terminal in auto mode, $EDITOR) see it too.
            if options.colorChoice == .never { setenv("NO_COLOR", "1", 1) }
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            fail(error, command: name)
        }
    }

    /// The global options `command` was given, if it takes them. Nonisolated, so the cast finds
    /// only the commands' plain conformances and `command` can still be sent to `run` after.
    nonisolated private static func globalOptions(of command: ParsableCommand) -> LibraryOptions? {
        (command as? UsesGlobalOptions)?.libraryOptions
    }

    /// Ends the process for `error` raised by `command` (`search`, `bookmarks add`): help, the
    /// version and clean exits as ArgumentParser prints them, everything else as
    /// `parley: WHAT: WHY` and a hint.
    private static func fail(_ error: Error, command: String) -> Never {
        if let failure = error as? CommandFailure {
            failure.lines(command: command).forEach(Console.error)
            Foundation.exit(failure.status.rawValue)
        }
        if let exit = error as? ExitCode {
            // The command has said what went wrong already.
            Foundation.exit(exit == .validationFailure ? ExitStatus.error.rawValue : exit.rawValue)
        }
        let code = exitCode(for: error)
        let message = message(for: error)
        // Help, the version: printed as ArgumentParser prints them, on standard output.
        guard code != .success, !message.isEmpty else { exit(withError: error) }
        // A usage mistake (ArgumentParser's 64), or any other error a command let through: both
        // are input the command could not work with.
        let usage = code == .validationFailure
        let failure = CommandFailure(
            Self.lowercasingFirst(message),
            hint: usage ? "`parley \(command.isEmpty ? "" : command + " ")--help` says how to use it" : Self.hint(for: error)
        )
        failure.lines(command: command).forEach { Console.error($0) }
        Foundation.exit(failure.status.rawValue)
    }

    /// What to do about an error that is not a `CommandFailure`, when there is something to say.
    private static func hint(for error: Error) -> String? {
        guard error is LibraryError else { return nil }
        return "pass --library DIR (a folder of interview files) or set PARLEY_LIBRARY; `parley help library` says where Parley looks"
    }

    /// `Missing value` → `missing value`: the message follows `parley: WHAT: `.
    private static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase ?? false else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

/// A command that takes the global options, so `main` can apply `--color` before it runs.
protocol UsesGlobalOptions {
    var libraryOptions: LibraryOptions { get }
}
