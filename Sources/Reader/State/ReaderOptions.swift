import TerminalUI

/// What `parley read` (from the config file) chooses about the reader: the key bindings, the
/// look, and how wide text is set.
public struct ReaderOptions: Sendable {
    public var keymap: Keymap
    public var theme: Theme
    /// The widest a line of text in the detail pane may be, in columns (nil: the pane's width).
    public var readingWidth: Int?
    /// The most hits a search shows.
    public var searchLimit: Int

    public static let defaultReadingWidth = 88
    public static let defaultSearchLimit = 200

    public init(keymap: Keymap = .standard, theme: Theme = .standard, readingWidth: Int? = ReaderOptions.defaultReadingWidth,
                searchLimit: Int = ReaderOptions.defaultSearchLimit) {
        self.keymap = keymap
        self.theme = theme
        self.readingWidth = readingWidth
        self.searchLimit = searchLimit
    }
}
