import Foundation

/// Finds where a search query's words occur in a text, to highlight them in the detail pane.
///
/// The index matched with stemming and without accents; this mirrors it closely enough for the
/// eye: case- and accent-insensitive, at word starts, with a word's common English endings
/// ignored (`contributing` lights up `contribute`). Excluded words and filters are not shown.
public struct MatchHighlighter: Sendable {
    let terms: [[Character]]

    public init(query: String) {
        var terms: [[Character]] = []
        for raw in query.split(whereSeparator: { $0.isWhitespace || $0 == "\"" }) {
            var word = Substring(raw)
            if word.hasPrefix("-") || ["OR", "AND", "NOT"].contains(String(word)) { continue }
            if let colon = word.firstIndex(of: ":") {
                let field = word[..<colon].lowercased()
                guard field == "q" else { continue }  // speaker: and in: filter; q: still matches words
                word = word[word.index(after: colon)...]
            }
            let letters = Self.fold(String(word)).filter { $0.isLetter || $0.isNumber }
            guard !letters.isEmpty else { continue }
            terms.append(Self.stem(letters))
        }
        self.terms = terms
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// Character-offset ranges of every match in `text`, in order.
    public func ranges(in text: String) -> [Range<Int>] {
        guard !terms.isEmpty else { return [] }
        let folded = text.map { Self.fold(String($0)).first ?? $0 }
        var ranges: [Range<Int>] = []
        var index = 0
        while index < folded.count {
            let atWordStart = index == 0 || !(folded[index - 1].isLetter || folded[index - 1].isNumber)
            if atWordStart, folded[index].isLetter || folded[index].isNumber,
               let term = terms.first(where: { Self.matches($0, in: folded, at: index) }) {
                var end = index + term.count
                while end < folded.count, folded[end].isLetter || folded[end].isNumber { end += 1 }
                ranges.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return ranges
    }

    private static func matches(_ term: [Character], in text: [Character], at index: Int) -> Bool {
        guard index + term.count <= text.count else { return false }
        for offset in term.indices where text[index + offset] != term[offset] { return false }
        return true
    }

    private static func fold(_ text: String) -> [Character] {
        Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
    }

    private static func stem(_ word: [Character]) -> [Character] {
        let text = String(word)
        for suffix in ["ing", "ed", "es", "s", "e"] where text.count > suffix.count + 3 && text.hasSuffix(suffix) {
            return Array(text.dropLast(suffix.count))
        }
        return word
    }
}
