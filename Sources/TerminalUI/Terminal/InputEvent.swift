/// A key press, decoded from the terminal's input.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, punctuation, space, any Unicode).
    case char(Character)
    /// Control plus a character: `ctrl("d")` for Ctrl-D. Letters are lowercase. Ctrl-I, Ctrl-M and
    /// Ctrl-H arrive as `tab`, `enter` and `backspace`, because terminals send the same bytes.
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, backspace, tab, backTab, delete
    /// Function key F1…F12 (and beyond, when the terminal has them).
    case function(Int)
}

/// What a mouse did.
public enum MouseKind: Hashable, Sendable {
    case click, wheelUp, wheelDown
}

/// One input event from a ``Terminal``.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size; redraw at the new size.
    case resize(Size)
    /// A mouse event at a cell (0-based column and row).
    case mouse(x: Int, y: Int, kind: MouseKind)
}

extension Key {
    /// Decodes one character code as read from the terminal (after curses has turned escape
    /// sequences into key codes). Kept apart from the backend so it can be tested without a tty.
    /// - Returns: `nil` for codes that are not valid Unicode scalars.
    public static func decode(codePoint: UInt32) -> Key? {
        switch codePoint {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .ctrl("@")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(codePoint) + 0x60)))
        case 28...31: return .ctrl(Character(Unicode.Scalar(UInt8(codePoint) + 0x40)))
        case 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(codePoint) else { return nil }
            return .char(Character(scalar))
        }
    }
}
