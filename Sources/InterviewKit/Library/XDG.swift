import Foundation

/// The XDG base directories, so Parley's data and cache live where the user expects them.
public enum XDG {
    public static func dataHome(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        base(environment["XDG_DATA_HOME"], fallback: ".local/share", environment)
    }

    public static func cacheHome(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        base(environment["XDG_CACHE_HOME"], fallback: ".cache", environment)
    }

    /// Where state that should survive a restart but is not worth backing up goes (the
    /// reader's positions): `$XDG_STATE_HOME`, else `~/.local/state`.
    public static func stateHome(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        base(environment["XDG_STATE_HOME"], fallback: ".local/state", environment)
    }

    /// Where the user's settings live (`parley/config.toml` under it).
    public static func configHome(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        base(environment["XDG_CONFIG_HOME"], fallback: ".config", environment)
    }

    private static func base(_ value: String?, fallback: String, _ environment: [String: String]) -> URL {
        // The spec says relative paths are invalid and must be ignored.
        if let value, value.hasPrefix("/") { return URL(fileURLWithPath: value) }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(fallback)
    }
}
