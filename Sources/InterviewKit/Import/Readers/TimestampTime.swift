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
}
