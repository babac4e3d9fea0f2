/// What `Importer.importText` made of a raw text, and what it was unsure of.
///
/// The interview is always valid for `InterviewFormat.write`. Everything else is there so that
/// `parley import` can tell the person what happened: which layout was recognised (so a wrong
/// guess is visible), the doubts, and every line left out as page noise (so nothing disappears
/// silently).
public struct ImportResult: Sendable {
    public var interview: Interview
    /// A human name for the layout that was recognised, such as "transcript with speaker labels".
    public var layout: String
    /// How well the text fit that layout (0…1), and why.
    public var fitScore: Double
    public var fitReasons: [String]
    /// Things the importer guessed at: a missing interviewer name, a paragraph dropped as a
    /// repeat, a file with no questions.
    public var warnings: [String]
    /// Lines dropped as page noise (image ids, script warnings, keyword clouds, break markers).
    public var noise: [String]
    /// Lines read as metadata rather than text (title, date line, metadata fields); their content
    /// is in the interview's title, date, tags and speakers, not in its text.
    public var metadata: [String]

    init(interview: Interview, layout: String, fit: ReaderFit, warnings: [String] = [], noise: [String] = [], metadata: [String] = []) {
        self.interview = interview
        self.layout = layout
        self.fitScore = fit.score
        self.fitReasons = fit.reasons
        self.warnings = warnings
        self.noise = noise
        self.metadata = metadata
    }
}

/// Why a file could not be imported at all.
///
/// Each case says what was wrong in words a person can act on; a file that is merely odd
/// (no questions, one speaker) is imported with a warning instead.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty(fileName: String)
    /// The file contains NUL bytes, which text never does.
    case binary(fileName: String, offset: Int)
    /// The bytes at `offset` are not UTF-8.
    case invalidUTF8(fileName: String, offset: Int)
    /// Only blank lines or page noise.
    case nothingImportable(fileName: String)

    public var description: String { "\(fileName): \(reason)" }

    public var fileName: String {
        switch self {
        case .empty(let name), .binary(let name, _), .invalidUTF8(let name, _), .nothingImportable(let name): name
        }
    }

    /// What is wrong, without the file's name (for messages that name the file already).
    public var reason: String {
        switch self {
        case .empty:
            "the file is empty; nothing to import"
        case .binary(_, let offset):
            "this looks like a binary file (a NUL byte at byte \(offset)); expected plain text"
        case .invalidUTF8(_, let offset):
            "the text is not valid UTF-8 (bad bytes at byte \(offset)); save it as UTF-8 and import again"
        case .nothingImportable:
            "found no text to import, only blank lines or page noise"
        }
    }
}
