import Foundation
import InterviewKit

/// The user's config file: where it is, and reading it without ever failing.
public enum ConfigFile {
    /// A config file is a page of settings; anything larger is not one, and is not read.
    public static let sizeLimit = 1 << 20

    /// `$XDG_CONFIG_HOME/parley/config.toml` (`~/.config/parley/config.toml` by default).
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        XDG.configHome(environment).appendingPathComponent("parley/config.toml")
    }

    /// What loading gave: the configuration to use, and the problems as `PATH:LINE: message`.
    public struct Loaded: Sendable {
        public var configuration: Configuration
        public var problems: [String]
        public var url: URL
        /// False when there is no file: the defaults, and nothing to report.
        public var exists: Bool
    }

    /// The configuration in the file at `url`: the defaults where it is missing, unreadable or
    /// wrong, and everything that is right in it applied.
    public static func load(from url: URL = defaultURL()) -> Loaded {
        let data: Data
        do {
            data = try BoundedFile.read(url.path, limit: sizeLimit)
        } catch .missing {
            return Loaded(configuration: .defaults, problems: [], url: url, exists: false)
        } catch {
            let reason = if case .tooLarge(let bytes) = error {
                "it is \(BoundedFile.size(bytes, over: sizeLimit)), and a config file is at most \(sizeLimit >> 20) MB"
            } else {
                error.reason
            }
            return Loaded(configuration: .defaults, problems: ["\(url.path): not read: \(reason); the defaults are used"],
                          url: url, exists: true)
        }
        let (configuration, problems) = ConfigParser.parse(data)
        return Loaded(configuration: configuration, problems: problems.map { $0.located(in: url.path) }, url: url, exists: true)
    }
}
