import Foundation

/// Lines that a copied web page or a transcript export carries but that nobody said or wrote:
/// script warnings, image placeholders and ids, photo credits, stray counters, machine keyword
/// clouds, comment-form chrome and "Break" markers.
///
/// Each rule describes a kind of line, never a particular text, and is cheap enough to run on
/// every line of a very large file (long prose lines leave after a length check).
enum PageNoise {
    static func isNoise(_ line: String) -> Bool {
        let count = line.utf8.count
        // Long lines can only be keyword clouds; most prose leaves at its first ". ".
        if count > 220 { return isKeywordCloud(line) }
        if count > 60 {
            // Credits and script warnings are recognised by their first words alone.
            if mayOpenWithPrefix(line) {
                let head = String(TextDecoding.trimmingLeadingWhitespace(line).prefix(32)).lowercased()
                if prefixes.contains(where: { head.hasPrefix($0) }) { return true }
            }
            if isScriptWarning(line) { return true }
            return isKeywordCloud(line)
        }
        let text = TextDecoding.trimmed(line)
        if text.isEmpty { return false }
        let key = text.lowercased()
        if exactLines.contains(key) { return true }
        if isCounter(text) || isImageID(text) || isBreakMarker(text) { return true }
        if prefixes.contains(where: { key.hasPrefix($0) }) || isScriptWarning(text) { return true }
        return isKeywordCloud(text)
    }

    /// A page's complaint that scripts are off ("… doesn't work properly without JavaScript
    /// enabled. Please enable it …").
    static func isScriptWarning(_ line: String) -> Bool {
        guard mentionsJavaScript(line) else { return false }
        let lower = line.lowercased()
        // Both the complaint and the page's address to the reader, so that speech about the
        // language ("you can enable that in JavaScript") is never taken for it.
        let complaint = ["without javascript", "javascript enabled", "enable javascript", "javascript is disabled", "javascript is required", "requires javascript"]
        let address = ["please", "this page", "this site", "your browser"]
        return complaint.contains(where: lower.contains) && address.contains(where: lower.contains)
    }

    /// "javascript" in any case, found on the bytes: this runs on most lines of every file,
    /// and almost none mention it.
    private static func mentionsJavaScript(_ line: String) -> Bool {
        let needle: [UInt8] = Array("javascript".utf8)
        var matched = 0
        for byte in line.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if lower == needle[matched] {
                matched += 1
                if matched == needle.count { return true }
            } else {
                matched = lower == needle[0] ? 1 : 0
            }
        }
        return false
    }

    /// Whole lines of page chrome, compared lowercased.
    private static let exactLines: Set<String> = [
        "image", "photo", "picture", "feedback", "share", "share this:", "share this", "like this:",
        "tweet", "print", "email", "loading...", "loading…", "advertisement", "skip to content",
        "menu", "comments are closed.", "comments are closed", "leave a reply", "leave a comment",
        "cancel reply", "reply", "log in to reply", "related", "related posts", "post navigation",
        "required fields are marked *", "your email address will not be published.",
        "your email address will not be published. required fields are marked *",
        "read more", "continue reading", "subscribe", "sign up", "back to top", "play", "pause",
        "**:**", "**:", ":",
    ]

    /// Starts of credit and chrome lines, lowercased.
    private static let prefixes = [
        "cover photo", "photo credit", "photo by ", "photo: ", "image credit", "image: ", "image by ",
        "featured image", "header image", "credit: ", "transcript: english", "please enable javascript", "javascript is disabled", "you need to enable javascript",
        "this site requires javascript", "enable javascript to",
    ]

    /// The first letters of `prefixes`.
    private static let prefixInitials = Set(prefixes.compactMap(\.unicodeScalars.first))

    /// Whether the line's first non-blank scalar can begin one of `prefixes` once lowercased:
    /// an ASCII one only if it is one of their first letters in either case (no other ASCII
    /// lowercases to a letter); anything else is left to the full comparison.
    private static func mayOpenWithPrefix(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first(where: { !TextDecoding.isBlank($0) }) else { return false }
        guard first.isASCII else { return true }
        return prefixInitials.contains(Unicode.Scalar(UInt8(ascii: first) | 0x20))
    }

    /// A lone number or clock time (`11`, `00:00`, `1:02:03`): a counter or timestamp, not text.
    static func isCounter(_ text: String) -> Bool {
        var digits = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { digits += 1 } else if byte != 0x3A && byte != 0x2E { return false }
        }
        return digits > 0 && digits <= 8
    }

    /// A lone machine token such as an image id (`q8zkf02mwpx7tbnd41ra`) or a file name of an
    /// image: long, no spaces, lowercase letters mixed with digits.
    static func isImageID(_ text: String) -> Bool {
        // Every image file name has a `.`, which lowercasing neither makes nor removes.
        let lower = text.utf8.contains(0x2E) ? text.lowercased() : ""
        for suffix in [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"] where lower.hasSuffix(suffix) && !lower.contains(" ") {
            return true
        }
        guard text.utf8.count >= 12, text.utf8.count <= 40 else { return false }
        var letters = 0, digits = 0
        for byte in text.utf8 {
            switch byte {
            case 0x61...0x7A: letters += 1
            case 0x30...0x39: digits += 1
            case 0x5F, 0x2D: continue
            default: return false
            }
        }
        return letters >= 4 && digits >= 1
    }

    /// Words that mark a pause in a transcript rather than a speaker.
    static let markerWords: Set<String> = [
        "break", "jingle", "outro", "intro", "sample", "music", "ad", "ads", "ad break", "sponsor",
        "sponsors", "interlude", "theme", "theme music", "pause", "applause", "laughter", "silence",
        "crosstalk", "inaudible", "transition", "bumper", "sting",
    ]

    /// `**Break:**`, `**Break**: \[24:52\]`, `# **Break:** \[14:22\] to \[15:00\]`, `[Music]`: a
    /// pause marker with at most timestamps after it.
    static func isBreakMarker(_ text: String) -> Bool {
        var body = Substring(text)
        while body.hasPrefix("#") { body = body.dropFirst() }
        body = TextDecoding.trimmingLeadingWhitespace(body)
        if let label = SpeakerLabel.parse(String(body)) {
            guard markerWords.contains(label.name.lowercased()) else { return false }
            return Timestamp.isOnlyTimestamps(label.rest)
        }
        let stripped = body.trimmingCharacters(in: ["[", "]", "(", ")", "\\", "*", "_"])
        return body.first == "[" || body.first == "(" || body.hasPrefix("\\[") ? markerWords.contains(stripped.lowercased()) : false
    }

    /// Concatenated keyword lists that video pages generate ("GardeningSoftware testingTime
    /// zoneData storage device…"): words glued together with a capital and no space, many times,
    /// and none of the punctuation of sentences or code.
    static func isKeywordCloud(_ text: String) -> Bool {
        let count = text.utf8.count
        guard count >= 40 else { return false }
        var glued = 0
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            switch byte {
            case 0x3D, 0x3B, 0x7B, 0x7D: return false
            default: break
            }
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let previousJoins = (previous >= 0x61 && previous <= 0x7A) || previous == 0x29
            if isUpper && previousJoins { glued += 1 }
            if previous == 0x2E || (previous == 0x2C && byte == 0x20) { return false }
            previous = byte
        }
        if previous == 0x2E || previous == 0x3F || previous == 0x21 { return false }
        return glued >= 5 && glued * 60 >= count
    }
}

/// Clock timestamps as transcripts write them: `12:34`, `01:02:03.45`, with optional brackets.
enum Timestamp {
    /// Whether the text is a bare clock time like `00:12:34` or `1:02`.
    static func isClock<S: StringProtocol>(_ text: S) -> Bool {
        var parts = text.split(separator: ":", omittingEmptySubsequences: false)
        // SMPTE timecodes add a frame count (`00:44:03:20`): a clock with frames.
        if parts.count == 4, parts[3].count == 2, parts[3].allSatisfy(\.isASCIIDigit) { parts.removeLast() }
        guard (2...3).contains(parts.count) else { return false }
        for (index, part) in parts.enumerated() {
            var piece = part
            if index == parts.count - 1, let dot = piece.firstIndex(of: ".") {
                let fraction = piece[piece.index(after: dot)...]
                guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return false }
                piece = piece[..<dot]
            }
            guard (1...2).contains(piece.count), piece.allSatisfy(\.isASCIIDigit) else { return false }
        }
        return true
    }

    /// Length in characters of a timestamp at the start of `text` (`[00:12]`, `\[00:12\]`,
    /// `(00:12)`, `00:12`), including brackets, or nil.
    static func leadingLength<S: StringProtocol>(_ text: S) -> Int? {
        guard let first = text.utf8.first, first == 0x5B || first == 0x28 || first == 0x5C || (first >= 0x30 && first <= 0x39) else { return nil }
        if let bytes = asciiWindow(text) { return leadingLength(ascii: bytes) }
        let characters = Array(text.prefix(24))
        var index = 0
        var closers: [String] = []
        if characters.first == "\\", characters.count > 1, characters[1] == "[" { index = 2; closers = ["\\]"] }
        else if characters.first == "[" { index = 1; closers = ["]"] }
        else if characters.first == "(" { index = 1; closers = [")"] }
        var end = index
        while end < characters.count, characters[end].isASCIIDigit || characters[end] == ":" || characters[end] == "." { end += 1 }
        guard end > index, isClock(String(characters[index..<end])) else { return nil }
        if let closer = closers.first {
            let tail = String(characters[end...])
            guard tail.hasPrefix(closer) else { return nil }
            end += closer.count
        }
        return end
    }

    /// The first 24 bytes when they are the first 24 characters: the first 25 bytes (or all of
    /// them) ASCII with no CR, so that no byte joins a neighbour into one character.
    private static func asciiWindow<S: StringProtocol>(_ text: S) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        for byte in text.utf8.prefix(25) {
            guard byte < 0x80, byte != 0x0D else { return nil }
            bytes.append(byte)
        }
        return Array(bytes.prefix(24))
    }

    /// `leadingLength` on ASCII bytes, one byte per character.
    private static func leadingLength(ascii bytes: [UInt8]) -> Int? {
        var index = 0
        var closer: [UInt8] = []
        if bytes[0] == 0x5C, bytes.count > 1, bytes[1] == 0x5B { index = 2; closer = [0x5C, 0x5D] }
        else if bytes[0] == 0x5B { index = 1; closer = [0x5D] }
        else if bytes[0] == 0x28 { index = 1; closer = [0x29] }
        var end = index
        while end < bytes.count, (bytes[end] >= 0x30 && bytes[end] <= 0x3A) || bytes[end] == 0x2E { end += 1 }
        guard end > index, isClock(String(decoding: bytes[index..<end], as: UTF8.self)) else { return nil }
        guard bytes[end...].starts(with: closer) else { return nil }
        return end + closer.count
    }

    /// Whether the text holds nothing but timestamps and joining words (`\[25:59\] to \[27:11\]`).
    static func isOnlyTimestamps(_ text: String) -> Bool {
        var rest = Substring(TextDecoding.trimmed(text))
        while !rest.isEmpty {
            if let length = leadingLength(rest) {
                rest = TextDecoding.trimmingLeadingWhitespace(rest.dropFirst(length))
            } else if rest.hasPrefix("to ") || rest.hasPrefix("- ") || rest.hasPrefix("– ") {
                rest = TextDecoding.trimmingLeadingWhitespace(rest.dropFirst(2))
            } else {
                return false
            }
        }
        return true
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
