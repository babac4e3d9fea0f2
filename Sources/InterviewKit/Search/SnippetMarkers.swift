/// Turns an FTS5 `snippet()` with marker characters into plain text and match ranges.
///
/// SQLite returns matches wrapped in the markers we chose; counting offsets in SQL would give
/// bytes, while the reader lays out grapheme clusters. So the markers are single private-use
/// scalars (which the indexer keeps out of the stored text), removed here while their positions
/// are turned into Character offsets in the clean text.
enum SnippetMarkers {
    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"
    static let ellipsis = "…"

    /// The text without markers, on one line, and the Character ranges that were marked.
    static func parse(_ marked: String) -> (text: String, matches: [Range<Int>]) {
        var scalars = String.UnicodeScalarView()
        var scalarRanges: [Range<Int>] = []
        var start: Int?
        var count = 0
        for scalar in marked.unicodeScalars {
            if scalar == open {
                start = count
            } else if scalar == close {
                if let begin = start, begin < count { scalarRanges.append(begin..<count) }
                start = nil
            } else {
                scalars.append(scalar)
                count += 1
            }
        }
        let text = String(scalars)
        // Map scalar offsets to Character offsets: a range covers every cluster it touches.
        var clusterOfScalar: [Int] = []
        clusterOfScalar.reserveCapacity(count + 1)
        var clusters = 0
        for character in text {
            for _ in character.unicodeScalars { clusterOfScalar.append(clusters) }
            clusters += 1
        }
        clusterOfScalar.append(clusters)
        var matches: [Range<Int>] = []
        for range in scalarRanges {
            let lower = clusterOfScalar[range.lowerBound]
            let upper = clusterOfScalar[range.upperBound - 1] + 1
            if let last = matches.last, last.upperBound >= lower {
                matches[matches.count - 1] = last.lowerBound..<max(upper, last.upperBound)
            } else {
                matches.append(lower..<upper)
            }
        }
        return (oneLine(text), matches)
    }

    /// Replaces each line break or tab with one space, so the Character offsets stay valid.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    static func hasMatch(_ marked: String) -> Bool {
        marked.unicodeScalars.contains(open)
    }
}
