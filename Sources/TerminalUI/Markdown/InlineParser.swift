/// Parses one stretch of inline Markdown (lines of a paragraph, no code lines) into styled text,
/// following CommonMark's inline algorithm: code spans, backslash escapes, autolinks, links and
/// images with a bracket stack, emphasis with the delimiter list; plus bare URLs as GitHub finds
/// them. What is not a construct stays literal: an unmatched `*`, a `[` with no link after it.
///
/// The text is cut into nodes in one pass; a node is a piece of shown text with the offset of its
/// first Character in the source (each shown Character stands for the next source Character, so
/// the builder can map search matches). Styles are kept as ranges of nodes and applied at the end.
struct InlineParser {
    private struct Node {
        var characters: [Character]
        var source: Int
    }

    private struct Bracket {
        var node: Int
        var source: Int
        var isImage: Bool
        /// The last emphasis run when the bracket opened: emphasis inside the link text is
        /// resolved above it when the link closes.
        var delimiterBottom: Int
    }

    private struct Span {
        var nodes: Range<Int>
        var style: InlineStyle
        var target: String?
    }

    private let s: [Character]
    private let references: LinkReferences
    private let isFragment: Bool
    private var nodes: [Node] = []
    private var shown: [Range<Int>] = []
    private var spans: [Span] = []
    private var brackets: [Bracket] = []
    /// Brackets below this index in ``brackets`` can no longer open a link (a link closed after
    /// them, and links do not nest). One number rather than a flag on each keeps that linear.
    private var inactiveBelow = 0
    /// Where a link title starting with each quote was found to have no closer (see `LinkSyntax`).
    private var unclosedTitles = LinkSyntax.UnclosedTitles()
    /// Whether any `[` was seen: a snippet's `text](url)` counts as a cut link only before one.
    private var openedBracket = false
    /// Bare URLs are not looked for before this offset (the rest of a run where one failed).
    private var noURLBefore = 0
    /// Where the plain text not yet made into a node starts.
    private var textStart = 0
    private var delimiters = EmphasisDelimiters()
    private var backtickRuns: BacktickRuns

    /// - Parameter isFragment: the text is a search snippet cut out of a longer paragraph, so a
    ///   link may have lost its start or its end: `text](url)` at the start and `[text](ur…` at
    ///   the end still show as link text rather than as raw syntax, and a `[` never closed is
    ///   taken for a link cut before its `]` and not shown.
    init(_ source: [Character], references: LinkReferences, isFragment: Bool) {
        s = source
        self.references = references
        self.isFragment = isFragment
        backtickRuns = BacktickRuns(source)
    }

    /// Parses and appends the result to `builder`; `base` is the offset of this text in the
    /// builder's source.
    mutating func parse(into builder: inout StyledTextBuilder, base: Int) {
        tokenize()
        if isFragment {
            // A `[` still open at the end of a snippet is a link cut before its `]`.
            for bracket in brackets where !bracket.isImage { shown[bracket.node] = 0..<0 }
        }
        for match in delimiters.process(above: 0, shown: &shown) {
            spans.append(Span(nodes: match.nodes, style: match.style))
        }
        emit(into: &builder, base: base)
    }

    // MARK: Tokenizing

    private mutating func tokenize() {
        var i = 0
        let end = s.count
        while i < end {
            // Only ASCII characters start a construct; the rest is text, passed over cheaply.
            guard let c = s[i].asciiValue, Self.startsConstruct[Int(c)] else {
                i += 1
                continue
            }
            var next: Int?
            switch Character(Unicode.Scalar(c)) {
            case "\\":
                if i + 1 < end, LinkSyntax.isEscapable(s[i + 1]) {
                    flush(to: i)
                    add([s[i + 1]], source: i + 1)
                    next = i + 2
                } else if i + 1 < end, s[i + 1].isNewline {
                    // A hard line break: the backslash goes, the break stays.
                    flush(to: i)
                    i += 1
                    textStart = i
                    continue
                }
            case "`":
                let length = backtickRuns.length(at: i)
                if let close = backtickRuns.closing(after: i, length: length) {
                    flush(to: i)
                    codeSpan(contents: (i + length)..<close)
                    next = close + length
                } else {
                    i += length
                    continue
                }
            case "*", "_":
                flush(to: i)
                next = delimiterRun(at: i)
            case "[":
                flush(to: i)
                openBracket(at: i, isImage: false)
                next = i + 1
            case "!" where i + 1 < end && s[i + 1] == "[":
                flush(to: i)
                openBracket(at: i, isImage: true)
                next = i + 2
            case "]":
                flush(to: i)
                next = closeBracket(at: i)
            case "<":
                if let autolink = LinkSyntax.autolink(in: s, open: i, end: end) {
                    flush(to: i)
                    add(Array(s[autolink.content]), source: autolink.content.lowerBound)
                    spans.append(Span(nodes: (nodes.count - 1)..<nodes.count, style: .link, target: autolink.target))
                    next = autolink.content.upperBound + 1
                }
            case "h", "H", "w", "W":
                let wordStart = i == 0 || !(s[i - 1].isLetter || s[i - 1].isNumber)
                if wordStart, i >= noURLBefore, let url = LinkSyntax.bareURL(in: s, at: i, end: end, failedUntil: &noURLBefore) {
                    flush(to: i)
                    add(Array(s[i..<url.next]), source: i)
                    spans.append(Span(nodes: (nodes.count - 1)..<nodes.count, style: .link, target: url.target))
                    next = url.next
                }
            default:
                break
            }
            if let next {
                i = next
                textStart = next
            } else {
                i += 1
            }
        }
        flush(to: end)
    }

    /// The ASCII characters the tokenizer looks at; every other character is plain text.
    private static let startsConstruct: [Bool] = (0..<128).map { "\\`*_[]!<hHwW".unicodeScalars.contains(Unicode.Scalar(UInt8($0))) }

    /// Adds the plain text since the last construct as one node.
    private mutating func flush(to index: Int) {
        if index > textStart { add(Array(s[textStart..<index]), source: textStart) }
    }

    private mutating func add(_ characters: [Character], source: Int) {
        nodes.append(Node(characters: characters, source: source))
        shown.append(0..<characters.count)
    }

    /// A code span's contents: line breaks become spaces, and one space is stripped from each
    /// end when both ends have one (so `` ` `` `` ` `` can show a backtick).
    private mutating func codeSpan(contents: Range<Int>) {
        var range = contents
        let body = s[range]
        if body.count >= 2, body.first.map(isCodeSpace) == true, body.last.map(isCodeSpace) == true,
           !body.allSatisfy(isCodeSpace) {
            range = (range.lowerBound + 1)..<(range.upperBound - 1)
        }
        add(s[range].map { $0.isNewline ? " " : $0 }, source: range.lowerBound)
        spans.append(Span(nodes: (nodes.count - 1)..<nodes.count, style: .code))
    }

    private func isCodeSpace(_ c: Character) -> Bool { c == " " || c.isNewline }

    /// A run of `*` or `_`: a node of its own, and an entry in the delimiter list with what
    /// CommonMark's flanking rules allow it to do.
    private mutating func delimiterRun(at start: Int) -> Int {
        let marker = s[start]
        var end = start
        while end < s.count, s[end] == marker { end += 1 }
        let before: Character = start == 0 ? " " : s[start - 1]
        let after: Character = end == s.count ? " " : s[end]
        let leftFlanking = !after.isWhitespace && (!Self.isPunctuation(after) || before.isWhitespace || Self.isPunctuation(before))
        let rightFlanking = !before.isWhitespace && (!Self.isPunctuation(before) || after.isWhitespace || Self.isPunctuation(after))
        let canOpen: Bool
        let canClose: Bool
        if marker == "*" {
            canOpen = leftFlanking
            canClose = rightFlanking
        } else {
            canOpen = leftFlanking && (!rightFlanking || Self.isPunctuation(before))
            canClose = rightFlanking && (!leftFlanking || Self.isPunctuation(after))
        }
        add(Array(s[start..<end]), source: start)
        delimiters.push(node: nodes.count - 1, character: marker, length: end - start, canOpen: canOpen, canClose: canClose)
        return end
    }

    /// CommonMark counts Unicode punctuation and symbols as punctuation for flanking.
    private static func isPunctuation(_ c: Character) -> Bool { c.isPunctuation || c.isSymbol }

    // MARK: Links

    private mutating func openBracket(at index: Int, isImage: Bool) {
        openedBracket = true
        add(isImage ? ["!", "["] : ["["], source: index)
        brackets.append(Bracket(node: nodes.count - 1, source: index + (isImage ? 2 : 1), isImage: isImage,
                                delimiterBottom: delimiters.last))
    }

    /// A `]`: closes the innermost open bracket as a link when a destination or a known
    /// reference follows; otherwise it is literal. Returns where to go on.
    private mutating func closeBracket(at index: Int) -> Int {
        guard let bracket = brackets.last else {
            if isFragment, !openedBracket, index + 1 < s.count, s[index + 1] == "(",
               let link = LinkSyntax.inlineLink(in: s, open: index + 1, end: s.count, allowCut: true, unclosedTitles: &unclosedTitles) {
                // A snippet that starts inside a link's text: what came before is that text.
                let first = spans.last(where: { $0.style == .link })?.nodes.upperBound ?? 0
                spans.append(Span(nodes: first..<nodes.count, style: .link, target: link.cut ? nil : link.target))
                return link.next
            }
            add(["]"], source: index)
            return index + 1
        }
        guard bracket.isImage || brackets.count - 1 >= inactiveBelow else {
            popBracket()
            add(["]"], source: index)
            return index + 1
        }
        guard let (target, next, isLink) = destination(after: index, textStart: bracket.source) else {
            popBracket()
            add(["]"], source: index)
            return index + 1
        }
        popBracket()
        for match in delimiters.process(above: bracket.delimiterBottom, shown: &shown) {
            spans.append(Span(nodes: match.nodes, style: match.style))
        }
        shown[bracket.node] = 0..<0
        if isLink {
            spans.append(Span(nodes: (bracket.node + 1)..<nodes.count, style: .link, target: target))
        }
        if !bracket.isImage {
            // Links may not contain links: earlier brackets can no longer open one.
            inactiveBelow = brackets.count
        }
        return next
    }

    private mutating func popBracket() {
        brackets.removeLast()
        inactiveBelow = min(inactiveBelow, brackets.count)
    }

    /// What follows a `]` at `index`: an inline destination `(…)`, a full reference `[label]`, a
    /// collapsed one `[]`, or a shortcut (the link text is the label). A reference whose label is
    /// not defined still hides its brackets but is no link (`isLink` false); a shortcut that is
    /// not defined is no construct at all (so `[laughs]` stays as written).
    private mutating func destination(after index: Int, textStart: Int) -> (target: String?, next: Int, isLink: Bool)? {
        let after = index + 1
        if after < s.count, s[after] == "(",
           let link = LinkSyntax.inlineLink(in: s, open: after, end: s.count, allowCut: isFragment, unclosedTitles: &unclosedTitles) {
            return (link.cut ? nil : link.target, link.next, true)
        }
        // A label is at most 999 characters, so longer link text is never looked up (and
        // nested brackets do not copy the text again and again).
        let text = index - textStart <= 999 ? String(s[textStart..<index]) : ""
        if after < s.count, s[after] == "[", let label = LinkSyntax.label(in: s, openBracket: after, end: s.count) {
            let name = label.text.isEmpty ? text : String(label.text)
            let target = references[name]
            return (target, label.next, target != nil)
        }
        if !text.isEmpty, let target = references[text] { return (target, after, true) }
        return nil
    }

    // MARK: Output

    private func emit(into builder: inout StyledTextBuilder, base: Int) {
        var emphasis = [Int](repeating: 0, count: nodes.count + 1)
        var strong = [Int](repeating: 0, count: nodes.count + 1)
        var code = [Bool](repeating: false, count: nodes.count)
        var link = [Bool](repeating: false, count: nodes.count)
        var target = [String?](repeating: nil, count: nodes.count)
        for span in spans where !span.nodes.isEmpty {
            switch span.style {
            case .emphasis:
                emphasis[span.nodes.lowerBound] += 1
                emphasis[span.nodes.upperBound] -= 1
            case .strong:
                strong[span.nodes.lowerBound] += 1
                strong[span.nodes.upperBound] -= 1
            case .code:
                span.nodes.forEach { code[$0] = true }
            default:
                // Links do not nest, except an autolink inside link text, which came first and keeps its target.
                for node in span.nodes where !link[node] {
                    link[node] = true
                    target[node] = span.target
                }
            }
        }
        var emphasisDepth = 0
        var strongDepth = 0
        for (index, node) in nodes.enumerated() {
            emphasisDepth += emphasis[index]
            strongDepth += strong[index]
            var style: InlineStyle = []
            if emphasisDepth > 0 { style.insert(.emphasis) }
            if strongDepth > 0 { style.insert(.strong) }
            if code[index] { style.insert(.code) }
            if link[index] { style.insert(.link) }
            let visible = shown[index]
            guard !visible.isEmpty else { continue }
            builder.skip(base + node.source + visible.lowerBound - builder.sourceConsumed)
            for character in node.characters[visible] {
                builder.append(character, style: style, target: target[index])
            }
        }
        builder.skip(base + s.count - builder.sourceConsumed)
    }
}

/// Where the runs of backticks are, so that finding a code span's closing run is a lookup
/// rather than a scan (a paragraph full of lone backticks stays linear).
struct BacktickRuns {
    private var lengthAt: [Int: Int] = [:]
    /// Start offsets of the runs of each length, in order, and how far each list has been consumed.
    private var starts: [Int: [Int]] = [:]
    private var cursor: [Int: Int] = [:]

    init(_ s: [Character]) {
        var i = 0
        while i < s.count {
            // Runs are recorded as written: inside a code span a backslash is literal, and the
            // tokenizer takes an escaped backtick before it ever asks for a run there.
            guard s[i] == "`" else {
                i += 1
                continue
            }
            var end = i
            while end < s.count, s[end] == "`" { end += 1 }
            lengthAt[i] = end - i
            starts[end - i, default: []].append(i)
            i = end
        }
    }

    func length(at index: Int) -> Int { lengthAt[index] ?? 1 }

    /// The first run of exactly `length` backticks after `index`.
    mutating func closing(after index: Int, length: Int) -> Int? {
        guard let list = starts[length] else { return nil }
        var k = cursor[length] ?? 0
        while k < list.count, list[k] <= index { k += 1 }
        cursor[length] = k
        return k < list.count ? list[k] : nil
    }
}
