/// A speaker label that opens a turn: `**Name:** text`, `**Name**: text`, `Name: text`,
/// `Name:` alone on its line, with or without a timestamp near the name (`[00:01] Name:`,
/// `**Name:** [00:12:34] text`, `Name (00:01:02):`, `Name [00:12]`).
struct SpeakerLabel: Hashable, Sendable {
    var name: String
    /// The text after the label on the same line, without the label's own timestamp.
    var rest: String
    /// A timestamp written next to the name, kept so that it stays with the turn's text.
    var timestamp: String?
    /// Written in bold (`**Name:**`): a deliberate label, unlike a plain `Word:` which may be
    /// ordinary prose.
    var bold: Bool

    /// The turn's text on the label line: timestamp and rest.
    var lineText: String {
        [timestamp, rest.isEmpty ? nil : rest].compactMap { $0 }.joined(separator: " ")
    }

    static func parse(_ line: String) -> SpeakerLabel? {
        guard mightBeLabel(line) else { return nil }
        var text = TextDecoding.trimmingLeadingWhitespace(line)
        guard let first = text.first, first == "*" || first == "[" || first == "(" || first == "\\" || first.isLetter || first.isNumber else { return nil }
        var timestamp: String?
        if let length = Timestamp.leadingLength(text) {
            timestamp = String(text.prefix(length))
            text = TextDecoding.trimmingLeadingWhitespace(text.dropFirst(length))
            if text.hasPrefix("- ") || text.hasPrefix("– ") { text = TextDecoding.trimmingLeadingWhitespace(text.dropFirst(2)) }
        }
        if text.hasPrefix("**") { return bold(text, timestamp: timestamp) }
        return plain(text, timestamp: timestamp)
    }

    /// A byte-level look at the line's start: labels open with `*`, `[`, `(`, `\`, a letter or
    /// a digit, and have a colon early or are short. Most prose lines leave here cheaply.
    static func mightBeLabel(_ line: String) -> Bool {
        var seen = 0
        var started = false
        for byte in line.utf8 {
            if !started {
                if byte == 0x20 || byte == 0x09 { continue }
                started = true
                let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                guard isLetter || byte >= 0x80 || byte == 0x2A || byte == 0x5B || byte == 0x28 || byte == 0x5C else { return false }
            }
            if byte == 0x3A || byte == 0xBC { return true }
            seen += 1
            if seen > 110 { return false }
        }
        return started
    }

    private static func bold(_ text: Substring, timestamp: String?) -> SpeakerLabel? {
        let body = text.dropFirst(2)
        // The closing `**`, found on bytes (Foundation's range(of:) is slow on every line).
        let utf8 = body.utf8
        var cursor = utf8.startIndex
        var closeStart: Substring.Index?
        var scanned = 0
        while cursor < utf8.endIndex, scanned < 200 {
            let next = utf8.index(after: cursor)
            if utf8[cursor] == 0x2A, next < utf8.endIndex, utf8[next] == 0x2A { closeStart = cursor; break }
            cursor = next
            scanned += 1
        }
        guard let closeStart else { return nil }
        let inner = body[..<closeStart]
        var after = body[utf8.index(closeStart, offsetBy: 2)...]
        var name: Substring
        var stamp = timestamp
        if inner.hasSuffix(":") || inner.hasSuffix("：") {
            name = inner.dropLast()
        } else if after.hasPrefix(":") || after.hasPrefix("：") {
            name = inner
            after = after.dropFirst()
        } else {
            // `**Name** [00:12:34]` alone on its line, optionally with a colon after the time.
            var tail = TextDecoding.trimmingLeadingWhitespace(after)
            guard let length = Timestamp.leadingLength(tail) else { return nil }
            stamp = [timestamp, String(tail.prefix(length))].compactMap { $0 }.joined(separator: " ")
            tail = TextDecoding.trimmingLeadingWhitespace(tail.dropFirst(length))
            guard tail.isEmpty || tail == ":" else { return nil }
            name = inner
            after = ""
        }
        var trimmedName = TextDecoding.trimmed(name)
        // A label typed twice (`**Ann Lee: Ann Lee:**`) names one speaker.
        if let colon = trimmedName.range(of: ": "),
           trimmedName[..<colon.lowerBound] == trimmedName[colon.upperBound...] {
            trimmedName = String(trimmedName[..<colon.lowerBound])
        }
        guard trimmedName.count <= 60, !trimmedName.contains("*"), !trimmedName.contains("?"),
              trimmedName.split(separator: " ").count <= 8
        else { return nil }
        // `**Name:**Text` and `**Name:*** text` happen in real transcripts: a colon inside the
        // bold is label enough. `**Word**:` must be followed by a blank to count.
        let colonInside = inner.hasSuffix(":") || inner.hasSuffix("：")
        if !colonInside, !after.isEmpty, let next = after.first, !TextDecoding.isBlank(next.unicodeScalars.first!) { return nil }
        // A timestamp after the label stays in the text exactly as written (`\[33:15\]You…`).
        let rest = TextDecoding.trimmingLeadingWhitespace(after)
        return SpeakerLabel(name: trimmedName, rest: String(rest), timestamp: stamp, bold: true)
    }

    private static func plain(_ text: Substring, timestamp: String?) -> SpeakerLabel? {
        let window = text.prefix(48)
        if let colon = window.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            let fullWidth = text[colon] == "："
            var namePart = text[..<colon]
            let after = text[text.index(after: colon)...]
            if !fullWidth, let next = after.first, !(next == " " || next == "\t") { return nil }
            var stamp = timestamp
            // `Name (00:01:02):` or `Name [00:12]:`
            if let open = namePart.lastIndex(where: { $0 == "(" || $0 == "[" }),
               let length = Timestamp.leadingLength(namePart[open...]), namePart.distance(from: open, to: namePart.endIndex) == length {
                stamp = [timestamp, String(namePart[open...])].compactMap { $0 }.joined(separator: " ")
                namePart = namePart[..<open]
            }
            let name = TextDecoding.trimmed(namePart)
            guard isPlainName(name) else { return nil }
            return SpeakerLabel(name: name, rest: String(TextDecoding.trimmingLeadingWhitespace(after)), timestamp: stamp, bold: false)
        }
        // `Name [00:12]` or `Name 00:12:34` alone on its line.
        guard text.count <= 60, let space = text.lastIndex(of: " ") else { return nil }
        let tail = text[text.index(after: space)...]
        guard let length = Timestamp.leadingLength(tail), length == tail.count, timestamp == nil else { return nil }
        let name = TextDecoding.trimmed(text[..<space])
        guard isPlainName(name) else { return nil }
        return SpeakerLabel(name: name, rest: "", timestamp: String(tail), bold: false)
    }

    private static let particles: Set<String> = ["van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "al", "el", "y", "dos", "das"]

    /// Words that end in a colon in ordinary prose and page furniture, never a speaker.
    static let notNames: Set<String> = [
        "note", "notes", "update", "updated", "edit", "source", "sources", "photo", "image", "credit",
        "credits", "example", "examples", "tip", "warning", "disclaimer", "ps", "p.s.", "summary",
        "tldr", "related", "see also", "transcript", "title", "date", "author", "authors", "tags",
        "tag", "published", "posted", "category", "categories", "link", "links", "url", "email",
        "twitter", "website", "web", "github", "location", "license", "step", "caveat", "bonus",
        "spoiler", "correction", "abstract", "language", "genre", "publisher", "identifiers",
        "part number", "number of parts", "release date", "subject area", "speakers", "topics", "topic",
        "duration", "length", "episode", "season", "show notes", "sponsors", "sponsor", "links",
        "time", "place", "venue", "event", "also", "but", "and", "so", "then", "now", "here",
        "first", "second", "third", "finally", "today", "yesterday", "tomorrow", "result", "results",
        "answer", "question", "fact", "reason", "problem", "solution", "goal", "lesson", "idea",
        "important", "bottom line", "pro tip", "fun fact", "hint", "todo", "fix", "bug", "error",
        "usage", "input", "output", "returns", "return", "default", "type", "name", "version",
    ]

    /// A person's name or a short role ("Jane Doe", "BRIAN K", "Q", "Speaker 2", "王小明").
    static func isPlainName(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 40, !notNames.contains(name.lowercased()) else { return false }
        let words = name.split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        for (index, word) in words.enumerated() {
            guard let first = word.first else { return false }
            let cased = first.isUppercase || first.isLowercase
            if index > 0, particles.contains(word.lowercased()) { continue }
            if first.isNumber, index > 0, word.allSatisfy(\.isNumber) { continue }
            if !(first.isUppercase || (first.isLetter && !cased)) { return false }
            for character in word where !(character.isLetter || character.isNumber || "'’.-".contains(character) || character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark })) {
                return false
            }
        }
        return true
    }
}
