import ArgumentParser

/// The command line as ArgumentParser is given it, with the global options moved after the
/// command's name, so `parley --library DIR list` means `parley list --library DIR`, as with git
/// or cargo. ArgumentParser only reads a command's options after the command's name.
struct GlobalArguments {
    /// The arguments to parse.
    var arguments: [String]
    /// The command named (`["bookmarks", "add"]`); empty for the reader, the default.
    var commandPath: [String]
    /// A first word that names no command (`parley foo`): without this check ArgumentParser
    /// would hand it to the default command and complain about an unexpected argument there.
    var unknownCommand: String?

    /// Options that take a value (`--library DIR` or `--library=DIR`).
    static let valued: Set<String> = ["--library", "--bookmarks", "--color"]
    /// Options that take none.
    static let flags: Set<String> = ["--no-color"]

    init(_ raw: [String], root: ParsableCommand.Type) {
        var moved: [String] = []
        var index = 0
        // Global options before the first other word are taken out…
        while index < raw.count {
            let token = raw[index]
            let name = String(token.prefix { $0 != "=" })
            if Self.flags.contains(token) {
                moved.append(token)
            } else if Self.valued.contains(name) {
                moved.append(token)
                if name == token, index + 1 < raw.count {
                    index += 1
                    moved.append(raw[index])
                }
            } else {
                break
            }
            index += 1
        }
        let rest = Array(raw[index...])
        // …and put back after the command's name, however deep (`bookmarks note`).
        var command = root
        var depth = 0
        var path: [String] = []
        while depth < rest.count,
              let next = command.configuration.subcommands.first(where: { $0._commandName == rest[depth] }) {
            path.append(rest[depth])
            command = next
            depth += 1
        }
        commandPath = path
        let first = rest.first
        unknownCommand = path.isEmpty && first.map { !$0.hasPrefix("-") && $0 != "help" } == true ? first : nil
        // `parley --no-color help list`: help has no use for them, and its parser no place.
        arguments = rest.first == "help" ? rest : Array(rest[..<depth]) + moved + Array(rest[depth...])
    }
}
