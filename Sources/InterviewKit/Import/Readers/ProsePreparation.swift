/// The preparation every prose reader shares: page noise set aside, paragraphs grouped, and a
/// leading title line and date line read as metadata.
extension ImportDocument {
    static func prepare(_ input: ImportInput) -> ImportDocument {
        var document = ImportDocument(fileName: input.fileName, metadata: input.metadata, paragraphs: [])
        document.metadataLines = input.metadata.lines
        document.warnings = input.metadata.warnings
        document.paragraphs = removeNoise(Array(input.proseBody), document: &document)
        readLeadingLines(&document)
        return document
    }

    /// Drops noise lines (listing them) and groups the rest into paragraphs.
    private static func removeNoise(_ lines: [String], document: inout ImportDocument) -> [Paragraph] {
        var kept: [String] = []
        kept.reserveCapacity(lines.count)
        for line in lines {
            if !line.isEmpty, PageNoise.isNoise(line) {
                document.noise.append(line)
                // A noise line ends the paragraph it interrupted only if it stood alone.
                continue
            }
            kept.append(line)
        }
        return Paragraphs.split(kept)
    }

    /// A short first line is the title, and a date line right after it gives the date and tags
    /// ("Monday 14 March 2022 Rust, Tools, Interview 3 Comments").
    private static func readLeadingLines(_ document: inout ImportDocument) {
        guard let first = document.paragraphs.first else { return }
        var consumed = 0
        if document.metadata.title == nil, first.lines.count == 1, SpeakerLabel.parse(first.first) == nil {
            let line = DecodingTrim.trim(first.first)
            if let heading = MarkdownHeading.parse(line), heading.level == 1 {
                document.leadingTitle = heading.text
                consumed = 1
            } else if line.count <= 150, MarkdownHeading.parse(line) == nil, !line.hasSuffix("."), !line.hasSuffix(","),
                      QuestionShape.classify(first) == .none, document.paragraphs.count > 1 {
                document.leadingTitle = line
                consumed = 1
            }
        }
        if consumed < document.paragraphs.count, document.metadata.date == nil {
            let candidate = document.paragraphs[consumed]
            if candidate.lines.count == 1, candidate.characterCount <= 200, let (date, used) = DateText.leading(candidate.first) {
                let rest = DecodingTrim.trim(candidate.first.dropFirst(used))
                if !rest.contains(". "), !rest.hasSuffix("."), !rest.hasSuffix("?") {
                    document.metadata.date = date
                    document.metadata.tags += tags(in: rest)
                    consumed += 1
                }
            }
        }
        document.metadataLines += document.paragraphs[..<consumed].map(\.text)
        document.paragraphs.removeFirst(consumed)
    }

    /// Tags from the rest of a date line: a comma-separated list, without the page's trailing
    /// "Comments" link.
    static func tags(in text: String) -> [String] {
        guard text.contains(",") else { return [] }
        var parts = text.split(separator: ",").map { DecodingTrim.trim($0) }.filter { !$0.isEmpty }
        if var last = parts.last {
            for suffix in [" Comments", " comments", " Leave a comment", " No Comments"] where last.hasSuffix(suffix) {
                last = String(last.dropLast(suffix.count))
            }
            if let space = last.lastIndex(of: " "), last[last.index(after: space)...].allSatisfy(\.isNumber) {
                last = String(last[..<space])
            }
            parts[parts.count - 1] = DecodingTrim.trim(last)
        }
        return parts.filter { !$0.isEmpty }
    }

}
