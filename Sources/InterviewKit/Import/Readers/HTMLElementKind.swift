/// What an HTML element means for the text a page shows, which is all the HTML reader needs
/// to know about it: where lines and paragraphs break, which marks it makes, and whether its
/// content is page furniture rather than the article.
enum HTMLElementKind: Hashable {
    /// Opens and closes a paragraph: `p`, `div`, `section`, `blockquote`…
    case block
    /// A block whose `header` is the article's own (title, date), not the site's.
    case article
    case heading(level: Int)
    case list(ordered: Bool)
    case item
    /// One line of a table or definition list: `tr`, `dt`, `dd`, `caption`.
    case line
    case cell
    case preformatted
    case lineBreak
    case strong, emphasis, code
    case link
    /// Furniture whose content is parsed but not shown: `nav`, `header`, `footer`, `aside`,
    /// `form`, `svg`, `template`.
    case dropped
    /// Content that is not markup at all and runs to its end tag: `script`, `style`, `noscript`,
    /// `iframe`, `textarea`.
    case droppedRaw
    case title
    case meta
    case canonicalLink
    case time
    /// Anything else (`span`, `img`, unknown and custom elements): no effect on the text.
    case inline

    static func of(_ name: String) -> HTMLElementKind {
        table[name] ?? .inline
    }

    /// Elements that never have content or an end tag.
    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]

    private static let table: [String: HTMLElementKind] = {
        var table: [String: HTMLElementKind] = [:]
        for name in ["p", "div", "section", "blockquote", "figure", "figcaption", "address", "details", "summary", "dl", "center",
                     "body", "html", "fieldset", "table", "thead", "tbody", "tfoot", "hr", "hgroup", "dialog", "legend"] {
            table[name] = .block
        }
        for name in ["article", "main"] { table[name] = .article }
        for level in 1...6 { table["h\(level)"] = .heading(level: level) }
        table["ul"] = .list(ordered: false)
        table["menu"] = .list(ordered: false)
        table["ol"] = .list(ordered: true)
        table["li"] = .item
        for name in ["tr", "dt", "dd", "caption"] { table[name] = .line }
        for name in ["td", "th"] { table[name] = .cell }
        for name in ["pre", "listing", "xmp"] { table[name] = .preformatted }
        table["br"] = .lineBreak
        for name in ["strong", "b"] { table[name] = .strong }
        for name in ["em", "i", "cite"] { table[name] = .emphasis }
        for name in ["code", "kbd", "samp", "tt"] { table[name] = .code }
        table["a"] = .link
        for name in ["nav", "header", "footer", "aside", "form", "svg", "template", "math", "select", "button"] { table[name] = .dropped }
        for name in ["script", "style", "noscript", "iframe", "textarea", "noembed", "noframes"] { table[name] = .droppedRaw }
        table["title"] = .title
        table["meta"] = .meta
        table["link"] = .canonicalLink
        table["time"] = .time
        return table
    }()
}
