import ArgumentParser
import Foundation
import TerminalUI

/// The `parley` command: the reader when run on a terminal, and subcommands for scripts.
@main
struct Parley: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read, search and bookmark interviews in the terminal.",
        discussion: """
            The library is --library DIR, else $PARLEY_LIBRARY, else `library` in the config file, else \
            $XDG_DATA_HOME/parley/interviews when it exists, else the bundled sample library.
            Settings, colours and keys: $XDG_CONFIG_HOME/parley/config.toml (see `parley config --default`).
            """,
        subcommands: [
            ReadCommand.self, ListCommand.self, ShowCommand.self, ImportCommand.self, SearchCommand.self, IndexCommand.self,
            BookmarksCommand.self, CheckCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// Runs the command as ArgumentParser would, except that an error's message goes through the
    /// sanitiser: errors name files and echo arguments, and those may carry escape sequences.
    static func main() async {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            fail(error, in: Self.self)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            fail(error, in: Self.self)
        }
    }

    /// Ends the process for `error` as `command` would report it (usage included), with the
    /// message sanitised; help and clean exits go through ArgumentParser unchanged.
    private static func fail(_ error: Error, in command: ParsableCommand.Type) -> Never {
        let code = command.exitCode(for: error)
        let message = command.fullMessage(for: error)
        guard code != .success, !message.isEmpty else { command.exit(withError: error) }
        FileHandle.standardError.write(Data((Sanitizer.clean(message, keepNewlines: true) + "\n").utf8))
        Foundation.exit(code.rawValue)
    }
}
