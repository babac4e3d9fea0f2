/// Renders the inline Markdown of a paragraph for the screen: markup removed, styles kept as
/// runs over the text. A pure function; the model keeps the Markdown as written.
///
/// A paragraph's lines keep their layout (list items, line breaks). Lines are sorted first:
/// indented code lines (four spaces or a tab, at the start of a paragraph or after another code
/// line, as CommonMark has it) and lines inside ``` or ~~~ fences are shown as written in the code
/// style; a line that is a whole link reference definition is not shown; the other lines are
/// parsed as inline Markdown, a list item starting a new stretch so emphasis cannot leak from one
/// item into the next.
///
/// Why a tokenizer of our own rather than a Markdown library: the one in reach (Ink) renders
/// HTML, and the reader needs styled runs whose offsets map back to the source, to place search
/// matches. See `InlineParser` for what is parsed.
public enum InlineMarkdown {
    /// - Parameters:
    ///   - references: definitions for reference links (`[text][label]`), usually the whole
    ///     interview's (``LinkReferences/init(scanning:)``).
    public static func render(_ markdown: String, references: LinkReferences = .none) -> StyledText {
        guard mayHaveMarkup(markdown) else { return StyledText(plain: markdown) }
        let source = Array(markdown)
        var builder = StyledTextBuilder()
        var stretchStart: Int?
        var fence: Character?
        var previous = LineKind.blank

        func flushStretch(to end: Int) {
            guard let start = stretchStart else { return }
            var parser = InlineParser(Array(source[start..<end]), references: references, isFragment: false)
            parser.parse(into: &builder, base: start)
            stretchStart = nil
        }

        var lineStart = 0
        while lineStart <= source.count {
            let lineEnd = source[lineStart...].firstIndex(where: \.isNewline) ?? source.count
            let line = source[lineStart..<lineEnd]
            let kind = classify(line, previous: previous, fence: &fence, references: references)
            switch kind {
            case .code:
                flushStretch(to: lineStart)
                builder.skip(lineStart - builder.sourceConsumed)
                line.forEach { builder.append($0, style: .code) }
            case .definition:
                flushStretch(to: lineStart)
            case .listItem:
                flushStretch(to: lineStart)
                stretchStart = lineStart
            case .text:
                if stretchStart == nil { stretchStart = lineStart }
            case .blank:
                // Paragraphs are parsed apart: emphasis never spans a blank line.
                flushStretch(to: lineStart)
                builder.skip(lineStart - builder.sourceConsumed)
                line.forEach { builder.append($0) }
            }
            previous = kind
            guard lineEnd < source.count else { break }
            if stretchStart == nil {
                // A line break outside a stretch is shown as it is, unless it ends a hidden line.
                builder.skip(lineEnd - builder.sourceConsumed)
                if kind == .definition { builder.skip(1) } else { builder.append(source[lineEnd]) }
            }
            lineStart = lineEnd + 1
        }
        flushStretch(to: source.count)
        builder.skip(source.count - builder.sourceConsumed)
        if previous == .definition { builder.dropTrailingLineBreaks() }
        return builder.build()
    }

    /// False when one pass over the bytes shows there is nothing to render: no marker character,
    /// no URL, no line that could be code. Most paragraphs of a transcript are like that, and the
    /// reader renders the answer on screen at every key.
    static func mayHaveMarkup(_ text: String) -> Bool {
        var lineStart = true
        var spaces = 0
        // The two bytes before this one, for `://` and `ww.`.
        var before: UInt8 = 0
        var last: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "~"), UInt8(ascii: "\t"):
                return true
            case UInt8(ascii: "/") where before == UInt8(ascii: ":") && last == UInt8(ascii: "/"):
                return true
            case UInt8(ascii: ".") where before | 0x20 == UInt8(ascii: "w") && last | 0x20 == UInt8(ascii: "w"):
                return true
            default:
                break
            }
            if lineStart, byte == UInt8(ascii: " ") {
                spaces += 1
                if spaces >= 4 { return true }
            } else {
                lineStart = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                spaces = 0
            }
            before = last
            last = byte
        }
        return false
    }

    /// Whether a paragraph only defines link references, and so shows nothing.
    public static func isOnlyDefinitions(_ paragraph: String) -> Bool {
        let lines = paragraph.split(whereSeparator: \.isNewline)
        return !lines.isEmpty && lines.allSatisfy { LinkReferences.definition(in: Array($0)) != nil }
    }

    private enum LineKind { case blank, text, listItem, code, definition }

    private static func classify(
        _ line: ArraySlice<Character>, previous: LineKind, fence: inout Character?, references: LinkReferences
    ) -> LineKind {
        let indent = line.prefix { $0 == " " }.count
        let trimmed = line.dropFirst(indent)
        if indent <= 3, let marker = trimmed.first, marker == "`" || marker == "~", trimmed.prefix(3).allSatisfy({ $0 == marker }),
           trimmed.count >= 3, marker == "~" || !trimmed.drop(while: { $0 == "`" }).contains("`") {
            if fence == nil {
                fence = marker
            } else if fence == marker {
                fence = nil
            }
            return .code
        }
        if fence != nil { return .code }
        if trimmed.allSatisfy(\.isWhitespace) { return .blank }
        if (indent >= 4 || line.first == "\t"), previous == .blank || previous == .code { return .code }
        if indent <= 3, trimmed.first == "[", LinkReferences.definition(in: Array(line)) != nil { return .definition }
        if isListItem(trimmed) { return .listItem }
        return .text
    }

    /// `- `, `* `, `+ `, or 1–9 digits then `.` or `)` and a space.
    private static func isListItem(_ line: ArraySlice<Character>) -> Bool {
        guard let first = line.first else { return false }
        let rest = line.dropFirst()
        if first == "-" || first == "*" || first == "+" { return rest.first == " " || rest.first == "\t" }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return false }
        let after = line.dropFirst(digits.count)
        return (after.first == "." || after.first == ")") && (after.dropFirst().first == " " || after.dropFirst().first == "\t")
    }
}
