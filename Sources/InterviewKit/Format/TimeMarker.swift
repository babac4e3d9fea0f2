/// The time marker that opens a timed turn in the canonical file: `## [12:04] What got you started?`,
/// `**Bo:** [12:04] Well…`, `[1:02:03.5] Well…`.
///
/// A bracketed clock time, as media players show a position, reads naturally in any Markdown editor
/// and renders as plain text on every forge. Only the start of a question heading (after its label)
/// and the start of an answer's paragraph (after its label) are marker positions; everywhere else a
/// bracketed time is just text.
enum TimeMarker {
    /// The largest time the marker can hold: `Timecode(parsing:)` reads at most three hour digits.
    static let largest = Timecode(milliseconds: ((999 * 60 + 59) * 60 + 59) * 1000 + 999)

    /// What a line opens with, seen as a marker.
    enum Reading: Equatable {
        /// A marker holding a time, and the text after the marker's space.
        case time(Timecode, rest: Substring)
        /// Something shaped like a marker (`[` digits and colons `]`) that is not a readable time,
        /// or a marker with no text after it: an error in a marker position, never silently text.
        case malformed(Substring)
    }

    /// The marker written before a turn's text, ending in the space that separates it.
    static func text(_ time: Timecode) -> String { "[\(time)] " }

    /// Whether the line opens with something marker-shaped: `[`, digits with `:` (and `.` or `,`
    /// for a fraction) including at least one `:`, `]`, then a space or the end of the line.
    /// The writer escapes such a line in a marker position, so text never turns into a time.
    static func isMarkerShaped(_ line: Substring) -> Bool {
        shape(line) != nil
    }

    /// The marker at the start of `line`, if the line opens with one.
    static func read(_ line: Substring) -> Reading? {
        guard let found = shape(line) else { return nil }
        guard let time = Timecode(parsing: found.inner), time <= largest, found.hasSpace, !found.rest.isEmpty else {
            return .malformed(found.marker)
        }
        return .time(time, rest: found.rest)
    }

    /// The error message for a malformed marker, naming what was found and how to keep it as text.
    static func problem(_ found: Substring) -> String {
        "expected a time like [12:04], [1:02:03] or [12:04.5] (minutes and seconds below 60) followed by a space and the text, "
            + "found `\(found)`; write `\\[` to keep it as text"
    }

    /// The marker with its brackets, the text between them, the text after the marker's space,
    /// and whether that space was there. Linear in the marker's length: it stops at the first
    /// byte that cannot be part of one.
    private static func shape(_ line: Substring) -> (marker: Substring, inner: Substring, rest: Substring, hasSpace: Bool)? {
        let bytes = line.utf8
        guard bytes.first == UInt8(ascii: "[") else { return nil }
        let innerStart = bytes.index(after: bytes.startIndex)
        var index = innerStart
        var sawColon = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "]") {
                guard sawColon else { return nil }
                let inner = line[innerStart..<index]
                let after = bytes.index(after: index)
                let marker = line[..<after]
                if after == bytes.endIndex { return (marker, inner, line[after...], false) }
                guard bytes[after] == UInt8(ascii: " ") else { return nil }
                return (marker, inner, line[bytes.index(after: after)...], true)
            }
            switch byte {
            case UInt8(ascii: ":"): sawColon = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: ","): break
            default: return nil
            }
            index = bytes.index(after: index)
        }
        return nil
    }
}
