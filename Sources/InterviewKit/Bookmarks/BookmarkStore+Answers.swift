import Foundation

/// An answer's place in an interview: exchange and answer, both 0-based.
public struct AnswerPosition: Hashable, Sendable, Comparable {
    public var exchange: Int
    public var answer: Int

    public init(exchange: Int, answer: Int) {
        self.exchange = exchange
        self.answer = answer
    }

    public static func < (a: AnswerPosition, b: AnswerPosition) -> Bool {
        (a.exchange, a.answer) < (b.exchange, b.answer)
    }
}

/// The store seen from an open interview, as the reader needs it.
///
/// A bookmark whose question was edited keeps its old fingerprint, so it cannot be found by the
/// key of the answer as it is now; these methods find bookmarks by where they resolve instead,
/// so that toggling such an answer removes its bookmark rather than adding a second one.
extension BookmarkStore {
    /// Where each bookmark of `interview` is now; orphaned ones are left out.
    public func positions(in interview: Interview) -> [AnswerPosition: Bookmark] {
        var result: [AnswerPosition: Bookmark] = [:]
        // Newest first, so that if two bookmarks resolve to one answer the newer one is shown.
        for bookmark in bookmarks where bookmark.interviewID == interview.id {
            guard let found = bookmark.resolve(in: interview) else { continue }
            let position = AnswerPosition(exchange: found.exchange, answer: found.answer)
            if result[position] == nil { result[position] = bookmark }
        }
        return result
    }

    /// The bookmark that resolves to this answer, if any.
    public func bookmark(at position: AnswerPosition, in interview: Interview) -> Bookmark? {
        if let key = BookmarkKey(interview: interview, exchange: position.exchange, answer: position.answer),
           let exact = bookmark(for: key) {
            return exact
        }
        return positions(in: interview)[position]
    }

    /// Removes the bookmark of this answer if it has one, else bookmarks it (made at `now`), and
    /// saves. Returns whether the answer is now bookmarked; errors are those of `toggle(_:)`.
    @discardableResult
    public func toggle(_ position: AnswerPosition, in interview: Interview, now: Date = Date()) throws -> Bool {
        if let existing = bookmark(at: position, in: interview) {
            try remove(existing.key)
            return false
        }
        try add(BookmarkStore.make(interview: interview, exchange: position.exchange, answer: position.answer, now: now))
        return true
    }
}
