/// What the body's line-level grammar recognises, and how text that looks like it is escaped.
///
/// A text line that would be read as structure (a `#`/`##` heading anywhere; a `**Name:**` label
/// or a `[12:04]` time marker at the start of an answer's paragraph or of a question) is written
/// with a leading backslash, as Markdown escapes it; so is a line that starts with a backslash
/// that the reader would remove.
enum Escaping {
    /// What a line may open with where it stands: a speaker label (by these names) and, at the
    /// start of a turn, a time marker. Headings are structure everywhere.
    struct LineStart {
        var labels: Set<String>
        var markers: Bool

        /// Inside a paragraph or a section: only headings are structure.
        static let plain = LineStart(labels: [], markers: false)
    }

    static func isHeading(_ line: String) -> Bool {
        headingLevel(line) != nil
    }

    /// 1 for `# …`, 2 for `## …`, nil otherwise.
    static func headingLevel(_ line: String) -> Int? {
        if line == "#" || line.hasPrefix("# ") { return 1 }
        if line == "##" || line.hasPrefix("## ") { return 2 }
        return nil
    }

    /// The speaker name and the rest, for a line that opens with `**Name:** `.
    static func splitLabel(_ line: String, labels: Set<String>) -> (name: String, rest: String)? {
        // Searched as bytes: exactly what `label(_:)` writes, whatever follows it.
        let bytes = line.utf8
        guard line.hasPrefix("**"), let end = bytes.firstRange(of: ":** ".utf8) else { return nil }
        let nameStart = bytes.index(bytes.startIndex, offsetBy: 2)
        guard nameStart <= end.lowerBound else { return nil }
        let name = String(Substring(bytes[nameStart..<end.lowerBound]))
        guard labels.contains(name) else { return nil }
        return (name, String(Substring(bytes[end.upperBound...])))
    }

    static func label(_ name: String) -> String { "**\(name):** " }

    private static func isStructure(_ line: Substring, at start: LineStart) -> Bool {
        isHeading(String(line)) || (start.markers && TimeMarker.isMarkerShaped(line))
            || (!start.labels.isEmpty && splitLabel(String(line), labels: start.labels) != nil)
    }

    /// Whether `unescape` would change the line: it starts with a backslash followed by
    /// structure or by another backslash.
    private static func startsWithEscape(_ line: Substring, at start: LineStart) -> Bool {
        guard line.first == "\\" else { return false }
        let rest = line.dropFirst()
        return rest.first == "\\" || isStructure(rest, at: start)
    }

    static func line(_ line: String, at start: LineStart) -> String {
        needsEscape(line[...], at: start) ? "\\" + line : line
    }

    static func unescape(_ line: String, at start: LineStart) -> String {
        startsWithEscape(line[...], at: start) ? String(line.dropFirst()) : line
    }

    /// Escapes a paragraph: its first line as it stands at `start`, the others against headings.
    /// A paragraph with no line that needs it comes back as it is (most do: the writer runs this
    /// on every paragraph of every interview).
    static func paragraph(_ paragraph: String, at start: LineStart) -> String {
        let lines = paragraph.pieces(betweenLineFeeds: 1)
        guard lines.enumerated().contains(where: { index, text in needsEscape(text, at: index == 0 ? start : .plain) }) else {
            return paragraph
        }
        return lines.enumerated().map { index, text in
            Escaping.line(String(text), at: index == 0 ? start : .plain)
        }.joined(separator: "\n")
    }

    /// Whether `line(_:at:)` would add a backslash. Structure and escapes all open with `#`,
    /// `[`, `*` or `\\`: a line that opens with any other byte leaves at once.
    private static func needsEscape(_ line: Substring, at start: LineStart) -> Bool {
        switch line.utf8.first {
        case UInt8(ascii: "#"), UInt8(ascii: "["), UInt8(ascii: "*"), UInt8(ascii: "\\"):
            return isStructure(line, at: start) || startsWithEscape(line, at: start)
        default:
            return false
        }
    }
}
