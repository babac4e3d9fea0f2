import Foundation

/// One bookmarked answer.
///
/// A bookmark names its answer by the interview id, a fingerprint of the question and the answer's
/// index within the exchange, not by the exchange's position: editing or reordering other questions
/// in the file must not move a bookmark to a different answer. The exchange index, speaker, question
/// and excerpt are kept as well so that a bookmark can still be found when its question was edited,
/// and can still be read (and shown as orphaned) when its interview is gone.
public struct Bookmark: Codable, Hashable, Sendable {
    public var interviewID: String
    /// `BookmarkStore.fingerprint(question:)` of the question the answer replies to.
    public var questionFingerprint: String
    /// Which answer of the exchange (0 for the first); exchanges with a panel have several.
    public var answerIndex: Int
    /// Display name of who gave the answer, as it was when the bookmark was made.
    public var speaker: String
    public var created: Date
    /// The start of the answer, whitespace collapsed, at most `Bookmark.excerptLength` characters.
    public var excerpt: String
    /// Where the exchange was when the bookmark was made or last found (0-based).
    public var exchangeIndex: Int
    /// The start of the question, for display and for matching an edited question.
    public var question: String
    /// The user's own words about the answer (`parley bookmarks note`), at most
    /// `Bookmark.noteLength` characters; `nil` when there is none. Files of format version 1
    /// have no notes, and read as bookmarks without one.
    public var note: String?

    public init(
        interviewID: String, questionFingerprint: String, answerIndex: Int, speaker: String,
        created: Date, excerpt: String, exchangeIndex: Int, question: String, note: String? = nil
    ) {
        self.interviewID = interviewID
        self.questionFingerprint = questionFingerprint
        self.answerIndex = answerIndex
        self.speaker = speaker
        self.created = created
        self.excerpt = excerpt
        self.exchangeIndex = exchangeIndex
        self.question = question
        self.note = note
    }

    /// What makes two bookmarks the same bookmark: at most one is kept per key.
    public var key: BookmarkKey {
        BookmarkKey(interviewID: interviewID, questionFingerprint: questionFingerprint, answerIndex: answerIndex)
    }

    /// Characters of the answer kept in `excerpt`: enough to recognise it in a list, short enough
    /// that the file stays small.
    public static let excerptLength = 120
    /// Characters of the question kept in `question`.
    public static let questionLength = 160
    /// The longest note kept: a few paragraphs. A note is a reminder beside a quote, not a
    /// document; a longer text belongs in the notes the export goes to.
    public static let noteLength = 4000
}

/// The identity of a bookmark: one per answer.
public struct BookmarkKey: Hashable, Sendable, Codable, CustomStringConvertible {
    public var interviewID: String
    public var questionFingerprint: String
    public var answerIndex: Int

    public init(interviewID: String, questionFingerprint: String, answerIndex: Int) {
        self.interviewID = interviewID
        self.questionFingerprint = questionFingerprint
        self.answerIndex = answerIndex
    }

    /// The key of an answer as it is now in `interview`; `nil` if there is no such answer.
    public init?(interview: Interview, exchange: Int, answer: Int) {
        guard interview.exchanges.indices.contains(exchange),
              interview.exchanges[exchange].answers.indices.contains(answer) else { return nil }
        self.init(
            interviewID: interview.id,
            questionFingerprint: BookmarkFingerprint.of(question: interview.exchanges[exchange].question.text),
            answerIndex: answer
        )
    }

    public var description: String { "\(interviewID)/\(questionFingerprint)/\(answerIndex)" }
}
