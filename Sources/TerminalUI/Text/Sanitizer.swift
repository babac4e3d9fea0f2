/// Turns untrusted text into text that is safe to hand to a terminal.
///
/// Why: interview files come from anywhere. A raw ESC could clear the screen, move the cursor or
/// retitle the window; a BEL beeps; C1 controls (U+0080–U+009F) are escape introducers on some
/// terminals. Every string written into a ``Buffer`` passes through here, so nothing raw ever
/// reaches the terminal. Controls are shown rather than dropped, so the reader sees that the
/// source contains something odd: ESC → `^[`, BEL → `^G`, DEL → `^?`, C1 → `<U+009B>`.
/// Tabs become spaces up to the next tab stop, because a terminal's tab stops are not ours.
public enum Sanitizer {
    /// The visible replacement for a control scalar, or `nil` when the scalar is safe as is.
    ///
    /// Covers all of C0 (including tab and newline: callers that keep them handle them first),
    /// DEL, C1, and the Unicode line/paragraph separators.
    public static func visibleForm(of scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x00...0x1F:
            return "^" + String(Unicode.Scalar(UInt8(value + 0x40)))
        case 0x7F:
            return "^?"
        case 0x80...0x9F, 0x2028, 0x2029:
            let hex = String(value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        default:
            return nil
        }
    }

    /// The sanitised text as a string.
    ///
    /// - Parameters:
    ///   - keepNewlines: keep line breaks (`\n`, `\r\n`, `\r`, U+2028, U+2029 all become `\n`);
    ///     otherwise they are shown visibly like any other control (`^J`).
    ///   - tabWidth: distance between tab stops, counted in display columns from the line start.
    public static func clean(_ text: some StringProtocol, keepNewlines: Bool = false, tabWidth: Int = 4) -> String {
        String(sanitize(text, keepNewlines: keepNewlines, tabWidth: tabWidth).characters)
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
            if !character.unicodeScalars.contains(where: needsCare) {
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
            for scalar in character.unicodeScalars {
                if scalar == "\t" {
                    flush()
                    let spaces = stop - column % stop
                    out.append(contentsOf: repeatElement(" ", count: spaces))
                    column += spaces
                } else if let shown = visibleForm(of: scalar) {
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

    static func needsCare(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || visibleForm(of: scalar) != nil
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
