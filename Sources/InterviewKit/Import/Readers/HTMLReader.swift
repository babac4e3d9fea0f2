/// Saved web pages: blog Q&As, "developer of the week" posts, press briefing and transcript
/// pages, as `.html` files.
///
/// An HTML page is not a layout of its own but a wrapping around one: a Q&A post with `<h3>`
/// questions, a transcript with `<p><b>Name:</b> …</p>` turns. So this reader takes the
/// wrapping off (`HTMLText`: the visible text as Markdown-ish lines, the head's title, date and
/// address) and hands the text to the best of the other readers, as if the person had saved the
/// page as text; the page's metadata fills in what the text does not say.
struct HTMLReader: FormatReader {
    let name = "HTML page"

    /// How much of the file the fit looks at: a page shows its nature in its first tags.
    private static let lookBytes = 64 * 1024

    func fit(_ input: ImportInput) -> ReaderFit {
        var looked = 0
        var lines = 0, taggedLines = 0, blockTags = 0
        var signature: String?
        for whole in input.body {
            guard looked < Self.lookBytes else { break }
            // A page saved as one long line is looked at as far as the budget goes.
            let line = whole.utf8.count + looked > Self.lookBytes ? String(decoding: whole.utf8.prefix(Self.lookBytes - looked), as: UTF8.self) : whole
            looked += line.utf8.count + 1
            guard line.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            lines += 1
            // Most lines of most files have no `<` at all: a byte scan says so cheaply.
            guard ByteSearch.contains(line, 0x3C) else { continue }
            let tags = Self.tags(in: line)
            if !tags.isEmpty { taggedLines += 1 }
            for tag in tags {
                if signature == nil, ["!doctype", "html", "head", "body"].contains(tag) { signature = "<\(tag)>" }
                if Self.isBlock(HTMLElementKind.of(tag)) { blockTags += 1 }
            }
        }
        let share = lines == 0 ? 0 : Double(taggedLines) / Double(lines)
        let counted = "\(blockTags) block tags; \(ReaderChoice.percent(share)) of lines carry tags"
        if let signature { return ReaderFit(score: 0.98, reasons: ["an HTML document (\(signature))", counted]) }
        let named = input.fileName.lowercased().hasSuffix(".html") || input.fileName.lowercased().hasSuffix(".htm")
        if blockTags >= 10, share >= 0.6 { return ReaderFit(score: 0.96, reasons: ["HTML without a document wrapper", counted]) }
        if named, blockTags >= 2 { return ReaderFit(score: 0.96, reasons: ["an .html file", counted]) }
        guard blockTags >= 3 else { return .none }
        // Markdown with a little inline HTML stays with the Markdown readers.
        return ReaderFit(score: 0.8 * share, reasons: ["some HTML", counted])
    }

    func read(_ input: ImportInput) throws -> SourceDocument {
        let page = HTMLText.read(input.body.joined(separator: "\n"))
        // Front matter (a Jekyll page) stays in front of the text, where readers look for it.
        let front = Array(input.lines[..<input.metadata.bodyStart])
        let lines = front.isEmpty ? page.lines : front + [""] + page.lines
        // The page's references are decoded once, by the HTML scanner: its lines are prose as they are.
        let text = ImportInput(fileName: input.fileName, lines: lines, proseLines: lines, metadata: SourceMetadata.read(lines))
        let choice = ReaderChoice.rank(text, readers: FormatReaders.all.filter { !($0 is HTMLReader) })
        for candidate in choice.candidates {
            guard var document = try? candidate.reader.read(text), document.hasText else { continue }
            document.title = document.title ?? page.title
            document.date = document.date ?? page.date
            document.source = document.source ?? page.source
            document.noise = page.noise + document.noise
            document.metadataLines += page.metadataLines
            document.warnings = page.warnings + document.warnings
            if let doubt = choice.doubt(about: candidate) { document.warnings.insert("the page's text " + doubt, at: 0) }
            return document
        }
        throw ReaderMismatch(reader: name)
    }

    /// The lowercased names of the start and end tags in a line (`<p class=x>` → `p`), and
    /// `!doctype` for a doctype.
    private static func tags(in line: String) -> [String] {
        var names: [String] = []
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "<") {
            var name = rest[rest.index(after: open)...]
            if name.first == "/" { name = name.dropFirst() }
            let word = name.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "!") }
            if !word.isEmpty, word.first != "!" || word.lowercased() == "!doctype" { names.append(word.lowercased()) }
            rest = name.dropFirst(max(word.count, 0))
        }
        return names
    }

    private static func isBlock(_ kind: HTMLElementKind) -> Bool {
        switch kind {
        case .block, .article, .heading, .list, .item, .line, .cell, .preformatted, .lineBreak, .dropped: true
        default: false
        }
    }
}
