/// Levenshtein distance with a ceiling, for "did you mean" over the index's vocabulary.
///
/// Only distances up to `limit` matter (a suggestion is at most two typos away), so the work is
/// cut off as soon as every cell of a row exceeds it: comparing a typed word with a word of a
/// very different spelling costs a row or two, not the whole table. Each call is
/// O(length × length) at worst, with lengths of vocabulary words (at most
/// `Vocabulary.longestWord`).
enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions that turn `a`
    /// into `b`, or nil when it exceeds `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowBest = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowBest = min(rowBest, current[j])
            }
            if rowBest > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// How many typos a word of this many characters may carry and still be corrected: none
    /// under 5 characters, one from 5, two from 9 (Meilisearch's rule of thumb). A short word
    /// has too many neighbours for a guess to be worth showing.
    static func typosAllowed(forLength length: Int) -> Int {
        length >= 9 ? 2 : length >= 5 ? 1 : 0
    }
}
