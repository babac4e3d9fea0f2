/// An interview's exchanges by the fingerprint of their question, so that placing many
/// bookmarks in it fingerprints each question once, not once per bookmark.
public struct QuestionFingerprints: Sendable {
    private let exchangesByFingerprint: [String: [Int]]

    public init(_ interview: Interview) {
        var map: [String: [Int]] = [:]
        for (index, exchange) in interview.exchanges.enumerated() {
            map[BookmarkFingerprint.of(question: exchange.question.text), default: []].append(index)
        }
        exchangesByFingerprint = map
    }

    /// The exchanges whose question has `fingerprint`, in order.
    public func exchanges(with fingerprint: String) -> [Int] { exchangesByFingerprint[fingerprint] ?? [] }
}

/// Where each of many bookmarks is now, in time linear in the bookmarks and the interviews they
/// are in (a bookmark whose question was edited still costs a look through its interview).
public enum BookmarkPlaces {
    /// `bookmarks[i].place(in:)` for every `i`, each interview's questions fingerprinted once.
    public static func of(_ bookmarks: [Bookmark], interviews: [String: Interview]) -> [BookmarkPlace] {
        var fingerprints: [String: QuestionFingerprints] = [:]
        return bookmarks.map { bookmark in
            guard let interview = interviews[bookmark.interviewID] else { return .orphaned(.interviewMissing) }
            let questions = fingerprints[bookmark.interviewID] ?? QuestionFingerprints(interview)
            fingerprints[bookmark.interviewID] = questions
            return bookmark.place(in: interview, questions: questions)
        }
    }
}
