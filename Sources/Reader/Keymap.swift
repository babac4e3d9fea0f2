import TerminalUI

/// The one table that maps keys to actions. Nothing else in Parley interprets keys.
///
/// The help overlay is generated from `bindings`, so it cannot drift from what the keys do.
public struct Keymap: Sendable {
    /// Which table applies: the search line takes printable keys as text.
    public enum Mode: Hashable, Sendable { case normal, searchLine }

    public struct Binding: Hashable, Sendable {
        public var keys: [Key]
        public var action: Action
        public var help: String
    }

    public var bindings: [Binding]
    public var searchLineBindings: [Binding]

    public static let standard = Keymap(
        bindings: [
            Binding(keys: [.char("j"), .down], action: .moveDown, help: "move down / scroll down"),
            Binding(keys: [.char("k"), .up], action: .moveUp, help: "move up / scroll up"),
            Binding(keys: [.char("g"), .home], action: .top, help: "go to the top"),
            Binding(keys: [.char("G"), .end], action: .bottom, help: "go to the bottom"),
            Binding(keys: [.ctrl("d"), .pageDown], action: .pageDown, help: "page down"),
            Binding(keys: [.ctrl("u"), .pageUp], action: .pageUp, help: "page up"),
            Binding(keys: [.enter, .char("l"), .right], action: .open, help: "open"),
            Binding(keys: [.char("h"), .left, .escape], action: .back, help: "back"),
            Binding(keys: [.tab, .backTab], action: .switchPane, help: "switch pane"),
            Binding(keys: [.char("]")], action: .nextQuestion, help: "next question"),
            Binding(keys: [.char("[")], action: .previousQuestion, help: "previous question"),
            Binding(keys: [.char("/")], action: .search, help: "search the library"),
            Binding(keys: [.char("n")], action: .nextMatch, help: "next match"),
            Binding(keys: [.char("N")], action: .previousMatch, help: "previous match"),
            Binding(keys: [.char("b")], action: .toggleBookmark, help: "bookmark / unbookmark the answer"),
            Binding(keys: [.char("B")], action: .showBookmarks, help: "all bookmarks"),
            Binding(keys: [.char("?")], action: .toggleHelp, help: "this help"),
            Binding(keys: [.char("q")], action: .quit, help: "quit"),
        ],
        searchLineBindings: [
            Binding(keys: [.enter], action: .open, help: "open the selected result"),
            Binding(keys: [.escape], action: .leaveSearchLine, help: "leave the search line"),
            Binding(keys: [.backspace, .delete], action: .deleteBackward, help: "delete"),
            Binding(keys: [.down, .ctrl("n")], action: .moveDown, help: "next result"),
            Binding(keys: [.up, .ctrl("p")], action: .moveUp, help: "previous result"),
            Binding(keys: [.pageDown], action: .pageDown, help: "page down"),
            Binding(keys: [.pageUp], action: .pageUp, help: "page up"),
        ]
    )

    /// The action for an input event, or nil when the key means nothing here.
    public func action(for event: InputEvent, mode: Mode) -> Action? {
        switch event {
        case .resize(let size):
            return .resize(width: size.width, height: size.height)
        case .mouse(let x, let y, let kind):
            switch kind {
            case .click: return .click(column: x, row: y)
            case .wheelUp: return .scroll(lines: -3, column: x, row: y)
            case .wheelDown: return .scroll(lines: 3, column: x, row: y)
            }
        case .key(let key):
            switch mode {
            case .normal:
                return bindings.first { $0.keys.contains(key) }?.action
            case .searchLine:
                if let binding = searchLineBindings.first(where: { $0.keys.contains(key) }) { return binding.action }
                if case .char(let character) = key { return .insert(character) }
                return nil
            }
        }
    }

    /// Every binding as the help overlay lists it.
    public var helpEntries: [HelpEntry] {
        bindings.map { HelpEntry(keys: $0.keys.map(Self.name).joined(separator: " "), description: $0.help) }
            + [HelpEntry(keys: "", description: "")]
            + searchLineBindings.map {
                HelpEntry(keys: $0.keys.map(Self.name).joined(separator: " "), description: "search line: " + $0.help)
            }
            + [HelpEntry(keys: "mouse", description: "wheel scrolls the pane under it; click selects")]
    }

    /// How a key is written in help and hints.
    public static func name(_ key: Key) -> String {
        switch key {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        }
    }

    /// The keys bound to an action, for short hints in the status bar.
    public func keys(for action: Action) -> String {
        bindings.first { $0.action == action }.map { $0.keys.prefix(1).map(Self.name).joined() } ?? ""
    }
}
