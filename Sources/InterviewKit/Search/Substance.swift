import Foundation

/// How much a passage has to say, as a factor on its score: a one-line interjection
/// ("JavaScript sprinkles.") should not outrank an answer that explains something.
///
/// bm25 divides a match's weight by the length of its row, so the shortest rows holding a word
/// win: in interview transcripts those are the interjections, "Yeah.", "Right, Kubernetes.",
/// and the turns a transcript takes for questions because they end in a question mark
/// ("GraphQL?", "A JavaScript object?"). So a row (question, answer or section paragraph) of
/// fewer than `fullWords` words has its score scaled by √((words + 1) / (fullWords + 1)): 2
/// words keep half the score, 5 words 70%, `fullWords` or more all of it. Measured on the
/// judged queries (docs/SEARCH.md), scaling questions too beat keeping their whole score.
///
/// The factor is stored per row (`passage.substance`) when the row is written, so ranking reads
/// it with the row's place and computes nothing per match.
enum Substance {
    static let fullWords = 11

    static func factor(text: String) -> Double {
        let words = min(wordCount(text), fullWords)
        return ((Double(words) + 1) / Double(fullWords + 1)).squareRoot()
    }

    /// Runs of characters between spaces, counted on the UTF-8 bytes (ASCII whitespace;
    /// stops counting past `fullWords`, which is all the factor needs).
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || (0x09...0x0D).contains(byte)
            if !space, !inWord {
                count += 1
                if count > fullWords { return count }
            }
            inWord = !space
        }
        return count
    }
}
