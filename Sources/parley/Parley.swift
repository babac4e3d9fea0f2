import ArgumentParser

/// The `parley` command. This branch's root only lists the bookmark commands; the full root with
/// the reader and the other subcommands replaces it on merge.
@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "A terminal reader for interviews.",
        subcommands: [BookmarksCommand.self]
    )
}
