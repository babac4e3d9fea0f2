/// Terminal display width of text, measured per grapheme cluster (a `Character`).
///
/// Why per cluster: a terminal draws a user-perceived character as one glyph, so summing the
/// width of each Unicode scalar (what `wcwidth` does) overcounts emoji sequences such as
/// 👨‍👩‍👧 (three wide scalars joined by ZWJ, drawn 2 columns wide). Every layout decision in
/// TerminalUI uses this one measure, and the ncurses backend re-positions the cursor after each
/// cluster by this measure, so the screen stays aligned even where curses counts differently.
public enum DisplayWidth {
    /// Columns a grapheme cluster takes.
    ///
    /// - 2: emoji (a scalar with Emoji_Presentation, any cluster carrying VS16 U+FE0F, regional
    ///   indicator flags, ZWJ sequences — counted once), East Asian Wide/Fullwidth.
    /// - 0: clusters made only of combining marks, format characters (ZWJ, ZWSP…) or variation
    ///   selectors.
    /// - Control characters count as the width of their visible form (see ``Sanitizer``), so a
    ///   layout computed on unsanitised text still matches what the buffer shows.
    /// - 1: everything else.
    public static func of(_ cluster: Character) -> Int {
        // Fast path: printable ASCII is most text and is always one column.
        if let ascii = cluster.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        var visible = false
        var wide = false
        var controlWidth = 0
        for (index, scalar) in cluster.unicodeScalars.enumerated() {
            let value = scalar.value
            if Sanitizer.needsCare(scalar), let shown = Sanitizer.visibleForm(of: scalar, in: cluster, at: index) {
                controlWidth += shown.count
                continue
            }
            if value == 0xFE0F || isRegionalIndicator(value) || scalar.properties.isEmojiPresentation
                || isEastAsianWide(value)
            {
                wide = true
            }
            if isZeroWidth(scalar) { continue }
            visible = true
        }
        let base = wide ? 2 : (visible ? 1 : 0)
        return base + controlWidth
    }

    /// Columns a whole string takes: the sum over its grapheme clusters.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Columns a sequence of clusters takes.
    public static func of(_ clusters: some Sequence<Character>) -> Int {
        clusters.reduce(0) { $0 + of($1) }
    }

    static func isRegionalIndicator(_ value: UInt32) -> Bool {
        (0x1F1E6...0x1F1FF).contains(value)
    }

    /// Scalars that never advance the cursor on their own.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            // Hangul medial vowels and final consonants join the preceding syllable.
            return (0x1160...0x11FF).contains(scalar.value)
        }
    }

    /// East Asian Width W or F (Unicode 15 EastAsianWidth.txt, main blocks; emoji are handled by
    /// Emoji_Presentation above).
    static func isEastAsianWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x3247, 0x3250...0x4DBF,
            0x4E00...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1,
            0x17000...0x18CFF, 0x1AFF0...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B,
            0x1F240...0x1F248, 0x1F250...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
