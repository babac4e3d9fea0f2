import Foundation

/// One quote to export: an answer (or a section paragraph) with everything a note needs to cite
/// it: who said it, in which interview, when, in reply to what, where the source is, and the
/// user's note.
public struct ExportEntry: Hashable, Sendable, Codable {
    /// A stable name for the quote, `parley-<interview>-<question fingerprint>-<answer>`: the same
    /// answer gets the same id in every export, so a file exported into before is appended only
    /// what it does not hold yet. Letters, digits and dashes only, so it is an Obsidian block id.
    public var id: String
    public var interview: String
    public var title: String
    public var date: String?
    /// The interview's source page, when known.
    public var source: String?
    /// Who said it; `nil` for a section paragraph.
    public var speaker: String?
    /// The question answered (a section's title for a section paragraph).
    public var question: String
    /// The quote, as Markdown paragraphs separated by blank lines.
    public var text: String
    /// Exchange, answer and section numbered from 1, as people read them.
    public var exchange: Int?
    public var answer: Int?
    /// Where the turn starts in the recording, `12:04`, when known.
    public var time: String?
    public var note: String?
    /// When the bookmark was made (ISO 8601), for bookmarks.
    public var bookmarked: String?

    public init(
        id: String, interview: String, title: String, date: String? = nil, source: String? = nil,
        speaker: String?, question: String, text: String, exchange: Int? = nil, answer: Int? = nil,
        time: String? = nil, note: String? = nil, bookmarked: String? = nil
    ) {
        self.id = id
        self.interview = interview
        self.title = title
        self.date = date
        self.source = source
        self.speaker = speaker
        self.question = question
        self.text = text
        self.exchange = exchange
        self.answer = answer
        self.time = time
        self.note = note
        self.bookmarked = bookmarked
    }

    /// The id for answer `answer` (0-based) of the question `question` in interview `interview`.
    /// An id that is not plain ASCII letters, digits and dashes is replaced by its fingerprint,
    /// so the result is always a valid block id.
    static func id(interview: String, question: String, answer: Int) -> String {
        let plain = !interview.isEmpty && interview.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "-" || CharacterSet.alphanumerics.contains($0)) }
        let name = plain ? interview : BookmarkFingerprint.of(question: interview)
        return "parley-\(name)-\(BookmarkFingerprint.of(question: question).prefix(8))-\(answer + 1)"
    }
}
