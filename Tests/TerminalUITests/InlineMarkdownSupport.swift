import TerminalUI

/// Writes rendered Markdown back as HTML-like tags (`<em>`, `<strong>`, `<code>`, `<a href>`), so
/// tests can state the CommonMark spec's expected output directly.
enum Markup {
    static func of(_ markdown: String, references: LinkReferences = .none) -> String {
        tags(InlineMarkdown.render(markdown, references: references))
    }

    static func tags(_ styled: StyledText) -> String {
        let order: [(InlineStyle, String)] = [(.link, "a"), (.emphasis, "em"), (.strong, "strong"), (.code, "code")]
        var styles = [InlineStyle](repeating: [], count: styled.characters.count)
        var targets = [String?](repeating: nil, count: styled.characters.count)
        for run in styled.runs {
            for i in run.range {
                styles[i] = run.style
                targets[i] = run.target
            }
        }
        var out = ""
        var stack: [(InlineStyle, String?)] = []
        func close(_ entry: (InlineStyle, String?)) {
            out += "</" + order.first { $0.0 == entry.0 }!.1 + ">"
        }
        for (i, character) in styled.characters.enumerated() {
            while let top = stack.last, !styles[i].contains(top.0) || (top.0 == .link && top.1 != targets[i]) {
                close(stack.removeLast())
            }
            for (style, tag) in order where styles[i].contains(style) && !stack.contains(where: { $0.0 == style }) {
                out += style == .link ? "<a href=\"\(targets[i] ?? "")\">" : "<\(tag)>"
                stack.append((style, style == .link ? targets[i] : nil))
            }
            out.append(character)
        }
        while let top = stack.popLast() { close(top) }
        return out
    }
}
