extension Timestamp {
    /// The first clock time in a timestamp as written (`\[00:04:03.15\]`, `(1:02)`,
    /// `[00:12] [00:14]`), as a `Timecode`.
    static func firstTime(_ text: String) -> Timecode? {
        var digits = ""
        var started = false
        for character in text {
            if character.isASCIIDigit || (started && (character == ":" || character == "." || character == ",")) {
                digits.append(character)
                started = true
            } else if started {
                break
            }
        }
        while let last = digits.last, last == "." || last == ":" || last == "," { digits.removeLast() }
        // A SMPTE timecode's frame count (`00:44:03:20`) is finer than a turn needs.
        let parts = digits.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 4 { digits = parts.dropLast().joined(separator: ":") }
        if let time = Timecode(parsing: digits) { return time }
        // Hundredths and other fractions a clock-time parser does not take: keep the whole seconds.
        if let dot = digits.firstIndex(where: { $0 == "." || $0 == "," }) { return Timecode(parsing: digits[..<dot]) }
        return nil
    }

    /// Whether a time mark counts frames too (`00:44:03:20`).
    static func hasFrames(_ text: String) -> Bool {
        text.split(whereSeparator: { !($0.isASCIIDigit || $0 == ":") }).contains { $0.split(separator: ":").count == 4 }
    }
}

extension Timecode {
    /// A time the importer sets aside (a second time inside one question, a mark after the last
    /// words), written as transcripts write one (`[01:08:12.10]`, hundredths kept) so that the
    /// noise list shows what the file said.
    var setAsideMark: String {
        let seconds = milliseconds / 1000
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
        if milliseconds % 1000 > 0 { text += "." + two(milliseconds % 1000 / 10) }
        return "[\(text)]"
    }
}
