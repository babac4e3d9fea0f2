import Foundation

/// The bookmark filters of the query language: `in:bookmarks` keeps bookmarked answers only,
/// `note:WORD` (or `note:"some words"`) bookmarked answers whose note has the word.
///
/// They are taken out of the query before the search index sees it (the index knows nothing of
/// bookmarks, which live in their own file), and applied to the hits after; a query of filters
/// alone lists the bookmarks they keep.
public struct BookmarkFilter: Hashable, Sendable {
    public var bookmarkedOnly = false
    /// Words every kept bookmark's note must contain (case and accents ignored).
    public var noteWords: [String] = []

    public init(bookmarkedOnly: Bool = false, noteWords: [String] = []) {
        self.bookmarkedOnly = bookmarkedOnly
        self.noteWords = noteWords
    }

    /// Whether the query had a bookmark filter at all.
    public var isActive: Bool { bookmarkedOnly || !noteWords.isEmpty }

    /// The filters in `query`, and the query without them for the search index. Quoted text is
    /// one word, so `"in:bookmarks"` in quotes is searched for, not taken as a filter.
    public static func split(_ query: String) -> (filter: BookmarkFilter, rest: String) {
        var filter = BookmarkFilter()
        var kept: [String] = []
        for word in words(of: query) {
            let lower = word.lowercased()
            if lower == "in:bookmarks" {
                filter.bookmarkedOnly = true
            } else if lower.hasPrefix("note:"), word.count > 5 {
                let value = word.dropFirst(5)
                let unquoted = value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") ? value.dropFirst().dropLast() : value
                filter.noteWords.append(String(unquoted))
            } else {
                kept.append(word)
            }
        }
        return (filter, kept.joined(separator: " "))
    }

    /// Whether `bookmark` passes the note words.
    public func keeps(_ bookmark: Bookmark) -> Bool {
        noteWords.allSatisfy { word in
            bookmark.note?.range(of: word, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }
    }

    /// The hits that fall in a kept bookmark's answer (a question hit when any answer of its
    /// exchange is kept), in their order. Each bookmark is placed in its interview as it is now.
    public func filter(_ hits: [SearchHit], bookmarks: [Bookmark], interviews: [String: Interview]) -> [SearchHit] {
        var answers: Set<[String]> = []
        var exchanges: Set<[String]> = []
        let kept = bookmarks.filter(keeps)
        for (bookmark, place) in zip(kept, BookmarkPlaces.of(kept, interviews: interviews)) {
            guard case .attached(let exchange, let answer) = place else { continue }
            answers.insert([bookmark.interviewID, String(exchange), String(answer)])
            exchanges.insert([bookmark.interviewID, String(exchange)])
        }
        return hits.filter { hit in
            switch hit.location {
            case .answer(let exchange, let answer, _): answers.contains([hit.interviewID, String(exchange), String(answer)])
            case .question(let exchange): exchanges.contains([hit.interviewID, String(exchange)])
            case .section: false
            }
        }
    }

    /// For a query of filters alone: the kept bookmarks as hits, newest first, each at its
    /// answer's place now (or its last known place, when orphaned), its note or excerpt as the
    /// snippet.
    public func hits(bookmarks: [Bookmark], interviews: [String: Interview]) -> [SearchHit] {
        let kept = bookmarks.filter(keeps)
        return zip(kept, BookmarkPlaces.of(kept, interviews: interviews)).map { bookmark, found in
            let interview = interviews[bookmark.interviewID]
            var place = (exchange: bookmark.exchangeIndex, answer: bookmark.answerIndex)
            if case .attached(let exchange, let answer) = found { place = (exchange, answer) }
            return SearchHit(
                interviewID: bookmark.interviewID, interviewTitle: interview?.title ?? bookmark.interviewID,
                location: .answer(exchange: place.exchange, answer: place.answer, paragraph: 0),
                question: bookmark.question, speaker: bookmark.speaker,
                snippet: noteWords.isEmpty ? bookmark.excerpt : bookmark.note ?? bookmark.excerpt, matches: [], rank: 0
            )
        }
    }

    /// The query's words, a quoted stretch (with its quotes) kept as one word.
    static func words(of query: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        for character in query {
            if character == "\"" { quoted.toggle() }
            if character.isWhitespace, !quoted {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
