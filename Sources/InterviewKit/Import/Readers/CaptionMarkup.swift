/// The markup caption files put inside spoken text: WebVTT's inline tags (`<b>`, `<i>`, `<u>`,
/// `<c.yellow>`, `<lang en>`, `<ruby>`/`<rt>`, `<v Name>` and karaoke timestamps `<00:01.000>`),
/// the `<font>` tags and `{\an8}` overrides SubRip files borrow from players, and character
/// references (`&amp;`, `&nbsp;`).
///
/// A `<` that opens none of these is text (`x < y`, `<3`): captions are not HTML, and only the
/// known tags are removed, so that no spoken word goes with them.
enum CaptionMarkup {
    /// Tag names removed wherever they appear, opening or closing.
    private static let knownTags: Set<Substring> = ["b", "i", "u", "c", "v", "lang", "ruby", "rt", "font", "s", "span", "br"]

    /// The line without markup, entities decoded, runs of blanks made one space, trimmed.
    static func plainText<S: StringProtocol>(_ line: S) -> String {
        let line = Substring(line)
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var rest = line
        while let open = rest.utf8.firstIndex(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "{") }) {
            out += rest[..<open]
            if let end = markupEnd(rest[open...]) {
                rest = rest[end...]
            } else {
                out.append(rest[open])
                rest = rest[rest.index(after: open)...]
            }
        }
        out += rest
        return collapsingBlanks(decodeEntities(out))
    }

    /// Where the tag or override that starts `text` ends (just after its `>` or `}`), or nil
    /// when `text` does not start one.
    static func markupEnd(_ text: Substring) -> Substring.Index? {
        if text.first == "{" {
            // `{\an8}`, `{\i1}`: ASS override codes, as SubRip files exported from players carry.
            guard text.dropFirst().first == "\\", let close = text.prefix(40).firstIndex(of: "}") else { return nil }
            return text.index(after: close)
        }
        guard let close = text.prefix(200).firstIndex(of: ">") else { return nil }
        var inner = text[text.index(after: text.startIndex)..<close]
        if inner.first == "/" { inner = inner.dropFirst() }
        guard !inner.isEmpty else { return nil }
        if Timecode(parsing: inner) != nil { return text.index(after: close) }
        let name = inner.prefix { $0 != " " && $0 != "." && $0 != "\t" }
        return knownTags.contains(Substring(name.lowercased())) ? text.index(after: close) : nil
    }

    /// The name a voice tag gives (`<v Jane Doe>`, `<v.loud Jane>`), when `text` starts with one.
    static func voice(_ text: Substring) -> (name: String, end: Substring.Index)? {
        guard text.hasPrefix("<v"), let end = markupEnd(text) else { return nil }
        let afterV = text.dropFirst(2)
        guard let first = afterV.first, first == " " || first == "." || first == "\t" else { return nil }
        let inner = text[afterV.startIndex..<text.index(before: end)]
        // Classes (`.loud.first`) come before the first blank; the annotation after it is the name.
        guard let blank = inner.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return ("", end) }
        return (TextDecoding.trimmed(decodeEntities(String(inner[blank...]))), end)
    }

    /// Character references decoded: the HTML set the importer knows, plus WebVTT's direction
    /// marks.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        return HTMLEntities.decode(text.replacingOccurrences(of: "&lrm;", with: "\u{200E}")
            .replacingOccurrences(of: "&rlm;", with: "\u{200F}"))
    }

    /// Blanks (spaces, tabs, no-break spaces) collapsed to one space and trimmed: caption lines
    /// are rejoined into sentences, where layout spacing means nothing.
    static func collapsingBlanks(_ text: String) -> String {
        if isTidy(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingBlank = false
        for scalar in text.unicodeScalars {
            if TextDecoding.isBlank(scalar) {
                pendingBlank = true
                continue
            }
            if pendingBlank, !out.isEmpty { out.unicodeScalars.append(" ") }
            pendingBlank = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Trimmed of blanks. ASCII spaces and tabs at the ends, the usual case, are dropped on
    /// the bytes; only an end that is not ASCII takes the Unicode-aware path (a no-break space).
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let utf8 = Substring(text).utf8
        let start = utf8.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? utf8.endIndex
        let end = utf8.lastIndex { $0 != 0x20 && $0 != 0x09 }.map(utf8.index(after:)) ?? start
        guard start < end else { return "" }
        let core = utf8[start..<end]
        if core.first! < 0x80, core.last! < 0x80 { return String(Substring(core)) }
        return TextDecoding.trimmed(Substring(core))
    }

    /// Whether text is already trimmed with single ASCII spaces between words: no tab, no
    /// non-ASCII byte (where a no-break space could hide), no two spaces in a row.
    private static func isTidy(_ text: String) -> Bool {
        var previousSpace = true
        for byte in text.utf8 {
            if byte == 0x09 || byte >= 0x80 { return false }
            let space = byte == 0x20
            if space, previousSpace { return false }
            previousSpace = space
        }
        return !previousSpace || text.isEmpty
    }

    /// A line that only describes a sound (`[Laughter]`, `(applause)`, `<i>Laughs</i>`), as
    /// captions set them apart: the text to keep, always in brackets, or nil for speech.
    static func stageDirection(_ line: Substring) -> String? {
        let trimmed = Substring(trimmed(line))
        if trimmed.count >= 3, let first = trimmed.first, let last = trimmed.last,
           (first == "[" && last == "]") || (first == "(" && last == ")"),
           !trimmed.dropFirst().dropLast().contains(where: { $0 == "[" || $0 == "]" || $0 == "(" || $0 == ")" }) {
            return plainText(trimmed)
        }
        guard trimmed.prefix(3).lowercased() == "<i>", trimmed.suffix(4).lowercased() == "</i>" else { return nil }
        let inner = trimmed.dropFirst(3).dropLast(4)
        guard !inner.lowercased().contains("<i>") else { return nil }
        let words = plainText(inner)
        // A whole line in italics is a sound only when it is short; subtitles also italicise
        // speech from off screen, which must stay speech.
        guard !words.isEmpty, words.split(separator: " ").count <= 5 else { return nil }
        return "[\(words)]"
    }
}
