import Foundation
import InterviewKit

/// How the library list is ordered.
public enum LibrarySort: String, CaseIterable, Hashable, Sendable {
    /// As the library lists them.
    case library = "library order"
    case title = "by title"
    case date = "newest first"
    case recent = "recently read first"

    /// The next order `s` switches to.
    var next: LibrarySort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// Which interviews the list shows, in which order: those whose title, people, tags or date hold
/// every word of the filter, fzf-like (a word's letters in order, not necessarily together:
/// `pydv` finds "PyDev"), case and accents ignored. As in fzf, the closer matches come first:
/// those holding every word whole, then the others, each in the list's order.
enum LibraryFilter {
    /// The text each interview is filtered on, folded once per listing (not per keystroke).
    static func haystacks(_ interviews: [InterviewSummary]) -> [[Character]] {
        interviews.map { summary in
            fold(([summary.title] + summary.interviewees + summary.tags + [summary.date ?? ""]).joined(separator: " "))
        }
    }

    /// Indices into `interviews` of those shown, in order: linear in the library for the filter,
    /// n log n for the sort.
    static func shown(_ interviews: [InterviewSummary], haystacks: [[Character]], filter: String, sort: LibrarySort,
                      memory: ReaderMemory) -> [Int] {
        let words = filter.split(whereSeparator: \.isWhitespace).map { fold(String($0)) }
        var shown = interviews.indices.filter { index in words.allSatisfy { isSubsequence($0, of: haystacks[index]) } }
        switch sort {
        case .library:
            break
        case .title:
            shown.sort { interviews[$0].title.localizedStandardCompare(interviews[$1].title) == .orderedAscending }
        case .date:
            // Newest first; undated last, in library order.
            shown.sort { (interviews[$0].date ?? "", -$0) > (interviews[$1].date ?? "", -$1) }
        case .recent:
            let order = { (index: Int) in memory.places[interviews[index].id]?.readOrder ?? -1 }
            shown.sort { (order($0), -$0) > (order($1), -$1) }
        }
        guard !words.isEmpty else { return shown }
        let whole = shown.map { index in words.allSatisfy { contains($0, in: haystacks[index]) } }
        return shown.indices.filter { whole[$0] }.map { shown[$0] } + shown.indices.filter { !whole[$0] }.map { shown[$0] }
    }

    /// Whether `word` occurs whole (contiguous) in `text`.
    static func contains(_ word: [Character], in text: [Character]) -> Bool {
        guard !word.isEmpty else { return true }
        guard word.count <= text.count else { return false }
        return (0...(text.count - word.count)).contains { start in text[start..<start + word.count].elementsEqual(word) }
    }

    static func isSubsequence(_ word: [Character], of text: [Character]) -> Bool {
        var next = 0
        for character in text where next < word.count && character == word[next] { next += 1 }
        return next == word.count
    }

    static func fold(_ text: String) -> [Character] {
        Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
    }
}
