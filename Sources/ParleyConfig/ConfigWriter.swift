import Reader
import TerminalUI

/// A configuration written out as a config file: `parley config` prints the one in effect,
/// `parley config --default` the defaults with a comment on every setting. Both parse back to
/// the configuration they were written from (tests hold them to it).
public enum ConfigWriter {
    public enum Kind {
        /// The configuration in effect, read from `source` (nil when there was no file).
        case effective(source: String?)
        /// The defaults as a template to copy, every setting explained.
        case template

        var isTemplate: Bool {
            if case .template = self { true } else { false }
        }
    }

    public static func render(_ configuration: Configuration, as kind: Kind) -> String {
        var out = TOMLLines(explained: kind.isTemplate)
        switch kind {
        case .effective(let source):
            out.comment("Parley's configuration in effect: the defaults"
                + (source.map { ", with \($0) laid over them." } ?? " (there is no config file)."))
            out.comment("`parley config --default` prints every setting with what it does.")
        case .template:
            out.comment("Parley's configuration: $XDG_CONFIG_HOME/parley/config.toml (~/.config/parley/config.toml).")
            out.comment("Every value here is the default: change what you like and delete the rest. A line Parley")
            out.comment("cannot use is reported as FILE:LINE on standard error, and its setting keeps the default.")
            out.comment("Command-line options (--library, --bookmarks, --color) win over this file.")
        }
        settings(configuration, into: &out)
        colors(configuration.theme, into: &out)
        keys(configuration.keymap, into: &out)
        return out.text
    }

    private static func settings(_ configuration: Configuration, into out: inout TOMLLines) {
        out.blank()
        out.explain("The folder of interview files (absolute, or starting with ~/). When it is not set:")
        out.explain("$PARLEY_LIBRARY, else $XDG_DATA_HOME/parley/interviews when it exists, else the bundled samples.")
        out.setting("library", configuration.library.map(TOMLLines.quoted), example: "\"~/interviews\"")
        out.blank()
        out.explain("The bookmarks file. When it is not set: $XDG_DATA_HOME/parley/bookmarks.json.")
        out.setting("bookmarks", configuration.bookmarks.map(TOMLLines.quoted), example: "\"~/notes/parley-bookmarks.json\"")
        out.blank()
        let widths = Configuration.readingWidths
        out.explain("The widest the reader's text runs, in columns (\(widths.lowerBound) to \(widths.upperBound)), or 0 for the pane's whole width.")
        out.setting("reading-width", String(configuration.readingWidth))
        out.blank()
        out.explain("Colours in the reader: \"auto\" (on a colour terminal, unless NO_COLOR is set), \"always\" or \"never\".")
        out.explain("Every meaning is also shown by bold, underline or reverse video, so \"never\" loses nothing.")
        out.setting("color", TOMLLines.quoted(configuration.color.rawValue))
        out.blank()
        let themes = ThemeName.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
        out.explain("The theme the [colors] below start from: \(themes).")
        out.setting("theme", TOMLLines.quoted(configuration.themeName.rawValue))
    }

    private static func colors(_ theme: Theme, into out: inout TOMLLines) {
        out.blank()
        out.explain("A style for each part of the screen: a colour, \"on\" and a background colour, and attributes")
        out.explain("(bold italic underline reverse dim), or \"plain\". Colours: black red green yellow blue magenta")
        out.explain("cyan white, and default (the terminal's own). Reverse swaps the two colours, and stays")
        out.explain("visible when colours are off.")
        out.header("colors")
        for role in ThemeRoles.all {
            out.entry(role.name, TOMLLines.quoted(StyleNotation.format(role.style(in: theme))), note: role.about)
        }
    }

    private static func keys(_ keymap: Keymap, into out: inout TOMLLines) {
        out.blank()
        out.explain("Keys for each action: one key or a list of them, and [] for none. A key is one character")
        out.explain("(\"j\", \"G\", \"?\") or a name: <c-d> (Ctrl-D), <space>, <tab>, <s-tab>, <enter>, <esc>,")
        out.explain("<backspace>, <del>, <up>, <down>, <left>, <right>, <home>, <end>, <pgup>, <pgdown>, <f1>…<f24>.")
        out.explain("A key given to an action here is taken from the action that had it.")
        out.header("keys.reading")
        for binding in keymap.bindings(in: .normal) { out.entry(binding.name, list(binding.keys), note: binding.help) }
        out.blank()
        out.explain("On the search line printable keys type into the query, so bind keys that type nothing.")
        out.header("keys.search-line")
        for binding in keymap.bindings(in: .searchLine) { out.entry(binding.name, list(binding.keys), note: binding.help) }
    }

    private static func list(_ keys: [Key]) -> String {
        "[" + keys.map { TOMLLines.quoted(KeyNotation.format($0)) }.joined(separator: ", ") + "]"
    }
}

/// Lines of a TOML file being written, with comments that only a template carries.
struct TOMLLines {
    let explained: Bool
    private(set) var text = ""

    /// Where trailing comments start, so a table's notes line up.
    static let noteColumn = 36

    mutating func comment(_ line: String) {
        text += "# " + line + "\n"
    }

    mutating func explain(_ line: String) {
        if explained { comment(line) }
    }

    mutating func blank() {
        text += "\n"
    }

    mutating func header(_ name: String) {
        text += "[\(name)]\n"
    }

    /// `key = value`, or for a setting without a value a comment showing how one is written.
    mutating func setting(_ key: String, _ value: String?, example: String = "") {
        if let value {
            text += "\(key) = \(value)\n"
        } else {
            text += explained ? "# \(key) = \(example)\n" : "# \(key): not set\n"
        }
    }

    mutating func entry(_ key: String, _ value: String, note: String) {
        let line = "\(key) = \(value)"
        let padding = String(repeating: " ", count: max(1, Self.noteColumn - line.count))
        text += line + padding + "# " + note + "\n"
    }

    /// A TOML basic string: quotes and backslashes escaped, and control characters and every
    /// other character the sanitiser takes care with (bidi controls, invisible ones) written as
    /// `\uXXXX`, so the output is safe on a terminal and parses back to the same string.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where Sanitizer.needsCare(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += hex.count <= 4
                    ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    : "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
