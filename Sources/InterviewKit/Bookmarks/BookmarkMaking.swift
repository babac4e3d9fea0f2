import Foundation

extension Bookmark {
    /// A bookmark for answer `answer` of exchange `exchange` of `interview`, made at `created`.
    ///
    /// The indices must exist: callers offer only answers they show (`BookmarkKey(interview:…)`
    /// tells whether a position exists when it comes from the user).
    public init(interview: Interview, exchange: Int, answer: Int, created: Date) {
        precondition(interview.exchanges.indices.contains(exchange), "no exchange \(exchange) in \(interview.id)")
        let item = interview.exchanges[exchange]
        precondition(item.answers.indices.contains(answer), "no answer \(answer) in exchange \(exchange) of \(interview.id)")
        let reply = item.answers[answer]
        self.init(
            interviewID: interview.id,
            questionFingerprint: BookmarkFingerprint.of(question: item.question.text),
            answerIndex: answer,
            speaker: interview.name(of: reply.speaker),
            created: created,
            excerpt: Bookmark.shorten(reply.paragraphs.joined(separator: " "), to: Bookmark.excerptLength),
            exchangeIndex: exchange,
            question: Bookmark.shorten(item.question.text, to: Bookmark.questionLength)
        )
    }

    /// `text` on one line (whitespace collapsed), cut at a word boundary to at most `limit`
    /// characters with an ellipsis when anything was left out.
    static func shorten(_ text: String, to limit: Int) -> String {
        let line = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard line.count > limit else { return line }
        let cut = line.prefix(limit - 1)
        // Back up to the last space so no word is cut in half, unless that loses most of the text
        // (one very long word, or CJK text without spaces).
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            return String(cut[..<space]) + "…"
        }
        return String(cut) + "…"
    }
}
