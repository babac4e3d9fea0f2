/// Counts the words of a line as `split(separator: " ").count` does (runs of characters other
/// than a space), on the UTF-8 bytes wherever that gives the same answer.
///
/// A space byte is a space character of its own unless the scalar before it is one that
/// clusters with what follows (Unicode's "prepend" signs, all at U+0600…U+08FF, U+0D4E or
/// beyond U+FFFF) or the scalar after it clusters with what precedes (combining marks, joiners,
/// variation selectors). Where that cannot be ruled out from the lead bytes, the line is
/// counted by characters instead. Most prose, including its accented letters, curly quotes and
/// dashes, is counted on the bytes: the importer counts words on every turn it reads.
enum SpaceSeparatedWords {
    static func count<S: StringProtocol>(in text: S) -> Int {
        let bytes = text.utf8
        var words = 0
        var inWord = false
        var lastLead: UInt8 = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte == 0x20 {
                if mayPrepend(lead: lastLead) { return text.split(separator: " ").count }
                if next < bytes.endIndex, bytes[next] >= 0x80, !isPlainScalar(bytes[next...]) {
                    return text.split(separator: " ").count
                }
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
            if byte < 0x80 || byte >= 0xC0 { lastLead = byte }
            index = next
        }
        return words
    }

    /// A scalar with this lead byte may be a prepend sign (U+0600…U+08FF, U+0D4E, or above
    /// U+FFFF).
    private static func mayPrepend(lead: UInt8) -> Bool {
        (0xD8...0xE0).contains(lead) || lead >= 0xF0
    }

    /// The scalar these bytes open never joins the character before it: U+0080…U+02FF
    /// (Latin letters and signs; combining marks start at U+0300) or U+2010…U+2027 (dashes,
    /// quotes, bullets, the ellipsis).
    private static func isPlainScalar<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        var iterator = bytes.makeIterator()
        guard let lead = iterator.next() else { return false }
        if (0xC2...0xCB).contains(lead) { return true }
        guard lead == 0xE2, iterator.next() == 0x80, let third = iterator.next() else { return false }
        return (0x90...0xA7).contains(third)
    }
}
