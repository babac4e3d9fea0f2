import TerminalUI

/// A style as a config file writes it: words in any order — a colour for the text, `on` and a
/// colour for the background, and attributes — as in `"black on yellow bold underline"`.
/// `plain` is no colour and no attribute; `default` is the terminal's own colour. `format`
/// writes colours first, then attributes, and `parse` reads that back to the same style.
public enum StyleNotation {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unknownWord(String)
        case missingBackground
        case twoColors(String)

        public var description: String {
            let colors = (Color.allCases.map(StyleNotation.name) + ["default"]).joined(separator: " ")
            let attributes = StyleNotation.attributes.map(\.name).joined(separator: " ")
            return switch self {
            case .unknownWord(let word):
                "\"\(word)\" is neither a colour (\(colors)) nor an attribute (\(attributes), or plain)"
            case .missingBackground:
                "\"on\" needs a colour after it, as in \"black on yellow\""
            case .twoColors(let word):
                "\"\(word)\" is a second text colour: write the background as \"on \(word)\""
            }
        }
    }

    static var attributes: [(name: String, path: WritableKeyPath<Style, Bool>)] { [
        ("bold", \.bold), ("italic", \.italic), ("underline", \.underline), ("reverse", \.reverse), ("dim", \.dim),
    ] }

    public static func parse(_ text: String) throws(Failure) -> Style {
        var style = Style.plain
        var foregroundSet = false
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)[...]
        while let word = words.popFirst() {
            if word == "plain" { continue }
            if word == "on" {
                guard let next = words.popFirst(), let word = ColorWord(next) else { throw .missingBackground }
                style.bg = word.color
                continue
            }
            if let colorWord = ColorWord(word) {
                guard !foregroundSet else { throw .twoColors(word) }
                foregroundSet = true
                style.fg = colorWord.color
                continue
            }
            guard let attribute = attributes.first(where: { $0.name == word }) else { throw .unknownWord(word) }
            style[keyPath: attribute.path] = true
        }
        return style
    }

    public static func format(_ style: Style) -> String {
        var words: [String] = []
        if let fg = style.fg { words.append(name(fg)) }
        if let bg = style.bg { words += ["on", name(bg)] }
        for attribute in attributes where style[keyPath: attribute.path] { words.append(attribute.name) }
        return words.isEmpty ? "plain" : words.joined(separator: " ")
    }

    static func name(_ color: Color) -> String {
        String(describing: color)
    }

    /// A colour word: one of the eight, or `default`, the terminal's own (`color` nil).
    private struct ColorWord {
        let color: Color?

        init?(_ word: String) {
            if word == "default" {
                color = nil
            } else if let named = Color.allCases.first(where: { StyleNotation.name($0) == word }) {
                color = named
            } else {
                return nil
            }
        }
    }
}
