import TerminalUI

/// Keys as a config file writes them, in the notation of lazygit and aerc: one character
/// (`j`, `G`, `?`, `é`), or a name in angle brackets — `<c-d>` (Ctrl-D), `<pgdown>`, `<space>`,
/// `<tab>`, `<s-tab>`, `<enter>`, `<esc>`, `<f5>`. Names are case-insensitive; `format` writes
/// the lower-case spelling, which `parse` reads back to the same key.
public enum KeyNotation {
    /// Why a string is not a key.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case empty
        /// More than one character outside angle brackets (`"dd"`): Parley binds single keys.
        case notOneKey(String)
        /// `<something>` that names no key.
        case unknownName(String)
        /// `<c-X>` for an X no terminal sends with Ctrl.
        case noSuchControlKey(String)
        /// A control character (a raw tab or escape in the string) that is not written by name.
        case controlCharacter(String)

        public var description: String {
            switch self {
            case .empty:
                "an empty string is not a key"
            case .notOneKey(let text):
                "\"\(text)\" is not one key: write one character, or a named key such as <c-d>, <pgdown> or <space>"
            case .unknownName(let text):
                "\"\(text)\" is not a key name (known: \(KeyNotation.names.map { "<\($0.name)>" }.joined(separator: " ")), <c-X>, <f1>…<f24>)"
            case .noSuchControlKey(let text):
                "\"\(text)\": a terminal sends Ctrl only with a letter or one of @ [ \\ ] ^ _ ?"
            case .controlCharacter(let text):
                "a control character (\(text)) is not written as itself: write the key by name, such as <tab> or <c-d>"
            }
        }
    }

    /// Named keys and the spellings read for them; the first spelling is the one written.
    static let names: [(name: String, key: Key, aliases: [String])] = [
        ("space", .char(" "), []),
        ("tab", .tab, []),
        ("s-tab", .backTab, ["backtab"]),
        ("enter", .enter, ["cr", "return"]),
        ("esc", .escape, ["escape"]),
        ("backspace", .backspace, ["bs"]),
        ("del", .delete, ["delete"]),
        ("up", .up, []),
        ("down", .down, []),
        ("left", .left, []),
        ("right", .right, []),
        ("home", .home, []),
        ("end", .end, []),
        ("pgup", .pageUp, ["pageup"]),
        ("pgdown", .pageDown, ["pgdn", "pagedown"]),
    ]

    private static let byName: [String: Key] = {
        var table: [String: Key] = [:]
        for entry in names {
            for spelling in [entry.name] + entry.aliases { table[spelling] = entry.key }
        }
        return table
    }()

    /// The highest function key read (terminals report F1…F12, shifted ones up to F24 and more).
    static let maxFunctionKey = 63

    public static func parse(_ text: String) throws(Failure) -> Key {
        guard let first = text.first else { throw .empty }
        if text.count == 1 { return try character(first) }
        guard first == "<", text.last == ">" else { throw .notOneKey(text) }
        let inner = String(text.dropFirst().dropLast())
        let name = inner.lowercased()
        if let key = byName[name] { return key }
        for prefix in ["c-", "ctrl-"] where name.hasPrefix(prefix) && inner.count == prefix.count + 1 {
            return try control(inner.last!, written: text)
        }
        if name.hasPrefix("f"), let number = Int(name.dropFirst()), (1...maxFunctionKey).contains(number),
            !name.dropFirst().hasPrefix("0"), !name.dropFirst().hasPrefix("+")
        {
            return .function(number)
        }
        throw .unknownName(text)
    }

    /// How a key is written in a config file.
    public static func format(_ key: Key) -> String {
        switch key {
        case .char(let character) where character != " ": return String(character)
        case .ctrl(let character): return "<c-\(character)>"
        case .function(let number): return "<f\(number)>"
        default:
            // Space and every key without a character of its own are in the table of names.
            return "<" + (names.first { $0.key == key }?.name ?? "") + ">"
        }
    }

    /// A single character: printable ones are themselves; a control character is read the way
    /// the terminal would deliver it only when that has a name (a raw tab is `<tab>`).
    private static func character(_ character: Character) throws(Failure) -> Key {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first, scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            throw .controlCharacter("U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
        }
        return .char(character)
    }

    /// `<c-X>` as the terminal delivers it: Ctrl-I is Tab, Ctrl-M Enter, Ctrl-H Backspace
    /// (the same bytes), so those are bound as such.
    private static func control(_ character: Character, written: String) throws(Failure) -> Key {
        guard let ascii = character.asciiValue else { throw .noSuchControlKey(written) }
        let code: UInt32
        switch Character(Unicode.Scalar(ascii)).lowercased().first!.asciiValue! {
        case let letter where (0x61...0x7A).contains(letter): code = UInt32(letter) - 0x60
        case let symbol where [0x40, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F].contains(symbol): code = UInt32(symbol) - 0x40
        case 0x3F: code = 0x7F
        default: throw .noSuchControlKey(written)
        }
        guard let key = Key.decode(codePoint: code) else { throw .noSuchControlKey(written) }
        return key
    }
}
