import InterviewKit
import TerminalUI

/// The search screen's state: the query line, and the hits of the latest search.
public struct SearchState: Sendable {
    public enum Progress: Hashable, Sendable { case done, searching, refining }

    public var query = ""
    /// Where the text cursor is in the query, in characters.
    public var queryCursor = 0
    public var editing = false
    public var hits: [SearchHit] = []
    /// How far the search for `query` has got: while `.searching`, `hits` are still those of
    /// the query before; while `.refining`, they are the quick first hits (see `SearchRanking`).
    public var progress: Progress = .done
    public var list = ListState()
    /// Numbers each search asked for; results of an older one are dropped.
    public var generation = 0
    /// Words of `query` that found nothing and were looked for inside longer words: the hits
    /// are those fragments' (see `SearchIndex.lookup`).
    public var widenings: [SearchWidening] = []
    /// "Did you mean …" when `query` found nothing.
    public var suggestion: String?
}

/// Search as you type, and the ranked hits to open.
enum SearchScreen {
    static func update(_ state: inout ReaderState, _ action: Action) -> [ReaderEffect] {
        if let delta = action.motion(page: visibleResults(state)) {
            move(&state, by: delta)
            return []
        }
        switch action {
        case .insert(let character):
            return edit(&state) { query, cursor in
                query.insert(character, at: query.index(query.startIndex, offsetBy: cursor))
                cursor += 1
            }
        case .deleteBackward:
            return edit(&state) { query, cursor in
                guard cursor > 0 else { return }
                query.remove(at: query.index(query.startIndex, offsetBy: cursor - 1))
                cursor -= 1
            }
        case .leaveSearchLine: state.search.editing = false
        case .open:
            guard state.search.hits.indices.contains(state.search.list.cursor) else { return [] }
            let hit = state.search.hits[state.search.list.cursor]
            // Coming back from the hit, keys move through the hits again.
            state.search.editing = false
            return [.loadInterview(id: hit.interviewID, opening: .hit(hit, query: state.search.query))]
        case .back:
            if state.search.editing { state.search.editing = false } else { state.pop() }
        case .toggleBookmark: state.message = "Open a question to bookmark one of its answers"
        default: break
        }
        return []
    }

    /// Opens the search screen with the line ready for typing. From the bookmarks it takes
    /// their place, so that back goes to where they were opened from.
    static func start(_ state: inout ReaderState) {
        if state.screen == .bookmarks { state.pop() }
        state.push(.search)
        state.search.editing = true
        state.search.queryCursor = state.search.query.count
    }

    static func move(_ state: inout ReaderState, by delta: Int) {
        state.search.list.move(by: delta, count: state.search.hits.count, visible: visibleResults(state))
    }

    static func visibleResults(_ state: ReaderState) -> Int {
        guard let area = ReaderLayout(state, screen: .search).list else { return 1 }
        return max(1, Frame.inner(area).height - 2) / SearchPane.linesPerResult
    }

    private static func edit(_ state: inout ReaderState, _ change: (inout String, inout Int) -> Void) -> [ReaderEffect] {
        change(&state.search.query, &state.search.queryCursor)
        state.search.list = ListState()
        state.search.generation += 1
        guard !state.search.query.trimmingCharacters(in: .whitespaces).isEmpty else {
            state.search.hits = []
            state.search.progress = .done
            return [.cancelSearch]
        }
        if let limitation = SearchQuery(parsing: state.search.query).limitation { state.message = limitation }
        state.search.progress = .searching
        return [.search(query: state.search.query, generation: state.search.generation)]
    }

    /// Takes in hits of the current search. Refined hits replace the quick ones without moving
    /// the selection off the hit the reader is on.
    static func receive(_ state: inout ReaderState, _ results: SearchResults) {
        guard results.generation == state.search.generation, state.search.progress != .done else { return }
        if let failure = results.failure {
            state.search.hits = []
            state.message = "Search failed: \(failure)"
            state.search.progress = .done
            return
        }
        if state.search.progress == .refining {
            let kept = selection(keeping: state.search.hits, cursor: state.search.list.cursor, offset: state.search.list.offset, in: results.hits)
            state.search.list = ListState(cursor: kept.cursor, offset: kept.offset)
        } else {
            state.search.list = ListState()
        }
        state.search.hits = results.hits
        state.search.widenings = results.widenings
        state.search.suggestion = results.suggestion
        state.search.progress = results.isExact ? .done : .refining
        if let notice = results.notices.first { state.message = notice }
    }

    /// Where the selection goes when `new` hits replace `old` ones: onto the same hit, at the
    /// same line of the screen, so that a refined ranking does not pull the hit being read away.
    static func selection(keeping old: [SearchHit], cursor: Int, offset: Int, in new: [SearchHit]) -> (cursor: Int, offset: Int) {
        guard old.indices.contains(cursor) else { return (0, 0) }
        let selected = old[cursor]
        let next = new.firstIndex { $0.interviewID == selected.interviewID && $0.location == selected.location }
            ?? min(cursor, max(0, new.count - 1))
        return (next, max(0, next - (cursor - offset)))
    }

    // MARK: Render

    static func pane(_ state: ReaderState, theme: Theme) -> SearchPane {
        let search = state.search
        let rows = search.hits.map { hit in
            SearchResultRow(title: hit.interviewTitle, question: hit.question, speaker: hit.speaker,
                            snippet: hit.snippet, highlights: hit.matches)
        }
        let hasQuery = !search.query.trimmingCharacters(in: .whitespaces).isEmpty
        return SearchPane(
            query: search.query, cursor: search.queryCursor, resultCount: hasQuery ? search.hits.count : nil,
            results: rows, searching: search.progress == .searching, selected: search.hits.isEmpty ? nil : search.list.cursor,
            offset: search.list.offset, editing: search.editing, focused: true, theme: theme,
            emptyMessage: search.suggestion.map { "No matches. Did you mean “\($0)”?" }
        )
    }

    static func render(_ state: ReaderState, into buffer: inout Buffer, layout: ReaderLayout, theme: Theme) {
        if let list = layout.list { pane(state, theme: theme).render(into: &buffer, area: list) }
    }

    static func status(_ state: ReaderState) -> String {
        let search = state.search
        guard !search.query.isEmpty else { return "type to search" }
        // At the limit there may be more, so "N+ results" (plural whatever N); otherwise the exact count.
        let count = search.hits.count == state.options.searchLimit
            ? "\(search.hits.count)+ results" : Counted.of(search.hits.count, "result")
        return switch search.progress {
        case .searching: "searching…"
        case .refining: count + widened(search.widenings) + ", ranking all matches…"
        case .done: count + widened(search.widenings)
        }
    }

    /// What the hits are when the words typed found nothing: `, for words containing “ydan”`.
    static func widened(_ widenings: [SearchWidening]) -> String {
        guard !widenings.isEmpty else { return "" }
        return ", for words containing " + widenings.map { "“\($0.typed)”" }.joined(separator: ", ")
    }

    static func hints(_ state: ReaderState) -> [String] {
        let keymap = state.keymap
        if state.inputMode == .searchLine {
            return [keymap.hints([.open, .leaveSearchLine], labels: [.open: "open", .leaveSearchLine: "leave line"], mode: .searchLine),
                    keymap.hints([.leaveSearchLine], labels: [.leaveSearchLine: "leave line"], mode: .searchLine)]
        }
        return [keymap.hints([.search, .showBookmarks, .toggleHelp, .quit]), keymap.hints([.toggleHelp])]
    }
}
