/// The text being imported, after decoding, metadata and noise removal, with what each step
/// set aside; layouts read it and add their findings.
struct ImportDocument {
    let fileName: String
    var metadata: SourceMetadata
    /// Body paragraphs, noise removed.
    var paragraphs: [Paragraph]
    var noise: [String] = []
    var warnings: [String] = []
    /// Lines consumed as metadata (front matter, title line, date line).
    var metadataLines: [String] = []
    /// The title the first line gives, when the body opens with a short title-like line.
    var leadingTitle: String?

    /// The title a layout should use: metadata, then the one it found, then the leading line.
    /// Nil when none says; the importer then makes one from the file name.
    func title(found: String? = nil) -> String? {
        metadata.title ?? found ?? leadingTitle
    }
}

extension FormatReader {
    /// Reads the prepared prose with a layout that marks its own questions; the layout's nil
    /// (not this layout after all) becomes a `ReaderMismatch`.
    func readProse(_ input: ImportInput, with layout: (inout ImportDocument) -> LayoutResult?) throws -> SourceDocument {
        var prepared = input.prose
        guard let result = layout(&prepared) else { throw ReaderMismatch(reader: name) }
        return result.document(prepared)
    }
}

/// What a prose layout produced: its blocks, and the title and date it found.
struct LayoutResult {
    var builder: DocumentBuilder
    var title: String?
    var date: String?

    func document(_ prepared: ImportDocument) -> SourceDocument {
        builder.document(from: prepared, title: title, date: date)
    }
}
