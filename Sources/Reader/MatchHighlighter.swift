import Foundation
import InterviewKit

/// Finds where a search query's terms occur in a text, to highlight them in the detail pane.
///
/// Works from the parsed `SearchQuery`, so it lights what the search looked for: a phrase as
/// one match (its words in order, spanning the space between them), plain and prefix words
/// alone, `q:` words too; excluded words (`-word`, `NOT word`) and filter values (`speaker:`,
/// `in:`) are not in the text the search matched, so they are not lit. Like the index it is
/// case- and accent-insensitive and matches whole words with their common English endings
/// ignored (`contributing` lights up `contribute`, `the` does not light `then`); a prefix
/// term (`pyth*`) lights every word starting with it.
public struct MatchHighlighter: Sendable {
    /// A term as its words, folded and stemmed: one word, or a phrase's words in order.
    struct Term: Hashable, Sendable {
        var words: [[Character]]
        /// Whether the last word may be the start of a longer word.
        var isPrefix: Bool
    }

    let terms: [Term]

    public init(query: SearchQuery) {
        var terms: [Term] = []
        for term in query.required.joined() where term.field == .any || term.field == .question {
            let words = Self.words(in: term.text).map { term.isPrefix ? $0.folded : Self.stem($0.folded) }
            let made = Term(words: words, isPrefix: term.isPrefix)
            if !words.isEmpty, !terms.contains(made) { terms.append(made) }
        }
        // Longest first, so that a phrase wins over one of its own words at the same place.
        self.terms = terms.sorted { $0.words.count > $1.words.count }
    }

    public init(query: String) {
        self.init(query: SearchQuery(parsing: query))
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// Character-offset ranges of every match in `text`, in order.
    public func ranges(in text: String) -> [Range<Int>] {
        guard !terms.isEmpty else { return [] }
        let words = Self.words(in: text)
        var ranges: [Range<Int>] = []
        var index = 0
        while index < words.count {
            if let term = terms.first(where: { Self.matches($0, words: words, at: index) }) {
                ranges.append(words[index].range.lowerBound..<words[index + term.words.count - 1].range.upperBound)
                index += term.words.count
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// A word of a text: where it is (character offsets) and its letters folded.
    struct Word {
        var range: Range<Int>
        var folded: [Character]
    }

    /// The words of `text` (runs of letters and digits), in one pass.
    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var start: Int?
        var letters: [Character] = []
        for (offset, character) in text.enumerated() {
            let folded = fold(character)
            if folded.isLetter || folded.isNumber {
                if start == nil { start = offset }
                letters.append(folded)
            } else if let begun = start {
                words.append(Word(range: begun..<offset, folded: letters))
                start = nil
                letters = []
            }
        }
        if let begun = start { words.append(Word(range: begun..<text.count, folded: letters)) }
        return words
    }

    /// Whether the term's words are the words of the text from `index` on, one for one.
    private static func matches(_ term: Term, words: [Word], at index: Int) -> Bool {
        guard index + term.words.count <= words.count else { return false }
        for (offset, part) in term.words.enumerated() {
            let word = words[index + offset].folded
            let isLast = offset == term.words.count - 1
            if isLast && term.isPrefix ? !word.starts(with: part) : stem(word) != part { return false }
        }
        return true
    }

    private static func fold(_ character: Character) -> Character {
        String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).first ?? character
    }

    private static func stem(_ word: [Character]) -> [Character] {
        let text = String(word)
        for suffix in ["ing", "ed", "es", "s", "e"] where text.count > suffix.count + 3 && text.hasSuffix(suffix) {
            return Array(text.dropLast(suffix.count))
        }
        return word
    }
}
