import ArgumentParser

/// `--color=auto|always|never`: whether command output carries colour and styles.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// On a terminal, unless `NO_COLOR` is set (https://no-color.org).
    case auto
    case always
    case never
}
