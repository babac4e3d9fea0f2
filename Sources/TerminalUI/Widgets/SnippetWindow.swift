/// Picks the part of a search snippet that fits one line.
///
/// Why: a snippet is usually longer than the pane is wide, and a match near its end would be cut
/// off if it were simply truncated. The window starts a little before the first match instead.
enum SnippetWindow {
    /// A window of the snippet that fits `width` and shows the first highlight when possible,
    /// with `…` marking cut ends.
    static func cut(_ clusters: [Character], ranges: [Range<Int>], width: Int)
        -> (clusters: [Character], start: Int)
    {
        guard width > 0 else { return ([], 0) }
        if DisplayWidth.of(clusters) <= width { return (clusters, 0) }
        var start = 0
        if let first = ranges.map(\.lowerBound).min(), DisplayWidth.of(clusters[..<min(first, clusters.count)]) > width / 3 {
            // Keep a little context before the match.
            start = first
            var context = 0
            while start > 0, context + DisplayWidth.of(clusters[start - 1]) <= width / 4 {
                start -= 1
                context += DisplayWidth.of(clusters[start])
            }
        }
        var out: [Character] = start > 0 ? [TextLayout.ellipsis] : []
        var used = DisplayWidth.of(out)
        var end = start
        while end < clusters.count, used + DisplayWidth.of(clusters[end]) <= width - 1 {
            used += DisplayWidth.of(clusters[end])
            out.append(clusters[end])
            end += 1
        }
        if end < clusters.count { out.append(TextLayout.ellipsis) }
        // The leading ellipsis shifts offsets by one: report the start so styling lines up.
        return (out, start - (start > 0 ? 1 : 0))
    }
}
