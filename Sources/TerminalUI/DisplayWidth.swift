/// Terminal display width of text, per grapheme cluster.
public enum DisplayWidth {
    /// Columns a grapheme cluster takes: 2 for wide (emoji presentation, East Asian wide), 0 for
    /// clusters that are only combining marks or zero-width, 1 otherwise.
    public static func of(_ cluster: Character) -> Int {
        var width = 0
        for scalar in cluster.unicodeScalars {
            if scalar.properties.isEmojiPresentation || isEastAsianWide(scalar.value) { return 2 }
            if scalar.properties.generalCategory == .nonspacingMark || scalar.value == 0x200D { continue }
            width = max(width, 1)
        }
        return width
    }

    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    static func isEastAsianWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }
}
