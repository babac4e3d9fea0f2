import Foundation

/// Where a bookmark's answer is now, or why it cannot be found.
public enum BookmarkPlace: Hashable, Sendable {
    case attached(exchange: Int, answer: Int)
    case orphaned(OrphanReason)

    public var isOrphaned: Bool {
        if case .orphaned = self { return true }
        return false
    }
}

/// Why a bookmark is orphaned. It is kept regardless: the interview may come back (a file renamed
/// back, a library folder remounted) and the excerpt keeps it readable meanwhile.
public enum OrphanReason: Hashable, Sendable {
    /// No interview with the bookmark's id is in the library.
    case interviewMissing
    /// The interview is there but no answer in it matches the bookmark any more.
    case answerMissing
}

extension Bookmark {
    /// Finds the bookmarked answer in `interview` (which must have the bookmark's id).
    ///
    /// In order of trust:
    /// 1. an exchange whose question has the bookmark's fingerprint — the question text is
    ///    unchanged, wherever it moved. Should several have it (the same short question asked
    ///    twice), the one whose answer still starts with the excerpt wins, then the nearest to the
    ///    stored position;
    /// 2. an answer that starts with the stored excerpt — the question was edited but the answer
    ///    was not; the nearest to the stored position wins;
    /// 3. the stored position itself, when the question there is still much like the stored one —
    ///    both were touched up (a typo fixed in each).
    /// Otherwise `nil`: the bookmark is orphaned rather than pinned to an unrelated answer.
    ///
    /// `questions`, when given, is `interview`'s questions by fingerprint, made once for many
    /// bookmarks (`BookmarkPlaces`): without it each call fingerprints every question.
    public func resolve(in interview: Interview, questions: QuestionFingerprints? = nil) -> (exchange: Int, answer: Int)? {
        let wanted = BookmarkMatching.comparable(excerpt)
        func startsWithExcerpt(_ answer: Answer) -> Bool {
            !wanted.isEmpty && BookmarkMatching.comparable(answer.paragraphs.joined(separator: " ")).hasPrefix(wanted)
        }
        func distance(_ exchange: Int) -> Int { abs(exchange - exchangeIndex) }

        let sameQuestion = questions.map { $0.exchanges(with: questionFingerprint) } ?? interview.exchanges.indices.filter {
            BookmarkFingerprint.of(question: interview.exchanges[$0].question.text) == questionFingerprint
        }
        let withAnswer = sameQuestion.filter { interview.exchanges[$0].answers.indices.contains(answerIndex) }
        if let best = withAnswer.min(by: { a, b in
            let matchA = startsWithExcerpt(interview.exchanges[a].answers[answerIndex])
            let matchB = startsWithExcerpt(interview.exchanges[b].answers[answerIndex])
            if matchA != matchB { return matchA }
            return (distance(a), a) < (distance(b), b)
        }) {
            return (best, answerIndex)
        }

        var byExcerpt: [(exchange: Int, answer: Int)] = []
        for (e, item) in interview.exchanges.enumerated() {
            for (a, answer) in item.answers.enumerated() where startsWithExcerpt(answer) {
                byExcerpt.append((e, a))
            }
        }
        if let best = byExcerpt.min(by: { x, y in
            (x.answer == answerIndex ? 0 : 1, distance(x.exchange), x.exchange, x.answer)
                < (y.answer == answerIndex ? 0 : 1, distance(y.exchange), y.exchange, y.answer)
        }) {
            return best
        }

        if interview.exchanges.indices.contains(exchangeIndex),
           interview.exchanges[exchangeIndex].answers.indices.contains(answerIndex) {
            let now = Bookmark.shorten(interview.exchanges[exchangeIndex].question.text, to: Bookmark.questionLength)
            if BookmarkMatching.similarity(now, question) >= BookmarkMatching.similarQuestion {
                return (exchangeIndex, answerIndex)
            }
        }
        return nil
    }

    /// Where the bookmark is in `interview`, or why it is orphaned (`nil` when the library has no
    /// interview with the bookmark's id).
    public func place(in interview: Interview?, questions: QuestionFingerprints? = nil) -> BookmarkPlace {
        guard let interview else { return .orphaned(.interviewMissing) }
        guard let found = resolve(in: interview, questions: questions) else { return .orphaned(.answerMissing) }
        return .attached(exchange: found.exchange, answer: found.answer)
    }
}

/// The fuzzy comparisons behind the fallbacks of `Bookmark.resolve(in:)`.
enum BookmarkMatching {
    /// Dice similarity from which two questions at the same position count as the same question
    /// edited. High enough that a different question in its place does not qualify, low enough for
    /// a reworded clause or fixed typos.
    static let similarQuestion = 0.6

    /// Text reduced for prefix comparison: normalised like a fingerprint, ellipsis dropped.
    static func comparable(_ text: String) -> String {
        var text = BookmarkFingerprint.normalise(text)
        while text.hasSuffix("…") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Dice coefficient over character bigrams of the normalised texts, from 0 (nothing shared)
    /// to 1 (same). Bigrams rather than words so that it works for text without spaces (CJK).
    static func similarity(_ a: String, _ b: String) -> Double {
        let x = bigrams(comparable(a)), y = bigrams(comparable(b))
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        var remaining = y
        var shared = 0
        for (pair, count) in x {
            let common = min(count, remaining[pair] ?? 0)
            shared += common
            remaining[pair] = (remaining[pair] ?? 0) - common
        }
        let total = x.values.reduce(0, +) + y.values.reduce(0, +)
        return Double(2 * shared) / Double(total)
    }

    private static func bigrams(_ text: String) -> [String: Int] {
        let characters = Array(text)
        guard characters.count > 1 else { return characters.isEmpty ? [:] : [String(characters): 1] }
        var counts: [String: Int] = [:]
        for i in 0..<(characters.count - 1) {
            counts[String([characters[i], characters[i + 1]]), default: 0] += 1
        }
        return counts
    }
}
