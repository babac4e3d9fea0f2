import Foundation
import InterviewKit
import ParleyConfig

/// The user's config file (`$XDG_CONFIG_HOME/parley/config.toml`), read once per run.
///
/// Its problems are said on standard error the first time any command uses it, each as
/// `parley: FILE:LINE: what is wrong`; what they concern keeps its default and the command goes
/// on. Command-line options win over it: each option's own code asks here only for what the
/// option left unset.
enum UserConfig {
    static let loaded: ConfigFile.Loaded = {
        let loaded = ConfigFile.load()
        for problem in loaded.problems { Console.error("parley: " + problem) }
        return loaded
    }()

    static var current: Configuration { loaded.configuration }

    /// The bookmarks file: `--bookmarks`, else the config file's `bookmarks`, else
    /// `$XDG_DATA_HOME/parley/bookmarks.json`.
    static func bookmarksURL(option: String?) -> URL {
        if let option { return URL(fileURLWithPath: option) }
        return current.bookmarksURL() ?? BookmarkStore.defaultURL()
    }
}
