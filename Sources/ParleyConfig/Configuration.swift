import Foundation
import Reader
import TerminalUI

/// Everything a config file sets, with the defaults where it says nothing.
///
/// ParleyConfig is its own target, above Reader and below the `parley` executable: the model
/// (InterviewKit) and the view (TerminalUI) stay free of TOML and of each other, the reader
/// takes the resulting `Keymap`, `Theme` and reading width as plain inputs, and `parley`
/// applies its command-line options over these values (an option always wins).
public struct Configuration: Hashable, Sendable {
    /// When the reader uses colours: `auto` follows the terminal and `NO_COLOR`.
    public enum ColorMode: String, CaseIterable, Sendable {
        case auto, always, never

        /// What the terminal backend is asked for: nil lets it decide (`NO_COLOR`, the terminal).
        public var requested: Bool? {
            switch self {
            case .auto: nil
            case .always: true
            case .never: false
            }
        }
    }

    /// The library folder as written (`~/interviews` or an absolute path); nil leaves the
    /// choice to `$PARLEY_LIBRARY` and the data folder.
    public var library: String?
    /// The bookmarks file as written; nil is `$XDG_DATA_HOME/parley/bookmarks.json`.
    public var bookmarks: String?
    /// The widest the reader's text runs, in columns; 0 is the pane's whole width.
    public var readingWidth: Int
    public var color: ColorMode
    public var themeName: ThemeName
    /// The named theme with the `[colors]` of the file laid over it.
    public var theme: Theme
    public var keymap: Keymap

    public static let defaultReadingWidth = 88
    /// Narrower than this, a column of text is more margin than words.
    public static let readingWidths = 20...1000

    public static let defaults = Configuration(
        library: nil, bookmarks: nil, readingWidth: defaultReadingWidth, color: .auto,
        themeName: .standard, theme: .standard, keymap: .standard
    )

    /// The reading width as the reader takes it: nil for the whole pane.
    public var readerWidth: Int? {
        readingWidth == 0 ? nil : readingWidth
    }

    /// The home folder `~` stands for: `$HOME`, as the shell has it.
    public static var home: String {
        ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// The library folder, `~` expanded against `home`; nil when the file sets none.
    public func libraryURL(home: String = Configuration.home) -> URL? {
        library.map { URL(fileURLWithPath: Self.expandingTilde($0, home: home)) }
    }

    /// The bookmarks file, `~` expanded against `home`; nil when the file sets none.
    public func bookmarksURL(home: String = Configuration.home) -> URL? {
        bookmarks.map { URL(fileURLWithPath: Self.expandingTilde($0, home: home)) }
    }

    static func expandingTilde(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst() }
        return path
    }
}
