/// Turns untrusted text into text that is safe to hand to a terminal or a line-oriented output.
///
/// Why: interview files and file names come from anywhere. A raw ESC could clear the screen,
/// move the cursor or retitle the window; a BEL beeps; C1 controls (U+0080–U+009F) are escape
/// introducers on some terminals; a line separator (U+2028/2029, U+0085) lets one field print
/// what looks like a second line of output; bidi overrides and isolates (U+202A–202E,
/// U+2066–2069) make text read in a different order than it is; zero-width and tag characters
/// hide text a person cannot see. This is the one sanitiser: every string written into a
/// ``Buffer`` and every string the `parley` command prints passes through here.
/// Such scalars are shown rather than dropped, so the reader sees that the source contains
/// something odd: ESC → `^[`, BEL → `^G`, DEL → `^?`, C1 and the rest → `<U+202E>`.
/// Tabs become spaces up to the next tab stop, because a terminal's tab stops are not ours.
///
/// Joiners and tags have legitimate uses, which are kept: a ZWJ or ZWNJ inside an emoji
/// sequence (👨‍👩‍👧) or after a letter of a script that shapes by context (Arabic, Indic…), and
/// tag characters that spell a subdivision flag (🏴 + tags + cancel tag).
public enum Sanitizer {
    /// The visible replacement for a scalar that is never safe raw, or `nil` when the scalar
    /// is safe as is (or only unsafe in some contexts: see ``visibleForm(of:in:at:)``).
    ///
    /// Covers all of C0 (including tab and newline: callers that keep them handle them first),
    /// DEL, C1, the Unicode line/paragraph separators, bidi embeddings, overrides and isolates,
    /// and invisible characters with no legitimate use in prose (ZWSP, word joiner, invisible
    /// operators, the BOM inside text).
    public static func visibleForm(of scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x00...0x1F:
            return "^" + String(Unicode.Scalar(UInt8(value + 0x40)))
        case 0x7F:
            return "^?"
        case 0x80...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200B, 0x2060...0x2064, 0xFEFF,
            0x180E:
            return codePoint(value)
        default:
            return nil
        }
    }

    /// The visible replacement for the scalar at `index` of `cluster`, or `nil` when it is safe
    /// there: the context-free rules of ``visibleForm(of:)`` plus joiners and tag characters,
    /// which are kept only where they do their job.
    public static func visibleForm(of scalar: Unicode.Scalar, in cluster: Character, at index: Int) -> String? {
        if let shown = visibleForm(of: scalar) { return shown }
        switch scalar.value {
        case 0x200C, 0x200D:
            return joinerIsLegitimate(in: cluster, at: index) ? nil : codePoint(scalar.value)
        case 0xE0000...0xE007F:
            return isTagFlag(cluster) ? nil : codePoint(scalar.value)
        default:
            return nil
        }
    }

    /// `<U+XXXX>`, at least four hex digits.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// A joiner inside a cluster (an emoji ZWJ sequence) joins something; one at the end of a
    /// cluster is legitimate after a letter of a script that shapes by context (U+0590 on:
    /// Hebrew, Arabic, Indic…), and otherwise hides a break between two Latin words or nothing.
    static func joinerIsLegitimate(in cluster: Character, at index: Int) -> Bool {
        let scalars = cluster.unicodeScalars
        if index < scalars.count - 1 { return true }
        guard let base = scalars.first, base.value >= 0x0590 else { return false }
        return base.properties.isAlphabetic || base.properties.isEmoji
    }

    /// 🏴 followed by tag characters and ended by CANCEL TAG: a subdivision flag.
    static func isTagFlag(_ cluster: Character) -> Bool {
        cluster.unicodeScalars.first?.value == 0x1F3F4 && cluster.unicodeScalars.last?.value == 0xE007F
    }

    /// Whether a scalar may need replacing (or, a tab, expanding): a cheap range test, so that
    /// ordinary text skips the contextual rules.
    public static func needsCare(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x180E, 0x200B...0x200D, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF,
            0xE0000...0xE007F:
            return true
        default:
            return false
        }
    }

    /// One line of output: every control, line break and hidden character shown visibly (a
    /// newline as `^J`, U+2028 as `<U+2028>`), so a field can never start a line of its own.
    public static func line(_ text: some StringProtocol) -> String {
        clean(text, keepNewlines: false)
    }

    /// One line of running text (a snippet, an excerpt): line breaks become spaces, as a reader
    /// would expect of a quote, and everything else unsafe is shown as in ``line(_:)``.
    public static func flowed(_ text: some Sequence<Character>) -> String {
        clean(String(text.map { isLineBreak($0) || $0 == "\u{85}" ? " " : $0 }), keepNewlines: false)
    }

    /// The sanitised text as a string.
    ///
    /// - Parameters:
    ///   - keepNewlines: keep line breaks (`\n`, `\r\n`, `\r`, U+2028, U+2029 all become `\n`);
    ///     otherwise they are shown visibly like any other control (`^J`).
    ///   - tabWidth: distance between tab stops, counted in display columns from the line start.
    public static func clean(_ text: some StringProtocol, keepNewlines: Bool = false, tabWidth: Int = 4) -> String {
        // Text without a single scalar that may need care comes out as it went in: one pass
        // over its scalars instead of the pass over Characters (most of `parley list`'s time
        // on 10,000 interviews).
        let string = String(text)
        if !mayNeedCare(string) { return string }
        return String(sanitize(string, keepNewlines: keepNewlines, tabWidth: tabWidth).characters)
    }

    /// Whether any scalar of `text` may need care (``needsCare(_:)``): printable ASCII is
    /// settled on its bytes, other text on its scalars. Not generic, so it is compiled for
    /// `String` itself rather than through the generic value witnesses.
    static func mayNeedCare(_ text: String) -> Bool {
        var ascii = true
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return true }
            if byte >= 0x80 { ascii = false }
        }
        return !ascii && text.unicodeScalars.contains(where: needsCare)
    }

    /// The sanitised text as clusters, with a map from the source's Character offsets to
    /// offsets in the result (so highlight ranges given on the source still land correctly).
    public static func sanitize(_ text: some StringProtocol, keepNewlines: Bool = false, tabWidth: Int = 4)
        -> SanitizedText
    {
        let stop = max(1, tabWidth)
        var out: [Character] = []
        var offsets: [Int] = []
        var column = 0
        for character in text {
            offsets.append(out.count)
            if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
                out.append(character)
                column += 1
                continue
            }
            if !character.unicodeScalars.contains(where: needsCare)
                || !character.unicodeScalars.enumerated().contains(where: { index, scalar in
                    scalar == "\t" || visibleForm(of: scalar, in: character, at: index) != nil
                })
            {
                out.append(character)
                column += DisplayWidth.of(character)
                continue
            }
            if keepNewlines, isLineBreak(character) {
                out.append("\n")
                column = 0
                continue
            }
            var pending = String.UnicodeScalarView()
            func flush() {
                for cluster in String(pending) {
                    out.append(cluster)
                    column += DisplayWidth.of(cluster)
                }
                pending = String.UnicodeScalarView()
            }
            for (index, scalar) in character.unicodeScalars.enumerated() {
                if scalar == "\t" {
                    flush()
                    let spaces = stop - column % stop
                    out.append(contentsOf: repeatElement(" ", count: spaces))
                    column += spaces
                } else if let shown = visibleForm(of: scalar, in: character, at: index) {
                    flush()
                    out.append(contentsOf: shown)
                    column += shown.count
                } else {
                    pending.append(scalar)
                }
            }
            flush()
        }
        offsets.append(out.count)
        return SanitizedText(characters: out, offsets: offsets)
    }

    static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\r" || character == "\u{2028}"
            || character == "\u{2029}"
    }
}

/// Sanitised text as grapheme clusters plus a map back to the source.
///
/// Clusters are kept as an array rather than re-joined into a `String` because re-joining could
/// merge a replacement's last character with a following lone combining mark and shift offsets.
public struct SanitizedText: Sendable, Equatable {
    /// The safe clusters.
    public let characters: [Character]
    /// `offsets[i]` is where source Character `i` starts in ``characters``; one extra entry holds
    /// the end, so the array has the source's count + 1 entries.
    public let offsets: [Int]

    /// Maps a range of source Character offsets to the corresponding range in ``characters``;
    /// out-of-range bounds are clamped.
    public func map(_ range: Range<Int>) -> Range<Int> {
        let last = offsets.count - 1
        let lower = offsets[min(max(range.lowerBound, 0), last)]
        let upper = offsets[min(max(range.upperBound, 0), last)]
        return lower..<max(lower, upper)
    }
}
