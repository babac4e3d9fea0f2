import Reader
import TOMLKit
import TerminalUI

/// Applies one `[keys.…]` table to a keymap, entry by entry in the order of the file.
///
/// Each entry gives an action its whole list of keys (`[]` unbinds it). A key the defaults gave
/// another action moves to this one, and an action left with no key at all is reported, so a
/// rebinding never silently takes away the only way to quit. A key two entries of the file
/// both claim stays with the first, and the second is reported.
struct KeyBindingsDecoder {
    private(set) var keymap: Keymap
    private(set) var problems: [ConfigProblem] = []
    private let mode: Keymap.Mode
    private let table: String
    /// Keys the file bound so far, with the action and line that bound them.
    private var claimed: [Key: (action: String, line: Int?)] = [:]

    init(keymap: Keymap, mode: Keymap.Mode, table: String) {
        self.keymap = keymap
        self.mode = mode
        self.table = table
    }

    /// The tables under `[keys]`, one per mode.
    static let tables = ["reading", "search-line"]

    static func mode(named name: String) -> Keymap.Mode? {
        switch name {
        case "reading": .normal
        case "search-line": .searchLine
        default: nil
        }
    }

    mutating func bind(_ action: String, to value: TOMLValueConvertible, line: Int?) {
        let label = "keys.\(table).\(action)"
        guard keymap.bindings(in: mode).contains(where: { $0.name == action }) else {
            let hint = NameSuggestion.hint(for: action, among: keymap.bindings(in: mode).map(\.name), listing: "actions here")
            problems.append(ConfigProblem(line: line, "\(label): unknown action \"\(action)\" (\(hint)); ignored"))
            return
        }
        guard let texts = Self.keyTexts(value) else {
            problems.append(ConfigProblem(
                line: line, "\(label): expected a key or a list of keys such as [\"j\", \"<down>\"], found \(article(value)); the default keys are kept"))
            return
        }
        var keys: [Key] = []
        var refused = 0
        for text in texts {
            guard let key = accept(text, action: action, label: label, line: line) else {
                refused += 1
                continue
            }
            keys.append(key)
        }
        if keys.isEmpty, refused > 0 {
            problems.append(ConfigProblem(line: line, "\(label): no key left to bind; the default keys are kept"))
            return
        }
        let before = keymap.bindings(in: mode)
        guard let rebound = keymap.rebinding(action, to: keys, in: mode) else { return }
        keymap = rebound
        for key in keys { claimed[key] = (action, line) }
        for (old, new) in zip(before, keymap.bindings(in: mode)) where old.name != action && !old.keys.isEmpty && new.keys.isEmpty {
            let taken = old.keys.map { "\"\(KeyNotation.format($0))\"" }.joined(separator: ", ")
            problems.append(ConfigProblem(
                line: line, "\(label): takes \(taken) from \"\(old.name)\", which has no key now (give it one in [keys.\(table)])"))
        }
    }

    /// One key, or nil with the reason reported.
    private mutating func accept(_ text: String, action: String, label: String, line: Int?) -> Key? {
        let key: Key
        do {
            key = try KeyNotation.parse(text)
        } catch {
            problems.append(ConfigProblem(line: line, "\(label): \(error); not bound"))
            return nil
        }
        if mode == .searchLine, case .char = key {
            problems.append(ConfigProblem(
                line: line, "\(label): \"\(text)\" is typed into the query on the search line; bind a key that types nothing, such as <c-x> or <f2>"))
            return nil
        }
        if let owner = claimed[key], owner.action != action {
            let place = owner.line.map { " on line \($0)" } ?? ""
            problems.append(ConfigProblem(
                line: line, "\(label): \"\(text)\" is already bound to \"\(owner.action)\"\(place); it stays there"))
            return nil
        }
        return key
    }

    /// The key strings of an entry: one string, or an array of strings (other elements are
    /// not keys and make the whole entry unusable). Nil for any other value.
    private static func keyTexts(_ value: TOMLValueConvertible) -> [String]? {
        if let text = value.string { return [text] }
        guard let array = value.array else { return nil }
        var texts: [String] = []
        texts.reserveCapacity(array.count)
        for element in array {
            guard let text = element.string else { return nil }
            texts.append(text)
        }
        return texts
    }
}
