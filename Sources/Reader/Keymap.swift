import TerminalUI

/// The one table that maps keys to actions. Nothing else in Parley interprets keys.
///
/// The help overlay is generated from `bindings`, so it cannot drift from what the keys do.
public struct Keymap: Hashable, Sendable {
    /// Which table applies: the search line takes printable keys as text.
    public enum Mode: Hashable, Sendable { case normal, searchLine }

    /// One binding: its stable name (what a config file calls it), its keys, what it does, the
    /// help line, and the word the status bar's hints use for it (nil: the help line).
    public struct Binding: Hashable, Sendable {
        /// The binding's stable kebab-case name (`move-down`), unique within its mode: what a
        /// config file writes to rebind it. Never renamed once released, or configs break.
        public var name: String
        public var keys: [Key]
        public var action: Action
        public var help: String
        public var hint: String?

        public init(name: String, keys: [Key], action: Action, help: String, hint: String? = nil) {
            self.name = name
            self.keys = keys
            self.action = action
            self.help = help
            self.hint = hint
        }
    }

    public var bindings: [Binding]
    public var searchLineBindings: [Binding]

    public static let standard = Keymap(
        bindings: [
            Binding(name: "move-down", keys: [.char("j"), .down], action: .moveDown, help: "move down / scroll down"),
            Binding(name: "move-up", keys: [.char("k"), .up], action: .moveUp, help: "move up / scroll up"),
            Binding(name: "top", keys: [.char("g"), .home], action: .top, help: "go to the top"),
            Binding(name: "bottom", keys: [.char("G"), .end], action: .bottom, help: "go to the bottom"),
            Binding(name: "page-down", keys: [.ctrl("d"), .pageDown], action: .pageDown, help: "page down"),
            Binding(name: "page-up", keys: [.ctrl("u"), .pageUp], action: .pageUp, help: "page up"),
            Binding(name: "open", keys: [.enter, .char("l"), .right], action: .open, help: "open"),
            Binding(name: "back", keys: [.char("h"), .left, .escape], action: .back, help: "back"),
            Binding(name: "switch-pane", keys: [.tab, .backTab], action: .switchPane, help: "switch pane"),
            Binding(name: "next-question", keys: [.char("]")], action: .nextQuestion, help: "next question"),
            Binding(name: "previous-question", keys: [.char("[")], action: .previousQuestion, help: "previous question"),
            Binding(name: "next-answer", keys: [.char("}")], action: .nextAnswer, help: "next answer (the one b acts on)"),
            Binding(name: "previous-answer", keys: [.char("{")], action: .previousAnswer, help: "previous answer"),
            Binding(name: "next-by-same-speaker", keys: [.char(">")], action: .nextBySameSpeaker, help: "next answer by the same speaker"),
            Binding(name: "read-on", keys: [.char(" ")], action: .readOn, help: "page on, into the next question at the end"),
            Binding(name: "copy-answer", keys: [.char("y")], action: .copyAnswer, help: "copy the answer with its citation"),
            Binding(name: "open-media", keys: [.char("o")], action: .openMedia, help: "open the answer's link, else its media or the source"),
            Binding(name: "search", keys: [.char("/")], action: .search, help: "search the library", hint: "search"),
            Binding(name: "filter", keys: [.char("f")], action: .filter, help: "filter the list as you type (title, people, tags, date)", hint: "filter"),
            Binding(name: "sort", keys: [.char("s")], action: .sort, help: "sort the list: title, date, recently read", hint: "sort"),
            Binding(name: "next-match", keys: [.char("n")], action: .nextMatch, help: "next match"),
            Binding(name: "previous-match", keys: [.char("N")], action: .previousMatch, help: "previous match"),
            Binding(name: "toggle-bookmark", keys: [.char("b")], action: .toggleBookmark, help: "bookmark / unbookmark the answer", hint: "bookmark"),
            Binding(name: "show-bookmarks", keys: [.char("B")], action: .showBookmarks, help: "all bookmarks", hint: "bookmarks"),
            Binding(name: "edit-note", keys: [.char("a")], action: .editNote,
                    help: "bookmarks list: write the bookmark's note", hint: "note"),
            Binding(name: "export-bookmarks", keys: [.char("e")], action: .exportBookmarks,
                    help: "bookmarks list: export them as Markdown quotes", hint: "exports"),
            Binding(name: "toggle-help", keys: [.char("?")], action: .toggleHelp, help: "this help", hint: "help"),
            Binding(name: "quit", keys: [.char("q")], action: .quit, help: "up one level; at the top, quit", hint: "back"),
            Binding(name: "quit-now", keys: [.char("Q")], action: .quitNow, help: "quit from anywhere"),
        ],
        searchLineBindings: [
            Binding(name: "open-result", keys: [.enter], action: .open, help: "open the selected result"),
            Binding(name: "leave-search-line", keys: [.escape], action: .leaveSearchLine, help: "leave the search line"),
            Binding(name: "delete-backward", keys: [.backspace, .delete], action: .deleteBackward, help: "delete"),
            Binding(name: "next-result", keys: [.down, .ctrl("n")], action: .moveDown, help: "next result"),
            Binding(name: "previous-result", keys: [.up, .ctrl("p")], action: .moveUp, help: "previous result"),
            Binding(name: "page-down", keys: [.pageDown], action: .pageDown, help: "page down"),
            Binding(name: "page-up", keys: [.pageUp], action: .pageUp, help: "page up"),
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
                if let binding = bindings.first(where: { $0.keys.contains(key) }) { return binding.action }
                // Unbound digits count the next motion (`5j`); a 0 only after another digit.
                if case .char(let character) = key, let digit = character.wholeNumberValue, character.isASCII {
                    return .count(digit)
                }
                return nil
            case .searchLine:
                if let binding = searchLineBindings.first(where: { $0.keys.contains(key) }) { return binding.action }
                if case .char(let character) = key { return .insert(character) }
                return nil
            }
        }
    }

    /// Every binding as the help overlay lists it, with the keys it has now (a config file may
    /// have rebound them); a binding left without keys is not listed.
    public var helpEntries: [HelpEntry] {
        bindings.filter { !$0.keys.isEmpty }.map {
            HelpEntry(keys: $0.keys.map(Self.name).joined(separator: " "), description: $0.help)
        }
            + [HelpEntry(keys: "", description: "")]
            + searchLineBindings.filter { !$0.keys.isEmpty }.map {
                HelpEntry(keys: $0.keys.map(Self.name).joined(separator: " "), description: "search line: " + $0.help)
            }
            + [HelpEntry(keys: "1-9", description: "a count before a motion: 5j moves five rows")]
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

    /// The first key bound to an action in a mode, for short hints in the status bar; empty
    /// when the action has no key.
    public func keys(for action: Action, in mode: Mode = .normal) -> String {
        bindings(in: mode).first { $0.action == action }.map { $0.keys.prefix(1).map(Self.name).joined() } ?? ""
    }

    /// Status-bar hints for these actions, in order (`/ search  ? help`), from the bindings:
    /// a rebound key shows as rebound, an unbound action is left out.
    /// `labels` says what an action does on this screen when it differs from its hint (`q`
    /// quits at the top of the reader).
    public func hints(_ actions: [Action], labels: [Action: String] = [:], mode: Mode = .normal) -> String {
        actions.compactMap { action in
            guard let binding = bindings(in: mode).first(where: { $0.action == action }), let key = binding.keys.first else { return nil }
            return Self.name(key) + " " + (labels[action] ?? binding.hint ?? binding.help)
        }.joined(separator: "  ")
    }
}
