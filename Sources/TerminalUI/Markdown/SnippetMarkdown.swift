extension InlineMarkdown {
    /// Renders a search snippet: a window of a paragraph's Markdown that the index cut at word
    /// boundaries, with `…` where it was cut, on one line.
    ///
    /// A cut can fall inside a construct. What is left of a link must not show as syntax (no
    /// `](http` in a result list): a link cut at the end shows its text (`[Ada Lov…` stays literal,
    /// `[Ada](https://exa…` shows `Ada`), a link whose `[` was cut off shows the text before its
    /// `](…)`, and the tail of a destination or title before the first word (`…org "Ada's site.")`)
    /// is dropped. The `…` marks are kept outside the parse so a cut link cannot swallow them.
    public static func renderSnippet(_ snippet: String) -> StyledText {
        let characters = Array(snippet)
        let ellipsis = TextLayout.ellipsis
        let leading = characters.first == ellipsis ? 1 : 0
        let trailing = characters.count > leading && characters.last == ellipsis ? 1 : 0
        let body = Array(characters[leading..<(characters.count - trailing)])
        let skipped = leading == 1 ? destinationTail(body) : 0
        var builder = StyledTextBuilder()
        if leading == 1 { builder.append(ellipsis) }
        builder.skip(skipped)
        var parser = InlineParser(Array(body[skipped...]), references: .none, isFragment: true)
        parser.parse(into: &builder, base: leading + skipped)
        if trailing == 1 { builder.append(ellipsis) }
        return builder.build()
    }

    /// The length of what, at the start of a snippet, can only be the end of a link's
    /// destination and title: one run without spaces or brackets, an optional quoted title, and
    /// the closing `)`. Zero when the start does not look like that.
    static func destinationTail(_ s: [Character]) -> Int {
        var i = 0
        while i < s.count, !s[i].isWhitespace, !"()[]".contains(s[i]) { i += 1 }
        var j = i
        while j < s.count, s[j] == " " { j += 1 }
        if j > i, j < s.count, let close = ["\"": "\"", "'": "'"][s[j]] as Character? {
            guard let end = s[(j + 1)...].firstIndex(of: close) else { return 0 }
            j = end + 1
            while j < s.count, s[j] == " " { j += 1 }
        } else {
            j = i
        }
        return j < s.count && s[j] == ")" ? j + 1 : 0
    }
}
