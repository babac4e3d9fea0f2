/// Text with no questions and no speakers: kept whole, as one section, so nothing is lost.
/// Every file fits it a little; it reads what no other reader takes.
struct PlainProseReader: FormatReader {
    let name = "plain text without questions"

    func fit(_ input: ImportInput) -> ReaderFit {
        ReaderFit(score: 0.01, "any text can be kept as prose")
    }

    func read(_ input: ImportInput) throws -> SourceDocument {
        var prepared = input.prose
        prepared.warnings.append("found no questions or speaker turns; imported the whole text as one section")
        var document = SourceDocument(prose: prepared)
        document.blocks = prepared.paragraphs.map { .text(InlineMarks.clean($0.lines, noise: &document.noise)) }
        return document
    }
}
