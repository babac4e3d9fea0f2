/// A speaker label that opens a turn: `**Name:** text`, `**Name**: text`, `Name: text`,
/// `Name:` alone on its line, with or without a timestamp near the name (`[00:01] Name:`,
/// `**Name:** [00:12:34] text`, `Name (00:01:02):`, `Name [00:12]`).
struct SpeakerLabel: Hashable, Sendable {
    /// How the label is written. Shapes that ordinary prose can also take (a lowercase handle,
    /// a hearing-style `Mr. SMITH.`, a bare `Q`) need more recurrence before they count.
    enum Shape: String, Hashable, Sendable {
        case bold, plain, caps, hearing, anonymous, handle
    }

    var name: String
    /// The text after the label on the same line, without the label's own timestamp.
    var rest: String
    /// A timestamp written next to the name, kept so that it stays with the turn's text.
    var timestamp: String?
    /// Written in bold (`**Name:**`): a deliberate label, unlike a plain `Word:` which may be
    /// ordinary prose.
    var bold: Bool
    var shape: Shape = .plain
    /// Initials the label introduces for later turns: `Ada Lovelace (AL):` → `AL`.
    var alias: String?

    /// The turn's start time, from the label's own timestamp or one opening the text.
    var time: Timecode? { timestamp.flatMap(Timestamp.firstTime) }

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
        return timedAlone(text, timestamp: timestamp) ?? plain(text, timestamp: timestamp)
            ?? anonymous(text, timestamp: timestamp) ?? hearing(text, timestamp: timestamp)
    }

    /// A byte-level look at the line's start: labels open with `*`, `[`, `(`, `\`, a letter or
    /// a digit, and have a colon early or are short, or are a bare `Q`/`A` or a hearing-style
    /// `Mr. SMITH.`. Most prose lines leave here cheaply.
    static func mightBeLabel(_ line: String) -> Bool {
        var seen = 0
        var started = false
        var capitals = 0
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if !started {
                if byte == 0x20 || byte == 0x09 { continue }
                started = true
                let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                guard isLetter || byte >= 0x80 || byte == 0x2A || byte == 0x5B || byte == 0x28 || byte == 0x5C else { return false }
            }
            if byte == 0x3A || byte == 0xBC { return true }
            // `Q` or `A` then a tab, a non-breaking space or a second space.
            if seen == 1, previous == 0x51 || previous == 0x41, byte == 0x09 || byte == 0xC2 || byte == 0x20 || byte == 0x2E { return true }
            // Two capitals then `. `: a hearing-style `Mr. SMITH.` in the first words.
            if byte >= 0x41 && byte <= 0x5A { capitals += 1 } else if byte != 0x2E { capitals = 0 }
            if byte == 0x2E, capitals >= 2, seen < 48 { return true }
            previous = byte
            seen += 1
            if seen > 110 { return false }
        }
        return started
    }

    /// Whitespace that may follow a label's colon: spaces, tabs, and the non-breaking spaces
    /// that copied transcripts keep.
    static func isLabelGap(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{00A0}" || character == "\u{2007}" || character == "\u{202F}"
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
        // A whole bold line that opens with a label (`**Q: What next?**`): the label, then its text.
        if after.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }), !inner.hasSuffix(":"), !inner.hasSuffix("："),
           let colon = inner.prefix(40).firstIndex(of: ":"), inner[inner.index(after: colon)...].first.map(isLabelGap) == true {
            let name = TextDecoding.trimmed(inner[..<colon])
            let rest = TextDecoding.trimmingLeadingWhitespace(inner[inner.index(after: colon)...])
            guard isPlainName(name), !rest.isEmpty else { return nil }
            return SpeakerLabel(name: name, rest: String(rest), timestamp: timestamp, bold: true, shape: .bold)
        }
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
        if trimmedName.utf8.contains(0x3A), let colon = trimmedName.range(of: ": "),
           trimmedName[..<colon.lowerBound] == trimmedName[colon.upperBound...] {
            trimmedName = String(trimmedName[..<colon.lowerBound])
        }
        // `*` and `?` are first looked for in the bytes: a name with no `*` byte holds no `*`.
        let bytes = trimmedName.utf8
        guard trimmedName.count <= 60, !(bytes.contains(0x2A) && trimmedName.contains("*")),
              !(bytes.contains(0x3F) && trimmedName.contains("?")), SpaceSeparatedWords.count(in: trimmedName) <= 8
        else { return nil }
        // `**Name:**Text` and `**Name:*** text` happen in real transcripts: a colon inside the
        // bold is label enough. `**Word**:` must be followed by a blank to count.
        let colonInside = inner.hasSuffix(":") || inner.hasSuffix("：")
        if !colonInside, !after.isEmpty, let next = after.first, !TextDecoding.isBlank(next.unicodeScalars.first!) { return nil }
        // A timestamp right after the label is the turn's time (`\[33:15\]You…`), not text.
        var rest = TextDecoding.trimmingLeadingWhitespace(after)
        if let length = Timestamp.leadingLength(rest) {
            stamp = [stamp, String(rest.prefix(length))].compactMap { $0 }.joined(separator: " ")
            rest = TextDecoding.trimmingLeadingWhitespace(rest.dropFirst(length))
        }
        return SpeakerLabel(name: trimmedName, rest: String(rest), timestamp: stamp, bold: true, shape: .bold)
    }

    private static func plain(_ text: Substring, timestamp: String?) -> SpeakerLabel? {
        if let colon = labelColon(text) {
            let fullWidth = text[colon] == "："
            var namePart = text[..<colon]
            let after = text[text.index(after: colon)...]
            if !fullWidth, let next = after.first, !isLabelGap(next) { return nil }
            var stamp = timestamp
            var alias: String?
            // `Name (00:01:02):` or `Name [00:12]:`, and `Ada Lovelace (AL):` introducing initials.
            if let open = namePart.lastIndex(where: { $0 == "(" || $0 == "[" }) {
                if let length = Timestamp.leadingLength(namePart[open...]), namePart.distance(from: open, to: namePart.endIndex) == length {
                    stamp = [timestamp, String(namePart[open...])].compactMap { $0 }.joined(separator: " ")
                    namePart = namePart[..<open]
                } else if namePart.last == ")", let initials = Initials.inParentheses(namePart[open...]) {
                    alias = initials
                    namePart = namePart[..<open]
                }
            }
            let name = normalisedSpaces(TextDecoding.trimmed(namePart))
            var rest = TextDecoding.trimmingLeadingWhitespace(after.drop(while: isLabelGap))
            // `Name: 00:01:30` alone on its line: the time belongs to the label.
            if stamp == nil || stamp == timestamp, let length = Timestamp.leadingLength(rest) {
                let tail = TextDecoding.trimmingLeadingWhitespace(rest.dropFirst(length))
                if tail.isEmpty || tail == ":" {
                    stamp = [stamp, String(rest.prefix(length))].compactMap { $0 }.joined(separator: " ")
                    rest = ""
                }
            }
            if isPlainName(name) {
                return SpeakerLabel(name: name, rest: String(rest), timestamp: stamp, bold: false, shape: isCapitals(name) ? .caps : .plain, alias: alias)
            }
            if alias == nil, isHandle(name) {
                return SpeakerLabel(name: name, rest: String(rest), timestamp: stamp, bold: false, shape: .handle)
            }
            return nil
        }
        return nil
    }

    /// The colon that ends a label within its first 60 characters: the first one outside
    /// brackets and parentheses (`Jane (00:01:02):` has colons inside its time).
    private static func labelColon(_ text: Substring) -> Substring.Index? {
        var depth = 0
        var seen = 0
        for index in text.indices {
            let character = text[index]
            seen += 1
            if seen > 60 { return nil }
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case ":", "：": if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }

    /// A name and a time alone on a line, in the ways exports separate them: `Jane Doe  0:03`,
    /// `Name – 00:03:22:`, `Name - 00:03:22`, `Name [00:12]`, `Name 00:12:34`, `Name · 1:02`.
    private static func timedAlone(_ text: Substring, timestamp: String?) -> SpeakerLabel? {
        guard timestamp == nil, text.utf8.count <= 90 else { return nil }
        var body = TextDecoding.trimmed(text)[...]
        if body.hasSuffix(":") { body = body.dropLast() }
        guard let space = body.lastIndex(where: isLabelGap) else { return nil }
        let tail = body[body.index(after: space)...]
        guard let length = Timestamp.leadingLength(tail), length == tail.count else { return nil }
        var namePart = body[..<space]
        while let last = namePart.last, isLabelGap(last) || last == "–" || last == "—" || last == "-" || last == "|" || last == "·" || last == "," {
            namePart = namePart.dropLast()
        }
        let name = normalisedSpaces(TextDecoding.trimmed(namePart))
        guard isPlainName(name) else { return nil }
        return SpeakerLabel(name: name, rest: "", timestamp: String(tail), bold: false, shape: isCapitals(name) ? .caps : .plain)
    }

    /// `Q` or `A` with no colon, then the text after a tab, a non-breaking space, several
    /// spaces, or `. ` (`Q    Thank you…`, `Q. How…`): how press briefings and court
    /// transcripts mark anonymous questions and answers.
    private static func anonymous(_ text: Substring, timestamp: String?) -> SpeakerLabel? {
        guard let letter = text.first, letter == "Q" || letter == "A" else { return nil }
        var rest = text.dropFirst()
        if rest.first == "." { rest = rest.dropFirst() }
        let gap = rest.prefix(while: isLabelGap)
        guard !gap.isEmpty else { return nil }
        let wide = gap.count >= 2 || gap.contains(where: { $0 != " " }) || text.dropFirst().first == "."
        rest = rest.dropFirst(gap.count)
        guard let next = rest.first, wide || next.isUppercase || next == "\"" || next == "“" else { return nil }
        return SpeakerLabel(name: String(letter), rest: String(rest), timestamp: timestamp, bold: false, shape: .anonymous)
    }

    /// Congressional-hearing labels: a title and a surname in capitals, then a full stop
    /// (`Mr. SMITH. Thank you`, `The CHAIRMAN. The committee…`, `Senator WARREN. I…`).
    private static func hearing(_ text: Substring, timestamp: String?) -> SpeakerLabel? {
        let window = text.prefix(60)
        var words: [Substring] = []
        var cursor = window.startIndex
        while cursor < window.endIndex, words.count < 4 {
            let end = window[cursor...].firstIndex(where: { $0 == " " || $0 == "\u{00A0}" }) ?? window.endIndex
            let word = window[cursor..<end]
            words.append(word)
            // The label ends at a capitalised surname followed by a full stop.
            if word.count >= 3, word.hasSuffix("."), word.dropLast().count >= 2,
               word.dropLast().allSatisfy({ $0.isUppercase || $0 == "-" || $0 == "'" || $0 == "’" }),
               end < text.endIndex {
                guard words.count >= 2 else { return nil }
                for title in words.dropLast() where !(title.first?.isUppercase ?? false) { return nil }
                let name = words.map(String.init).joined(separator: " ").dropLast()
                let rest = TextDecoding.trimmingLeadingWhitespace(text[end...].drop(while: isLabelGap))
                guard !rest.isEmpty else { return nil }
                return SpeakerLabel(name: String(name), rest: String(rest), timestamp: timestamp, bold: false, shape: .hearing)
            }
            guard end < window.endIndex else { break }
            cursor = window.index(after: end)
        }
        return nil
    }

    /// Names with non-breaking spaces or runs of spaces between words read as one name.
    private static func normalisedSpaces(_ name: String) -> String {
        guard name.contains(where: { isLabelGap($0) && $0 != " " }) || name.contains("  ") else { return name }
        return name.split(whereSeparator: isLabelGap).joined(separator: " ")
    }

    /// `MS. SMITH-JONES`, `PRESIDENT JONES`: every letter a capital, more than one letter.
    static func isCapitals(_ name: String) -> Bool {
        var letters = 0
        for character in name where character.isLetter {
            guard character.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// A chat handle: one lowercase token (`nickname`, `dev_42`, `j.doe`), not a prose word
    /// that ends in a colon.
    static func isHandle(_ name: String) -> Bool {
        guard (2...32).contains(name.count), let first = name.first, first.isLowercase,
              !notNames.contains(name), !PageNoise.markerWords.contains(name) else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
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
        "well", "yes", "no", "okay", "ok", "look", "like", "see", "why", "how", "what", "because",
        "anyway", "plus", "meanwhile", "however", "example", "e.g", "i.e", "q&a", "faq",
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
