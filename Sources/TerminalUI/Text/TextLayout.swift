/// Horizontal placement of text inside a width.
public enum Alignment: Sendable, Hashable {
    case leading, center, trailing
}

/// Wrapping, truncating and padding text by display width.
///
/// All functions work on whole grapheme clusters, so a cluster is never split, and measure with
/// ``DisplayWidth``. They do not sanitise: widgets sanitise first (see ``Sanitizer``) and lay
/// out the safe text, so what is measured is exactly what is drawn.
public enum TextLayout {
    /// The ellipsis appended by ``truncate(_:width:)``.
    public static let ellipsis: Character = "…"

    /// Wraps `text` to lines of at most `width` columns.
    ///
    /// Breaks at spaces (which are dropped at the break), keeps explicit newlines (an empty
    /// paragraph gives an empty line), and breaks a word longer than the width between clusters.
    /// Leading spaces of a paragraph are kept (indentation). A single cluster wider than `width`
    /// (a 2-column emoji when `width` is 1) sits alone on its line: that is the only case where a
    /// line exceeds the width, since dropping it would lose text.
    public static func wrap(_ text: some StringProtocol, width: Int) -> [String] {
        let clusters = Array(text)
        return wrapRanges(clusters, width: width).map { String(clusters[$0]) }
    }

    /// Wraps clusters and returns each line as a range of offsets into `clusters`.
    ///
    /// Ranges are increasing and non-overlapping; what lies between two consecutive ranges is
    /// only break spaces or a newline. Callers that carry per-cluster data (highlights) use this.
    /// - Parameter glued: where true, a space is not a place to break (a code span's spaces), so
    ///   the words around it move to the next line together unless they are wider than a line.
    public static func wrapRanges(_ clusters: [Character], width: Int, glued: [Bool]? = nil) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0
        let canBreak: (Int) -> Bool = { index in
            isBreakSpace(clusters[index]) && !(glued.map { index < $0.count && $0[index] } ?? false)
        }
        for index in clusters.indices where clusters[index].isNewline {
            wrapParagraph(clusters, start..<index, width: width, canBreak: canBreak, into: &lines)
            start = index + 1
        }
        wrapParagraph(clusters, start..<clusters.count, width: width, canBreak: canBreak, into: &lines)
        return lines
    }

    /// Cuts `text` to at most `width` columns, ending with `…` when something was cut.
    public static func truncate(_ text: some StringProtocol, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return String(text) }
        guard width > 0 else { return "" }
        var out = ""
        var used = 0
        for cluster in text {
            let w = DisplayWidth.of(cluster)
            if used + w > width - 1 { break }
            out.append(cluster)
            used += w
        }
        out.append(ellipsis)
        return out
    }

    /// Truncates (with `…`) or pads with spaces so the result is exactly `width` columns.
    public static func pad(_ text: some StringProtocol, width: Int, alignment: Alignment = .leading) -> String {
        let cut = truncate(text, width: width)
        let gap = max(0, width - DisplayWidth.of(cut))
        switch alignment {
        case .leading:
            return cut + String(repeating: " ", count: gap)
        case .trailing:
            return String(repeating: " ", count: gap) + cut
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }

    /// Spaces a line may break at. No-break spaces are excluded on purpose.
    static func isBreakSpace(_ c: Character) -> Bool {
        c.isWhitespace && !c.isNewline && c != "\u{00A0}" && c != "\u{2007}" && c != "\u{202F}"
    }

    private static func wrapParagraph(
        _ clusters: [Character], _ paragraph: Range<Int>, width: Int, canBreak: (Int) -> Bool, into lines: inout [Range<Int>]
    ) {
        var lineStart = paragraph.lowerBound
        var lineEnd = lineStart
        var lineWidth = 0
        var hasContent = false
        var pendingSpaceWidth = 0
        var i = paragraph.lowerBound
        while i < paragraph.upperBound {
            let isSpace = canBreak(i)
            var j = i
            var runWidth = 0
            while j < paragraph.upperBound, canBreak(j) == isSpace {
                runWidth += DisplayWidth.of(clusters[j])
                j += 1
            }
            defer { i = j }
            if isSpace, hasContent {
                // Spaces between words: they stay only if the next word joins this line.
                pendingSpaceWidth = runWidth
                continue
            }
            if hasContent, lineWidth + pendingSpaceWidth + runWidth <= width {
                lineEnd = j
                lineWidth += pendingSpaceWidth + runWidth
                pendingSpaceWidth = 0
                continue
            }
            if hasContent { lines.append(lineStart..<lineEnd) }
            lineStart = i
            lineEnd = i
            lineWidth = 0
            pendingSpaceWidth = 0
            for k in i..<j {
                let w = DisplayWidth.of(clusters[k])
                if lineWidth + w > width, lineEnd > lineStart {
                    lines.append(lineStart..<lineEnd)
                    lineStart = k
                    lineWidth = 0
                }
                lineEnd = k + 1
                lineWidth += w
            }
            hasContent = true
        }
        lines.append(hasContent ? lineStart..<lineEnd : paragraph.lowerBound..<paragraph.lowerBound)
    }
}
