import Foundation

/// The input a format reader sees: the file's lines, unchanged but for line endings, control
/// characters and trailing blanks, and what its metadata (YAML front matter or `Key: value`
/// lines) said.
struct ImportInput: Sendable {
    /// The file's name, for titles and messages; never a path the importer opens.
    let fileName: String
    /// Every line of the file, front matter included, with character references (`&amp;`) as
    /// written: a caption or JSON reader decodes them where its format says so.
    let lines: [String]
    /// The same lines with character references decoded: what prose readers read.
    let proseLines: [String]
    /// The front matter, if any; `metadata.bodyStart` is the first line after it.
    let metadata: SourceMetadata
    /// Work several prose readers share, done once per input.
    private let shared = SharedReading()

    init(fileName: String, lines: [String], metadata: SourceMetadata) {
        self.init(fileName: fileName, lines: lines, proseLines: lines.map(TextDecoding.decodingEntities), metadata: metadata)
    }

    init(fileName: String, lines: [String], proseLines: [String], metadata: SourceMetadata) {
        self.fileName = fileName
        self.lines = lines
        self.proseLines = proseLines
        self.metadata = metadata
    }

    /// The prose lines after the metadata.
    var proseBody: ArraySlice<String> { proseLines[metadata.bodyStart...] }

    /// The body as prose: noise set aside, paragraphs grouped, title and date lines read.
    var prose: ImportDocument { shared.prose { ImportDocument.prepare(self) } }

    /// The prose paragraphs cut at the speaker labels that recur.
    var labelled: LabelledLines {
        shared.labelled { LabelledLines.scan(prose.paragraphs, declared: Set(metadata.people.map(\.name))) }
    }

    /// The lines after the metadata.
    var body: ArraySlice<String> { lines[metadata.bodyStart...] }

    /// The first non-blank line of the body, trimmed (sniffing `WEBVTT`, `{`, `1`…).
    var firstBodyLine: Substring? {
        body.lazy.map { TextDecoding.trimmed($0)[...] }.first { !$0.isEmpty }
    }
}

/// One stretch of speech as a reader found it: who (the label as written, or nothing), when,
/// and what was said, as paragraphs of lines with every layout mark (label, timestamp, cue
/// timing, voice tag) already removed.
struct Turn: Hashable, Sendable {
    /// The speaker label as written (`Jane`, `MS. SMITH`, `Speaker 1`); nil where the layout
    /// names nobody (an unlabelled cue, an anonymous paragraph).
    var label: String?
    var time: Timecode?
    /// Paragraphs, each a list of lines (lines are kept: lists and code lines keep their shape).
    var paragraphs: [[String]]

    init(label: String?, time: Timecode? = nil, paragraphs: [[String]]) {
        self.label = label
        self.time = time
        self.paragraphs = paragraphs
    }
}

/// A piece of a document in reading order, the one form every reader produces.
enum SourceBlock: Hashable, Sendable {
    /// A spoken turn; `StructureInference` decides whether it asks or answers.
    case turn(Turn)
    /// A turn the layout itself marks as a question: a question heading, a bold question, `Q:`.
    case question(Turn)
    /// A turn the layout itself marks as an answer (`A:`, the paragraphs under a question heading).
    case answer(Turn)
    /// A heading that starts a section of text that is not question and answer.
    case heading(level: Int, text: String)
    /// A paragraph with no speaker: it continues whatever came before it.
    case text([String])
}

/// What a reader made of a file: metadata and blocks, plus what it set aside, so that nothing
/// disappears without `parley import` saying so.
struct SourceDocument: Sendable {
    var title: String?
    var date: String?
    var source: String?
    /// The recording the turn times refer to.
    var media: String?
    var tags: [String] = []
    /// People the source names, with the role it gives them, in order.
    var people: [(name: String, role: Speaker.Role)] = []
    var blocks: [SourceBlock] = []
    /// Lines dropped as layout or page noise (cue numbers, `WEBVTT`, image ids…).
    var noise: [String] = []
    /// Doubts worth telling the person about.
    var warnings: [String] = []
    /// Lines read as metadata rather than text.
    var metadataLines: [String] = []

    /// A document that starts from prepared prose: its metadata, its title and date lines, and
    /// what preparing it set aside. Readers add the blocks.
    init(prose prepared: ImportDocument) {
        self.init(metadata: prepared.metadata)
        title = prepared.metadata.title ?? prepared.leadingTitle
        noise = prepared.noise
        warnings = prepared.warnings
        metadataLines = prepared.metadataLines
    }

    /// A document that starts from what the input's metadata said.
    init(metadata: SourceMetadata) {
        title = metadata.title
        date = metadata.date
        source = metadata.source
        media = metadata.media
        tags = metadata.tags
        people = metadata.people
        warnings = metadata.warnings
        metadataLines = metadata.lines
    }
}

/// The prose preparation and label scan of one input, computed on first use: the labelled
/// transcript and labelled-answer readers, and the Q&A post reader, all need them, for their fit
/// and again for reading.
private final class SharedReading: @unchecked Sendable {
    // Guarded by `lock`: an input is read on one thread, but nothing stops two.
    private let lock = NSLock()
    private var preparedProse: ImportDocument?
    private var scannedLabels: LabelledLines?

    func prose(_ make: () -> ImportDocument) -> ImportDocument {
        lock.lock()
        defer { lock.unlock() }
        if let preparedProse { return preparedProse }
        let made = make()
        preparedProse = made
        return made
    }

    func labelled(_ make: () -> LabelledLines) -> LabelledLines {
        lock.lock()
        if let scannedLabels { lock.unlock(); return scannedLabels }
        lock.unlock()
        let made = make()
        lock.lock()
        scannedLabels = made
        lock.unlock()
        return made
    }
}
