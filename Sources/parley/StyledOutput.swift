import TerminalUI

/// Rendered Markdown as command output: SGR styles on a terminal, plain words in a pipe, and
/// every piece of text made safe by the sanitiser, so the only escape codes printed are ours.
enum StyledOutput {
    /// What becomes of line breaks in the text.
    enum Lines {
        /// Kept (paragraphs of `parley show`); every other unsafe character shown visibly.
        case kept
        /// Turned into spaces, so the output is one line (a search hit).
        case flowed
    }

    /// - Parameters:
    ///   - ansi: mark styles with escape codes (italic, bold, green code, underlined links).
    ///   - linkTargets: follow a link's text with ` <url>` (for `parley show`), unless the text
    ///     already is the address (autolinks, bare URLs).
    ///   - lines: what becomes of line breaks.
    ///   - highlights: rendered ranges shown in bold reverse video (search matches).
    static func format(
        _ styled: StyledText, ansi: Bool, linkTargets: Bool, lines: Lines, highlights: [Range<Int>] = []
    ) -> String {
        let count = styled.characters.count
        var styles = [InlineStyle](repeating: [], count: count)
        var targets = [String?](repeating: nil, count: count)
        var linkStart = [Int](repeating: 0, count: count)
        for run in styled.runs {
            for offset in run.range where offset < count {
                styles[offset] = run.style
                targets[offset] = run.target
            }
        }
        var highlighted = [Bool](repeating: false, count: count)
        for range in highlights {
            for offset in range.clamped(to: 0..<count) { highlighted[offset] = true }
        }
        for offset in 0..<count where styles[offset].contains(.link) {
            let continues = offset > 0 && styles[offset - 1].contains(.link) && targets[offset - 1] == targets[offset]
            linkStart[offset] = continues ? linkStart[offset - 1] : offset
        }
        var out = ""
        var start = 0
        for offset in 0...count {
            let ends = offset == count || styles[offset] != styles[start] || targets[offset] != targets[start]
                || highlighted[offset] != highlighted[start]
            guard ends else { continue }
            if offset > start {
                let text = String(styled.characters[start..<offset])
                let safe = lines == .kept ? Console.text(text) : Sanitizer.flowed(text)
                out += piece(safe, style: styles[start], highlighted: highlighted[start], ansi: ansi)
                let linkEnds = offset == count || !styles[offset].contains(.link) || targets[offset] != targets[start]
                if linkTargets, styles[start].contains(.link), linkEnds, let target = targets[start] {
                    let text = String(styled.characters[linkStart[start]..<offset])
                    if ![text, "mailto:" + text, "http://" + text].contains(target) { out += " <" + Console.safe(target) + ">" }
                }
            }
            start = offset
        }
        return out
    }

    /// `safe` (already sanitised) wrapped in the escape codes of its style.
    private static func piece(_ safe: String, style: InlineStyle, highlighted: Bool, ansi: Bool) -> String {
        guard ansi else { return safe }
        var codes: [String] = []
        if style.contains(.emphasis) { codes.append("3") }
        if style.contains(.strong) { codes.append("1") }
        if style.contains(.code) { codes.append("32") }
        if style.contains(.link) { codes.append("4") }
        if highlighted { codes += ["1", "7"] }
        return codes.isEmpty ? safe : "\u{1B}[" + codes.joined(separator: ";") + "m" + safe + "\u{1B}[0m"
    }
}
