import Foundation

/// Turns a raw interview text (a copied web page, a transcript, a Markdown post) into an
/// `Interview` by recognising its layout.
///
/// The layouts are tried from the most explicit to the least: a video page with a transcript
/// marker, labelled turns, question headings, question paragraphs. Whatever is recognised, no
/// text is dropped except page noise, which is listed in the result; a text with no questions is
/// kept as one section with a warning.
public enum Importer {
    public static func importText(_ data: Data, fileName: String) throws -> ImportResult {
        let lines = try TextDecoding.lines(from: data, fileName: fileName)
        let metadata = SourceMetadata.read(lines)
        let body = Array(lines[metadata.bodyStart...])
        var document = ImportDocument(fileName: fileName, metadata: metadata, paragraphs: [])
        document.metadataLines = metadata.lines
        document.warnings = metadata.warnings

        var result: LayoutResult?
        result = VideoPageLayout.importPage(lines: body, document: &document)
        if result == nil {
            document.paragraphs = removeNoise(body, document: &document)
            readLeadingLines(&document)
            result = TranscriptLayout.importIfLabelled(&document)
                ?? HeadingQALayout.importHeadings(&document)
                ?? QAPostLayout.importPost(&document)
                ?? plainText(&document)
        }
        guard let result, !(result.assembler.sections.isEmpty && result.assembler.exchanges.isEmpty) else {
            throw ImportError.nothingImportable(fileName: fileName)
        }
        let interview = result.assembler.build(title: result.title, date: result.date, source: result.source, tags: result.tags)
        return ImportResult(interview: interview, layout: result.name, warnings: document.warnings,
                            noise: document.noise, metadata: document.metadataLines)
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
            if let heading = TranscriptLayout.heading(line), heading.level == 1 {
                document.leadingTitle = heading.text
                consumed = 1
            } else if line.count <= 150, TranscriptLayout.heading(line) == nil, !line.hasSuffix("."), !line.hasSuffix(","),
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

    /// No questions anywhere: the whole text as one section, so nothing is lost.
    private static func plainText(_ document: inout ImportDocument) -> LayoutResult? {
        guard !document.paragraphs.isEmpty else { return nil }
        var assembler = InterviewAssembler()
        assembler.addSection("Text", document.paragraphs.map(\.lines))
        document.warnings.append("found no questions or speaker turns; imported the whole text as one section")
        return LayoutResult(name: "plain text without questions", assembler: assembler, title: document.title(),
                            date: document.metadata.date, source: document.metadata.source, tags: document.metadata.tags)
    }
}
