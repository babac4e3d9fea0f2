import ArgumentParser

/// The `parley` command: the reader when run on a terminal, and subcommands for scripts.
@main
struct Parley: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read, search and bookmark interviews in the terminal.",
        discussion: """
            The library is --library DIR, else $PARLEY_LIBRARY, else $XDG_DATA_HOME/parley/interviews \
            when it exists, else the bundled sample library.
            """,
        subcommands: [
            ReadCommand.self, ListCommand.self, ShowCommand.self, ImportCommand.self, SearchCommand.self, IndexCommand.self,
            BookmarksCommand.self, CheckCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )
}
