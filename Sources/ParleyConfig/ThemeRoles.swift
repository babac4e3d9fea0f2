import TerminalUI

/// The parts of the screen a config file can colour, by their kebab-case names in `[colors]`.
/// The names are stable: configs refer to them.
public enum ThemeRoles {
    public struct Role: Sendable {
        public let name: String
        public let about: String
        let path: WritableKeyPath<Theme, Style> & Sendable

        public func style(in theme: Theme) -> Style {
            theme[keyPath: path]
        }
    }

    public static let all: [Role] = [
        Role(name: "text", about: "body text", path: \.text),
        Role(name: "border", about: "pane borders", path: \.border),
        Role(name: "focused-border", about: "the border of the pane keys go to", path: \.focusedBorder),
        Role(name: "title", about: "pane titles", path: \.title),
        Role(name: "selection", about: "the selected row of the focused list", path: \.selection),
        Role(name: "inactive-selection", about: "the selected row of a list without focus", path: \.inactiveSelection),
        Role(name: "secondary", about: "dates, counts, turn times", path: \.secondary),
        Role(name: "mark", about: "the ★ of a bookmark", path: \.mark),
        Role(name: "heading", about: "section headings", path: \.heading),
        Role(name: "speaker", about: "speaker names", path: \.speaker),
        Role(name: "match", about: "search matches", path: \.match),
        Role(name: "current-match", about: "the match n/N went to", path: \.currentMatch),
        Role(name: "status-bar", about: "the bottom line", path: \.statusBar),
        Role(name: "input-cursor", about: "the cursor on the search line", path: \.inputCursor),
        Role(name: "emphasis", about: "*emphasis* in text", path: \.emphasis),
        Role(name: "strong", about: "**strong** text", path: \.strong),
        Role(name: "code", about: "`code` in text", path: \.code),
        Role(name: "link", about: "links", path: \.link),
    ]

    public static func role(named name: String) -> Role? {
        all.first { $0.name == name }
    }
}

/// The built-in themes a config file starts from (`theme = "high-contrast"`); `[colors]`
/// changes single roles on top.
public enum ThemeName: String, CaseIterable, Sendable {
    /// Colours as decoration, every meaning also carried by an attribute, so it reads the same
    /// under `NO_COLOR` (which turns colours off, as `color = "never"` does).
    case standard = "default"
    case highContrast = "high-contrast"

    public var theme: Theme {
        switch self {
        case .standard: .standard
        case .highContrast: .highContrast
        }
    }
}
