import ArgumentParser
import ParleyConfig

/// `parley config`: the configuration in effect, as a config file would write it.
struct ConfigCommand: ParsableCommand, UsesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the configuration in effect as TOML (--default: a commented template of the defaults).",
        discussion: """
            The config file is $XDG_CONFIG_HOME/parley/config.toml (~/.config/parley/config.toml). \
            Problems in it are listed on standard error as FILE:LINE: what is wrong, and the command \
            then exits with 2 after printing; what they concern keeps its default. \
            `parley config --default > ~/.config/parley/config.toml` starts a config file.
            """
    )

    @Flag(help: "Print every setting at its default, each with a comment on what it does, instead of the file's.")
    var `default` = false

    @OptionGroup(title: "Global options") var libraryOptions: LibraryOptions

    func run() throws {
        if `default` {
            print(ConfigWriter.render(.defaults, as: .template), terminator: "")
            return
        }
        let loaded = UserConfig.loaded
        print(ConfigWriter.render(loaded.configuration, as: .effective(source: loaded.exists ? Console.safe(loaded.url.path) : nil)),
              terminator: "")
        if !loaded.problems.isEmpty { throw ExitCode(2) }
    }
}
