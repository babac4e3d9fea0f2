/// A reader for one layout of raw interview text: WebVTT captions, a `Name:` transcript, a
/// Markdown Q&A post…
///
/// Readers are how the importer learns layouts, as pandoc learns formats: each one looks at the
/// unchanged input, says how well it fits, and turns it into the one intermediate form, a
/// `SourceDocument`. Deciding who asks and who answers is not a reader's job (that is
/// `StructureInference`), except where the layout itself marks questions (a heading that asks,
/// `Q:`). Adding a layout is adding a reader to `FormatReaders.all`; nothing else changes.
protocol FormatReader: Sendable {
    /// What `parley import` calls the layout ("WebVTT captions").
    var name: String { get }
    /// How well the input fits this layout. Cheap: it runs for every reader on every file.
    func fit(_ input: ImportInput) -> ReaderFit
    /// The input read in this layout. Called only on the reader whose fit won.
    func read(_ input: ImportInput) throws -> SourceDocument
}

/// How well an input fits a reader: a score from 0 (not this layout) to 1 (unmistakable), and
/// the evidence, which `parley import` prints so a wrong choice can be understood.
struct ReaderFit: Sendable, Equatable {
    var score: Double
    var reasons: [String]

    static let none = ReaderFit(score: 0, reasons: [])

    init(score: Double, reasons: [String]) {
        self.score = min(1, max(0, score))
        self.reasons = reasons
    }

    init(score: Double, _ reason: String) {
        self.init(score: score, reasons: [reason])
    }
}
