/// An HTML page read for what a person sees: its text as Markdown-ish lines, what its head
/// says about it (title, date, address), and the furniture set aside.
///
/// The scanner is hand-written and makes one pass over the bytes: every construct ends at a
/// byte it searches forward for, and the open elements are counted by name, so an end tag that
/// matches nothing costs nothing and hostile nesting (a million `<div>`s, `<b>`s, unclosed
/// lists) stays linear. Malformed pages read the way browsers read them: `<` before a
/// non-letter is text, unquoted attributes end at a blank, a missing end tag closes with its
/// parent. Where a page leaves a comment, a tag or furniture (`<nav>`, `<script>`) open to its
/// end, a browser would hide the rest of the page; this reader instead reads it once more
/// keeping that text, and says so, so that nothing is lost.
struct HTMLText {
    var lines: [String]
    /// `og:title`, else `<title>` without the site's name.
    var title: String?
    /// `article:published_time`, else the first `<time datetime>`, as `YYYY-MM-DD`.
    var date: String?
    /// `<link rel=canonical>`, else `og:url`.
    var source: String?
    /// The values the metadata came from, as written.
    var metadataLines: [String]
    /// What was dropped, briefly: `<nav> Home Blog About…`, `<script> ×3 (2,310 characters)`.
    var noise: [String]
    var warnings: [String]

    static func read(_ html: String) -> HTMLText {
        let bytes = Array(html.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var scan = HTMLTextScan(buffer, keep: [], lenient: false)
            scan.run()
            guard !scan.unclosed.isEmpty || scan.unterminated else { return scan.result() }
            var again = HTMLTextScan(buffer, keep: scan.unclosed, lenient: true)
            again.run()
            var result = again.result()
            for name in scan.unclosed.sorted() {
                result.warnings.append("the page never closes <\(name)>; kept the text after it instead of dropping it")
            }
            if scan.unterminated {
                result.warnings.append("the page has a comment or tag that never ends; read the text after it as text")
            }
            return result
        }
    }

    /// A page title without the site name browsers show after it ("Interview with Jane Doe |
    /// Example Blog" → "Interview with Jane Doe").
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " :: ", " · ", " - "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = TextDecoding.trimmed(title[..<range.lowerBound])
            if head.split(separator: " ").count >= 2 { return head }
        }
        return title
    }
}

/// One pass of `HTMLText.read` over a page's bytes.
private struct HTMLTextScan {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Furniture not to drop (the first pass found it left open).
    private let keep: Set<String>
    /// Whether a comment or tag that never ends is text (the second pass) rather than the rest
    /// of the page (a browser's reading).
    private let lenient: Bool

    private var writer = MarkdownLineWriter()
    private var word: [UInt8] = []

    private struct Open {
        var name: String
        var kind: HTMLElementKind
        /// Whether it opened a mark in the writer (emphasis and links nested in their own kind
        /// do not, so at most one mark of each kind is open).
        var marked = false
        var counter = 0
    }
    private var stack: [Open] = []
    /// Open elements by name, so an end tag that matches nothing is ignored without a search.
    private var openCounts: [String: Int] = [:]
    private var lists: [Int] = []
    private var headingDepth = 0, preDepth = 0, itemDepth = 0, articleDepth = 0, dropDepth = 0
    private var openMarks: Set<HTMLElementKind> = []

    // What the head says.
    private var titleText: String?, ogTitle: String?, published: String?, timeValue: String?, canonical: String?, ogURL: String?

    // What was dropped.
    private var noise: [String] = []
    private var dropPreview: [UInt8] = []
    private var dropLength = 0
    private var dropName = ""
    private var rawDropped: [String: (count: Int, length: Int)] = [:]
    private(set) var unclosed: Set<String> = []
    private(set) var unterminated = false

    init(_ bytes: UnsafeBufferPointer<UInt8>, keep: Set<String>, lenient: Bool) {
        self.bytes = bytes
        self.keep = keep
        self.lenient = lenient
    }

    mutating func run() {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x3C {
                flushWord()
                if let next = markup(at: index) { index = next; continue }
                text(byte)
                index += 1
            } else if byte == 0x26, let decoded = HTMLCharacterReferences.decode(bytes, at: index) {
                switch decoded {
                case .scalar(let scalar, let length):
                    for unit in String(Character(scalar)).utf8 { text(unit) }
                    index += length
                case .whitespace(let length):
                    text(0x20)
                    index += length
                }
            } else {
                text(byte)
                index += 1
            }
        }
        flushWord()
        for open in stack where open.kind == .dropped { unclosed.insert(open.name) }
        while let open = stack.popLast() { ended(open) }
    }

    func result() -> HTMLText {
        var scan = self
        let lines = scan.writer.finish()
        var metadataLines: [String] = []
        for value in [titleText, ogTitle, published, timeValue, canonical, ogURL] {
            if let value, !value.isEmpty, !metadataLines.contains(value) { metadataLines.append(value) }
        }
        var noise = scan.noise
        for (name, dropped) in rawDropped.sorted(by: { $0.key < $1.key }) {
            noise.append("\(name) ×\(dropped.count) (\(dropped.length) characters)")
        }
        let title = [ogTitle, titleText.map(HTMLText.withoutSiteName)].compactMap { $0 }.first { !$0.isEmpty }
        let date = [published, timeValue].compactMap { $0.flatMap(Self.date) }.first
        let source = [canonical, ogURL].compactMap { $0 }.first { !$0.isEmpty }
        return HTMLText(lines: lines, title: title, date: date, source: source, metadataLines: metadataLines, noise: noise, warnings: [])
    }

    /// A machine-readable date (`2024-02-09T13:45:00-05:00`, `2022-11-04`) as `YYYY-MM-DD`.
    private static func date(_ value: String) -> String? {
        let day = value.split(separator: "T", maxSplits: 1).first.map(String.init) ?? value
        return DateText.parse(day)
    }

    // MARK: Text

    /// One byte of text, where it belongs: a word, the writer's preformatted text, or the
    /// preview of furniture being dropped.
    private mutating func text(_ byte: UInt8) {
        let blank = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
        if dropDepth > 0 {
            dropLength += 1
            if dropPreview.count < 60, !(blank && (dropPreview.isEmpty || dropPreview.last == 0x20)) {
                dropPreview.append(blank ? 0x20 : byte)
            }
        } else if preDepth > 0 {
            writer.preformatted(byte == 0x0C ? 0x20 : byte)
        } else if blank {
            flushWord()
            writer.space()
        } else {
            word.append(byte)
        }
    }

    private mutating func flushWord() {
        guard !word.isEmpty else { return }
        writer.word(word)
        word.removeAll(keepingCapacity: true)
    }

    // MARK: Markup

    /// The index after the markup at `start` (a `<`), or nil when that `<` is text.
    private mutating func markup(at start: Int) -> Int? {
        let next = start + 1
        guard next < bytes.count else { return nil }
        switch bytes[next] {
        case 0x21: // <!-- comment -->, <!DOCTYPE>, <![CDATA[…]]>
            if matches(at: next + 1, "--") {
                guard let end = find("-->", from: start + 2) else { return unterminatedEnd() }
                dropRaw("<!-- -->", length: end - start)
                return end + 3
            }
            return find(">", from: next).map { $0 + 1 } ?? unterminatedEnd()
        case 0x3F: // <?xml …?>
            return find(">", from: next).map { $0 + 1 } ?? unterminatedEnd()
        case 0x2F where next + 1 < bytes.count && isLetter(bytes[next + 1]):
            return endTag(at: next + 1)
        case let byte where isLetter(byte):
            return startTag(at: next)
        default:
            return nil
        }
    }

    /// A construct that runs to the end of the page: the rest of the page on the first pass,
    /// text on the second.
    private mutating func unterminatedEnd() -> Int? {
        if lenient { return nil }
        unterminated = true
        return bytes.count
    }

    private mutating func startTag(at nameStart: Int) -> Int? {
        var index = nameStart
        while index < bytes.count, !isTagNameEnd(bytes[index]) { index += 1 }
        let name = lowercased(nameStart..<index)
        let kind = effectiveKind(name)
        // Tags separate the words of dropped furniture's preview (`<li>Home</li><li>About`).
        if dropDepth > 0 { text(0x20) }
        let wanted = Self.attributeNames(kind)
        var attributes: [String: String] = [:]
        var closed = false
        while index < bytes.count {
            let byte = bytes[index]
            if isBlank(byte) || byte == 0x2F { index += 1; continue }
            if byte == 0x3E { index += 1; closed = true; break }
            let attributeStart = index
            index += 1
            while index < bytes.count, !isTagNameEnd(bytes[index]), bytes[index] != 0x3D { index += 1 }
            let attribute = lowercased(attributeStart..<index)
            while index < bytes.count, isBlank(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == 0x3D else { continue }
            index += 1
            while index < bytes.count, isBlank(bytes[index]) { index += 1 }
            var valueRange = index..<index
            if index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 {
                guard let close = find(bytes[index], from: index + 1) else { break }
                valueRange = (index + 1)..<close
                index = close + 1
            } else {
                while index < bytes.count, !isBlank(bytes[index]), bytes[index] != 0x3E { index += 1 }
                valueRange = valueRange.lowerBound..<index
            }
            if wanted.contains(attribute) {
                attributes[attribute] = HTMLCharacterReferences.decode(String(decoding: UnsafeBufferPointer(rebasing: bytes[valueRange]), as: UTF8.self))
            }
        }
        guard closed else { return unterminatedEnd() }
        return opened(name, kind, attributes, after: index)
    }

    private mutating func endTag(at nameStart: Int) -> Int? {
        var index = nameStart
        while index < bytes.count, !isTagNameEnd(bytes[index]) { index += 1 }
        let name = lowercased(nameStart..<index)
        guard let close = find(">", from: index) else { return unterminatedEnd() }
        if dropDepth > 0 { text(0x20) }
        closed(name)
        return close + 1
    }

    /// What an element is on this pass: furniture the first pass found left open is kept, and
    /// a `header` inside an article is the article's own.
    private func effectiveKind(_ name: String) -> HTMLElementKind {
        let kind = HTMLElementKind.of(name)
        switch kind {
        case .dropped, .droppedRaw, .title: return keep.contains(name) ? .inline : (name == "header" && articleDepth > 0 ? .block : kind)
        default: return kind
        }
    }

    private static func attributeNames(_ kind: HTMLElementKind) -> Set<String> {
        switch kind {
        case .link: ["href"]
        case .meta: ["property", "name", "itemprop", "content"]
        case .canonicalLink: ["rel", "href"]
        case .time: ["datetime"]
        default: []
        }
    }

    // MARK: Elements

    private mutating func opened(_ name: String, _ kind: HTMLElementKind, _ attributes: [String: String], after index: Int) -> Int? {
        switch kind {
        case .droppedRaw, .title: return rawText(name, kind, after: index)
        case .meta: readMeta(attributes); return index
        case .canonicalLink:
            if attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true, canonical == nil { canonical = attributes["href"] }
            return index
        case .time:
            if dropDepth == 0, timeValue == nil { timeValue = attributes["datetime"] }
            return index
        default: break
        }
        if dropDepth > 0 {
            if kind == .dropped { push(name, kind); dropDepth += 1 }
            return index
        }
        switch kind {
        case .block: blockBreak()
        case .article:
            blockBreak()
            push(name, kind)
            articleDepth += 1
        case .heading(let level):
            writer.paragraphBreak()
            push(name, kind)
            headingDepth += 1
            writer.plain = true
            writer.prefix = String(repeating: "#", count: level) + " "
        case .list:
            if itemDepth > 0 { writer.lineBreak() } else { writer.paragraphBreak() }
            push(name, kind)
            lists.append(stack.count - 1)
        case .item:
            writer.lineBreak()
            push(name, kind)
            itemDepth += 1
            var marker = "- "
            if let list = lists.last, case .list(ordered: true) = stack[list].kind {
                stack[list].counter += 1
                marker = "\(stack[list].counter). "
            }
            writer.prefix = String(repeating: " ", count: 2 * min(max(lists.count - 1, 0), 3)) + marker
        case .line: writer.lineBreak()
        case .cell: writer.separate("|")
        case .preformatted:
            writer.paragraphBreak()
            push(name, kind)
            preDepth += 1
            writer.plain = true
            // A line break right after `<pre>` is not part of the text.
            if index < bytes.count, bytes[index] == 0x0A { return index + 1 }
        case .lineBreak:
            if headingDepth > 0 { writer.space() } else { writer.lineBreak(blankIfEmpty: true) }
        case .strong: openMark(name, kind, "**", "**")
        case .emphasis: openMark(name, kind, "*", "*")
        case .code: openMark(name, kind, "`", "`")
        case .link:
            if let href = attributes["href"].map(TextDecoding.trimmed), !href.isEmpty, !href.hasPrefix("#"), !href.lowercased().hasPrefix("javascript:") {
                openMark(name, kind, "[", "](" + Self.escapedURL(href) + ")")
            } else {
                push(name, kind)
            }
        case .dropped:
            push(name, kind)
            dropDepth = 1
            dropName = name
            dropPreview.removeAll(keepingCapacity: true)
            dropLength = 0
        case .inline, .droppedRaw, .title, .meta, .canonicalLink, .time: break
        }
        return index
    }

    private mutating func closed(_ name: String) {
        if openCounts[name, default: 0] > 0 {
            while let open = stack.popLast() {
                openCounts[open.name, default: 1] -= 1
                ended(open)
                if open.name == name { break }
            }
            return
        }
        guard dropDepth == 0 else { return }
        switch effectiveKind(name) {
        case .block: blockBreak()
        case .line: writer.lineBreak()
        case .lineBreak: writer.lineBreak(blankIfEmpty: true)
        default: break
        }
    }

    private mutating func push(_ name: String, _ kind: HTMLElementKind, marked: Bool = false) {
        stack.append(Open(name: name, kind: kind, marked: marked))
        openCounts[name, default: 0] += 1
    }

    private mutating func openMark(_ name: String, _ kind: HTMLElementKind, _ opener: String, _ closer: String) {
        let marks = !openMarks.contains(kind)
        if marks {
            openMarks.insert(kind)
            writer.openMark(opener, closer: closer)
        }
        push(name, kind, marked: marks)
    }

    private mutating func ended(_ open: Open) {
        switch open.kind {
        case .article:
            articleDepth -= 1
            if dropDepth == 0 { blockBreak() }
        case .heading:
            headingDepth -= 1
            writer.paragraphBreak()
            writer.plain = headingDepth > 0 || preDepth > 0
        case .list:
            lists.removeLast()
            if itemDepth > 0 { writer.lineBreak() } else { writer.paragraphBreak() }
        case .item:
            itemDepth -= 1
            writer.lineBreak()
        case .preformatted:
            preDepth -= 1
            writer.paragraphBreak()
            writer.plain = headingDepth > 0 || preDepth > 0
        case .strong, .emphasis, .code, .link:
            if open.marked {
                writer.closeMark()
                openMarks.remove(open.kind)
            }
        case .dropped:
            dropDepth -= 1
            if dropDepth == 0 { finishDrop() }
        default: break
        }
    }

    /// A paragraph break, or a line break inside a list item (`<li><p>…</p></li>` is one item).
    private mutating func blockBreak() {
        if itemDepth > 0 { writer.lineBreak() } else { writer.paragraphBreak() }
    }

    private mutating func finishDrop() {
        var preview = dropPreview
        if dropLength > preview.count {
            // Cut at a character boundary, not inside a UTF-8 sequence.
            while let last = preview.last, last & 0xC0 == 0x80 { preview.removeLast() }
            if let last = preview.last, last >= 0xC0 { preview.removeLast() }
        }
        let text = TextDecoding.trimmed(String(decoding: preview, as: UTF8.self))
        let more = dropLength > dropPreview.count ? "…" : ""
        noise.append(text.isEmpty ? "<\(dropName)>" : "<\(dropName)> \(text)\(more)")
    }

    // MARK: Content that is not markup

    /// `<script>`, `<style>`, `<title>`…: everything up to the end tag. A title is the page's
    /// (unless it belongs to an SVG image in dropped furniture); the rest is counted as noise.
    private mutating func rawText(_ name: String, _ kind: HTMLElementKind, after index: Int) -> Int? {
        guard let end = findEndTag(name, from: index) else {
            unclosed.insert(name)
            return bytes.count
        }
        let content = index..<end.start
        if kind == .title {
            if dropDepth == 0, titleText == nil {
                let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[content]), as: UTF8.self)
                titleText = Self.collapsed(HTMLCharacterReferences.decode(raw))
            }
        } else {
            dropRaw("<\(name)>", length: content.count)
        }
        return end.after
    }

    private mutating func dropRaw(_ name: String, length: Int) {
        rawDropped[name, default: (0, 0)].count += 1
        rawDropped[name, default: (0, 0)].length += length
    }

    private mutating func readMeta(_ attributes: [String: String]) {
        guard let content = attributes["content"].map(TextDecoding.trimmed), !content.isEmpty else { return }
        let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
        switch key {
        case "og:title": if ogTitle == nil { ogTitle = Self.collapsed(content) }
        case "article:published_time", "datepublished", "date", "dc.date": if published == nil { published = content }
        case "og:url": if ogURL == nil { ogURL = content }
        default: break
        }
    }

    // MARK: Bytes

    private func find(_ pattern: StaticString, from start: Int) -> Int? {
        let count = pattern.utf8CodeUnitCount
        let pattern = UnsafeBufferPointer(start: pattern.utf8Start, count: count)
        var index = start
        while index + count <= bytes.count {
            if bytes[index] == pattern[0], matches(at: index, pattern) { return index }
            index += 1
        }
        return nil
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private func matches(at start: Int, _ text: StaticString) -> Bool {
        matches(at: start, UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private func matches(at start: Int, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[start + offset] != pattern[offset] { return false }
        return true
    }

    /// `</name` (any case) followed by a blank, `/` or `>`: where its start is and where the
    /// end tag ends.
    private func findEndTag(_ name: String, from start: Int) -> (start: Int, after: Int)? {
        let name = Array(name.utf8)
        var index = start
        while let open = find(0x3C, from: index) {
            index = open + 1
            guard open + 2 + name.count <= bytes.count, bytes[open + 1] == 0x2F else { continue }
            var same = true
            for offset in 0..<name.count where bytes[open + 2 + offset] | 0x20 != name[offset] { same = false; break }
            let after = open + 2 + name.count
            guard same, after == bytes.count || isTagNameEnd(bytes[after]) else { continue }
            return (open, (find(0x3E, from: after) ?? bytes.count - 1) + 1)
        }
        return nil
    }

    private func lowercased(_ range: Range<Int>) -> String {
        String(decoding: bytes[range].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    private func isTagNameEnd(_ byte: UInt8) -> Bool {
        isBlank(byte) || byte == 0x2F || byte == 0x3E
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// A URL as a Markdown link target: blanks and parentheses would end it early.
    private static func escapedURL(_ url: String) -> String {
        var out = ""
        for character in url {
            switch character {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            default: out.append(character)
            }
        }
        return out
    }
}
