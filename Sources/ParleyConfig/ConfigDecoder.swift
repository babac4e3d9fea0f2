import TOMLKit
import TerminalUI

/// Turns a parsed config table into a `Configuration`, checking every value: a value of the
/// wrong type or out of range is reported at its line and its setting keeps the default; a key
/// Parley does not know is reported and ignored.
struct ConfigDecoder {
    private let lines: TOMLKeyLines
    private(set) var problems: [ConfigProblem] = []
    private(set) var configuration = Configuration.defaults

    static let settings = ["library", "bookmarks", "reading-width", "color", "theme", "colors", "keys"]

    init(lines: TOMLKeyLines) {
        self.lines = lines
    }

    mutating func decode(_ table: TOMLTable) {
        // In the order of the file, each key's line looked up once.
        for key in table.keys.map({ (key: $0, line: line(of: [$0])) }).sorted(by: { $0.line < $1.line }).map(\.key) {
            guard let value = table[key] else { continue }
            switch key {
            case "library": configuration.library = path(value, key)
            case "bookmarks": configuration.bookmarks = path(value, key)
            case "reading-width": readingWidth(value)
            case "color":
                configuration.color = choice(value, [key], Configuration.ColorMode.self) ?? configuration.color
            case "theme":
                configuration.themeName = choice(value, [key], ThemeName.self) ?? configuration.themeName
            case "colors", "keys": break
            default:
                report([key], "unknown setting \"\(key)\" (\(NameSuggestion.hint(for: key, among: Self.settings, listing: "settings"))); ignored")
            }
        }
        configuration.theme = configuration.themeName.theme
        if let colors = table["colors"] { decodeColors(colors) }
        if let keys = table["keys"] { decodeKeys(keys) }
    }

    // MARK: Settings

    private mutating func path(_ value: TOMLValueConvertible, _ key: String) -> String? {
        guard let text = value.string else {
            report([key], "expected a path in quotes, found \(article(value)); not used")
            return nil
        }
        guard text.hasPrefix("/") || text == "~" || text.hasPrefix("~/") else {
            report([key], "\"\(text)\" is not an absolute path (start it with / or ~/); not used")
            return nil
        }
        return text
    }

    private mutating func readingWidth(_ value: TOMLValueConvertible) {
        let range = Configuration.readingWidths
        let expected = "a number of columns from \(range.lowerBound) to \(range.upperBound), or 0 for the pane's width"
        guard let width = value.int else {
            report(["reading-width"], "expected \(expected), found \(article(value)); \(Configuration.defaultReadingWidth) is used")
            return
        }
        guard width == 0 || range.contains(width) else {
            report(["reading-width"], "\(width) is out of range: expected \(expected); \(Configuration.defaultReadingWidth) is used")
            return
        }
        configuration.readingWidth = width
    }

    private mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ value: TOMLValueConvertible, _ path: [String], _: Choice.Type
    ) -> Choice? where Choice.RawValue == String {
        let known = Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        guard let text = value.string else {
            report(path, "expected one of \(known), found \(article(value)); the default is used")
            return nil
        }
        guard let choice = Choice(rawValue: text) else {
            report(path, "\"\(text)\" is not one of \(known); the default is used")
            return nil
        }
        return choice
    }

    // MARK: Colours

    private mutating func decodeColors(_ value: TOMLValueConvertible) {
        guard let table = value.table else {
            report(["colors"], "expected a table of styles ([colors]), found \(article(value)); ignored")
            return
        }
        for name in table.keys {
            guard let entry = table[name] else { continue }
            let path = ["colors", name]
            guard let role = ThemeRoles.role(named: name) else {
                let hint = NameSuggestion.hint(for: name, among: ThemeRoles.all.map(\.name), listing: "roles")
                report(path, "unknown colour role \"\(name)\" (\(hint)); ignored")
                continue
            }
            guard let text = entry.string else {
                report(path, "expected a style in quotes such as \"black on yellow bold\", found \(article(entry)); the theme's is kept")
                continue
            }
            do {
                configuration.theme[keyPath: role.path] = try StyleNotation.parse(text)
            } catch {
                report(path, "\(error); the theme's style is kept")
            }
        }
    }

    // MARK: Keys

    private mutating func decodeKeys(_ value: TOMLValueConvertible) {
        guard let table = value.table else {
            report(["keys"], "expected tables of key bindings ([keys.reading], [keys.search-line]), found \(article(value)); ignored")
            return
        }
        for name in table.keys {
            guard let entry = table[name] else { continue }
            guard let mode = KeyBindingsDecoder.mode(named: name) else {
                let hint = NameSuggestion.hint(for: name, among: KeyBindingsDecoder.tables, listing: "tables under keys")
                report(["keys", name], "unknown key table \"keys.\(name)\" (\(hint)); ignored")
                continue
            }
            guard let bindings = entry.table else {
                report(["keys", name], "expected a table of actions ([keys.\(name)]), found \(article(entry)); ignored")
                continue
            }
            var decoder = KeyBindingsDecoder(keymap: configuration.keymap, mode: mode, table: name)
            let entries = bindings.keys.compactMap { action in
                bindings[action].map { (action: action, value: $0, line: lines.line(of: ["keys", name, action])) }
            }
            for entry in entries.sorted(by: { ($0.line ?? .max) < ($1.line ?? .max) }) {
                decoder.bind(entry.action, to: entry.value, line: entry.line)
            }
            configuration.keymap = decoder.keymap
            problems += decoder.problems
        }
    }

    // MARK: Helpers

    private func line(of path: [String]) -> Int {
        lines.line(of: path) ?? Int.max
    }

    private mutating func report(_ path: [String], _ message: String) {
        problems.append(ConfigProblem(line: lines.line(of: path), path.joined(separator: ".") + ": " + message))
    }
}

/// A TOML value's kind with its article, for messages: "a string", "an integer".
func article(_ value: TOMLValueConvertible) -> String {
    let kind = value.type.description
    return ("aeiou".contains(kind.first ?? "x") ? "an " : "a ") + kind
}
