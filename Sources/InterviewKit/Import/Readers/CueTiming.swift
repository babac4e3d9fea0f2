/// A caption cue's timing line, `00:00:05,203 --> 00:00:07,213` (SubRip) or
/// `00:11.000 --> 00:13.000 align:end` (WebVTT, with cue settings after the end time).
///
/// Caption readers share it so that both read times the same way and agree on what a timing line
/// is: a line that must never reach the text.
struct CueTiming: Hashable, Sendable {
    var start: Timecode
    var end: Timecode

    /// The arrow between the two times.
    static let arrow = "-->"

    /// A well-formed timing line: two clock times around `-->`, anything after the end time
    /// being cue settings (WebVTT) or coordinates (SubRip `X1:…`). Nil for anything else, so
    /// that prose which happens to contain `-->` stays prose.
    static func parse(_ line: String) -> CueTiming? {
        guard let arrow = arrowRange(line) else { return nil }
        let left = CaptionMarkup.trimmed(line[..<arrow.lowerBound])
        let right = TextDecoding.trimmingLeadingWhitespace(line[arrow.upperBound...])
        let endText = right.prefix { !TextDecoding.isBlank($0.unicodeScalars.first!) }
        guard let start = Timecode(parsing: left), let end = Timecode(parsing: endText) else { return nil }
        return CueTiming(start: start, end: end)
    }

    /// A line shaped like a timing line whose times do not read (`00:00:5,2 --> 00:00:07`,
    /// `1:2:3 --> x`): digits before an arrow. Where a cue's timing is expected, such a line is
    /// still the timing line, only without usable times; elsewhere it is prose.
    static func isMalformedTiming(_ line: String) -> Bool {
        guard let arrow = arrowRange(line) else { return false }
        let left = CaptionMarkup.trimmed(line[..<arrow.lowerBound])
        return !left.isEmpty && left.count <= 16
            && left.allSatisfy { $0.isASCIIDigit || $0 == ":" || $0 == "." || $0 == "," }
    }

    /// Where the first `-->` is, found on the UTF-8 bytes: this runs on every line of every
    /// caption file, and Foundation's `range(of:)` costs far more per line.
    static func arrowRange(_ line: String) -> Range<String.Index>? {
        let utf8 = line.utf8
        var index = utf8.startIndex
        while let dash = utf8[index...].firstIndex(of: UInt8(ascii: "-")) {
            let second = utf8.index(after: dash)
            guard second < utf8.endIndex else { return nil }
            let third = utf8.index(after: second)
            if utf8[second] == UInt8(ascii: "-"), third < utf8.endIndex, utf8[third] == UInt8(ascii: ">") {
                return dash..<utf8.index(after: third)
            }
            index = second
        }
        return nil
    }
}
