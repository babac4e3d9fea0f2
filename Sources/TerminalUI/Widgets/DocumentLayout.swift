/// A ``TextDocument`` wrapped to a width: the lines a ``TextView`` draws, and the scroll
/// arithmetic a controller needs (line ↔ position, pages, match lines).
///
/// Computing it is linear in the document's size; a controller that redraws often can keep one
/// per (document, width) and pass it to ``TextView/render(into:area:layout:)``.
public struct DocumentLayout: Sendable {
    /// What a laid-out line is, which decides its style.
    enum Role: Sendable { case heading, speaker, body, blank }

    struct Line: Sendable {
        var block: Int
        var role: Role
        var clusters: ArraySlice<Character>
        var indent: Int
        /// Offset of the first cluster in the block's sanitised text (body and heading lines).
        var start: Int
        /// Index of the first cluster drawn in the secondary (dim) style: the turn time beside a
        /// speaker label.
        var secondaryFrom: Int? = nil
    }

    /// The width the document was wrapped to.
    public let width: Int
    let lines: [Line]
    /// First line of each block, plus a final entry equal to the line count.
    let blockStarts: [Int]
    /// Each block's highlights mapped into its sanitised text, in the block's order.
    let highlightRanges: [[Range<Int>]]
    /// Each block's inline Markdown style per sanitised cluster (empty for a block without runs).
    let inlineStyles: [[InlineStyle]]
    /// Every highlight in reading order.
    public let matches: [MatchLocation]

    /// Indentation of a speaker's text under its label, when the width allows it.
    static let speechIndent = 2

    public init(document: TextDocument, width: Int) {
        let width = max(1, width)
        self.width = width
        var lines: [Line] = []
        var starts: [Int] = []
        var ranges: [[Range<Int>]] = []
        var styles: [[InlineStyle]] = []
        var matches: [MatchLocation] = []
        for (index, block) in document.blocks.enumerated() {
            starts.append(lines.count)
            if index > 0 { lines.append(Line(block: index - 1, role: .blank, clusters: [], indent: 0, start: 0)) }
            starts[index] = lines.count
            let text = Sanitizer.sanitize(block.text, keepNewlines: true)
            var indent = 0
            var role = Role.body
            switch block.kind {
            case .heading:
                role = .heading
            case .speech(let speaker, let time):
                let name = Sanitizer.sanitize(speaker).characters
                // `Bo:` untimed, `Bo · 12:04` timed: the time stands where the colon would.
                let note = time.map { Array(" · " + Sanitizer.sanitize($0).characters) } ?? [":"]
                let cut = Array(TextLayout.truncate(String(name + note), width: width))
                let secondaryFrom = time == nil ? nil : min(name.count, cut.count)
                lines.append(Line(
                    block: index, role: .speaker, clusters: cut[...], indent: 0, start: 0, secondaryFrom: secondaryFrom))
                indent = width - Self.speechIndent >= 10 ? Self.speechIndent : 0
            case .paragraph:
                break
            }
            let blockFirstBody = lines.count
            let inline = text.inlineStyles(block.runs)
            styles.append(inline)
            // A code span is not broken at its own spaces (unless it is wider than a line).
            let glued = inline.isEmpty ? nil : inline.map { $0.contains(.code) }
            let wrapped = TextLayout.wrapRanges(text.characters, width: width - indent, glued: glued)
            for range in wrapped {
                lines.append(
                    Line(block: index, role: role, clusters: text.characters[range], indent: indent, start: range.lowerBound))
            }
            let mapped = block.highlights.map { text.map($0) }
            ranges.append(mapped)
            let found = mapped.enumerated().map { highlight, range in
                // The line holding the match start; a start in break whitespace goes to the next line.
                let offset = wrapped.firstIndex { $0.upperBound > range.lowerBound } ?? max(0, wrapped.count - 1)
                return (range.lowerBound, MatchLocation(block: index, highlight: highlight, line: blockFirstBody + offset))
            }
            matches += found.sorted { $0.0 < $1.0 }.map(\.1)
        }
        // The blank separator belongs to the block above it, so the next block starts after it.
        starts.append(lines.count)
        self.lines = lines
        self.blockStarts = starts
        self.highlightRanges = ranges
        self.inlineStyles = styles
        self.matches = matches
    }

    /// Number of laid-out lines.
    public var lineCount: Int { lines.count }

    /// Number of blocks.
    public var blockCount: Int { blockStarts.count - 1 }

    /// The absolute line of a scroll position (the line is clamped into its block).
    public func line(of position: ScrollPosition) -> Int {
        guard blockCount > 0 else { return 0 }
        let block = min(max(0, position.block), blockCount - 1)
        let start = blockStarts[block]
        let last = max(start, blockStarts[block + 1] - 1)
        return min(max(start, start + position.line), last)
    }

    /// The scroll position of an absolute line (clamped into the document).
    public func position(ofLine line: Int) -> ScrollPosition {
        guard lineCount > 0 else { return .top }
        let line = min(max(0, line), lineCount - 1)
        // Binary search for the last block starting at or before `line`.
        var low = 0
        var high = blockCount - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if blockStarts[mid] <= line { low = mid } else { high = mid - 1 }
        }
        return ScrollPosition(block: low, line: line - blockStarts[low])
    }

    /// The match to go to for `n` (forward) or `N` (backward), wrapping around the document.
    ///
    /// From a current match, the next or previous one; with none yet, the first match at or
    /// below `topLine` (forward) or the last one above it (backward), so the search starts from
    /// what the reader is looking at. `nil` when there are no matches.
    public func nextMatch(from current: Int?, topLine: Int, forward: Bool) -> Int? {
        guard !matches.isEmpty else { return nil }
        if let current, matches.indices.contains(current) {
            return (current + (forward ? 1 : matches.count - 1)) % matches.count
        }
        if forward {
            return matches.firstIndex { $0.line >= topLine } ?? 0
        }
        return matches.lastIndex { $0.line < topLine } ?? matches.count - 1
    }

    /// A scroll position that shows `line` in a view of `height` lines: unchanged when it is
    /// already visible from `position`, otherwise with the line a few rows below the top, so
    /// the reader sees some context above a match.
    public func reveal(line: Int, from position: ScrollPosition, height: Int) -> ScrollPosition {
        let height = max(1, height)
        let top = min(self.line(of: position), maxTopLine(height: height))
        if line >= top, line < top + height { return position }
        let context = min(2, (height - 1) / 3)
        return self.position(ofLine: min(max(0, line - context), maxTopLine(height: height)))
    }

    /// The highest first-visible line that still fills a view of `height` lines.
    public func maxTopLine(height: Int) -> Int {
        max(0, lineCount - max(1, height))
    }

    /// `position` moved by `delta` lines (negative: up), kept within the document so a view of
    /// `height` lines stays full. Use `height - 1` as delta for a page.
    public func scrolled(_ position: ScrollPosition, by delta: Int, height: Int) -> ScrollPosition {
        let top = min(max(0, line(of: position) + delta), maxTopLine(height: height))
        return self.position(ofLine: top)
    }

    /// The index of the block with this id.
    public func blockIndex(id: String, in document: TextDocument) -> Int? {
        document.blocks.firstIndex { $0.id == id }
    }

    /// "All" when everything fits, else how far down the view is, as a percentage ("37%").
    public func scrollIndicator(topLine: Int, height: Int) -> String {
        let maxTop = maxTopLine(height: height)
        guard lineCount > height, maxTop > 0 else { return "All" }
        return "\(min(100, max(0, topLine) * 100 / maxTop))%"
    }
}
