import Foundation
import InterviewKit
import Synchronization
import TerminalUI

/// Runs the update's effects against the library and the bookmark store, and answers each with
/// messages.
///
/// `.tasks` runs every effect as a Swift concurrency task that posts its answer to the mailbox:
/// the loop never waits for IO. A search supersedes the one before it by cancelling its task,
/// which interrupts the search in SQLite. `.inline` does the work before returning and hands
/// the answers back at once, searching with the exact ranking only: what tests of the update
/// and the screens want, one key at a time.
final class EffectRunner: Sendable {
    enum Mode: Sendable { case tasks, inline }

    let mode: Mode
    let library: any ReaderLibrary
    let bookmarks: BookmarkStore
    let mailbox: Mailbox
    let searchLimit: Int
    /// Where reading positions are saved (nil: they are not).
    let memoryURL: URL?
    let outside: ReaderOutside
    private let runningSearch = Mutex<Task<Void, Never>?>(nil)
    private let executor = BlockingWorkExecutor()

    init(mode: Mode, library: any ReaderLibrary, bookmarks: BookmarkStore, mailbox: Mailbox, searchLimit: Int, memoryURL: URL? = nil,
         outside: ReaderOutside = .unavailable) {
        self.mode = mode
        self.library = library
        self.bookmarks = bookmarks
        self.mailbox = mailbox
        self.searchLimit = searchLimit
        self.memoryURL = memoryURL
        self.outside = outside
    }

    deinit {
        runningSearch.withLock { $0?.cancel() }
    }

    /// Starts `effect`; with `.inline`, returns its answers (with `.tasks` they go to the mailbox).
    func run(_ effect: ReaderEffect) -> [ReaderMessage] {
        if case .saveMemory = effect {
            var answers: [ReaderMessage] = []
            perform(effect, inline: true) { answers.append($0) }
            return answers
        }
        switch mode {
        case .inline:
            var answers: [ReaderMessage] = []
            perform(effect, inline: true) { answers.append($0) }
            return answers
        case .tasks:
            let mailbox = mailbox
            let send: @Sendable (ReaderMessage) -> Void = { mailbox.post($0) }
            switch effect {
            case .search, .cancelSearch:
                runningSearch.withLock { running in
                    running?.cancel()
                    guard case .search(let query, let generation) = effect else {
                        running = nil
                        return
                    }
                    // The superseded search ends first (interrupted, it soon does): one search
                    // at a time, so that typing does not leave several competing for the CPU.
                    let previous = running
                    running = Task(executorPreference: executor) { [self] in
                        await previous?.value
                        await search(query, generation: generation, send: send)
                    }
                }
            default:
                Task(executorPreference: executor) { [self] in perform(effect, inline: false, send: send) }
            }
            return []
        }
    }

    private func perform(_ effect: ReaderEffect, inline: Bool, send: (ReaderMessage) -> Void) {
        switch effect {
        case .search(let query, let generation):
            send(.searchResults(Self.outcome(query, generation: generation, ranking: .exact, library: library) {
                try library.lookup(query, limit: searchLimit, ranking: .exact)
            }))
        case .cancelSearch:
            break
        case .refreshLibrary:
            send(.libraryRefreshed(Result { try library.refresh() }.mapError(ReaderFailure.init)))
        case .listLibrary:
            send(.libraryListed(Result { try library.interviews() }.mapError(ReaderFailure.init)))
        case .loadInterview(let id, let opening):
            send(.interviewLoaded(opening, Result { try library.interview(id: id) }.mapError(ReaderFailure.init)))
        case .toggleBookmark(let position, let interview):
            let speaker = interview.name(of: interview.exchanges[position.exchange].answers[position.answer].speaker)
            var added = false
            let failure = save { added = try bookmarks.toggle(position, in: interview, now: Date()) }
            send(.bookmarksChanged(change(for: interview, message: failure
                ?? (added ? "Bookmarked \(speaker)’s answer" : "Removed the bookmark on \(speaker)’s answer"))))
        case .removeBookmark(let bookmark, let open):
            let failure = save { try bookmarks.remove(bookmark.key) }
            send(.bookmarksChanged(change(for: open, message: failure ?? "Removed the bookmark on \(bookmark.speaker)’s answer")))
        case .copy(let text, let what):
            let done = outside.copy(text)
            send(.done(done.hasPrefix("to ") ? "Copied \(what) " + done : done))
        case .openExternally(let url):
            send(.done(outside.open(url)))
        case .saveMemory(let memory):
            guard let memoryURL else { return }
            do {
                try ReaderMemoryFile.save(memory, to: memoryURL)
            } catch {
                send(.memorySaved(failure: "Reading position not saved: \(PlainReason.of(error))"))
            }
        case .exportBookmarks:
            send(.done(exportBookmarks()))
        case .setNote(let note, let key, let open):
            let failure = save { try bookmarks.setNote(note, for: key) }
            let saved = (note ?? "").allSatisfy(\.isWhitespace) ? "Removed the note" : "Saved the note"
            send(.bookmarksChanged(change(for: open, message: failure ?? saved)))
        case .reloadBookmarks(let interview):
            let failure = save { try bookmarks.reload() }
            send(.bookmarksChanged(change(for: interview, message: failure)))
        }
    }

    /// Exports the bookmarks as `parley export` does, into `bookmarks.md` beside the bookmarks
    /// file, and says what it did.
    private func exportBookmarks() -> String {
        let marked = bookmarks.bookmarks
        var interviews: [String: Interview] = [:]
        for id in Set(marked.map(\.interviewID)) { interviews[id] = try? library.interview(id: id) }
        let file = ReaderEffect.exportFile(besides: bookmarks.url)
        do {
            let outcome = try ExportFile.write(ExportEntries.bookmarks(marked, interviews: interviews), format: .markdown, to: file)
            let held = outcome.alreadyThere == 0 ? "" : " (\(outcome.alreadyThere) there already)"
            return "Exported \(Counted.of(outcome.written, "bookmark")) to \(file.path)" + held
        } catch {
            return "Export failed: \(PlainReason.of(error))"
        }
    }

    /// A search in its task: the quick first hits, then every match ranked, each sent as soon
    /// as it is ready. Cancelling the task interrupts the search running in SQLite.
    private func search(_ query: String, generation: Int, send: @Sendable (ReaderMessage) -> Void) async {
        for ranking in [SearchRanking.quick, .exact] {
            // An interruption meant for an older search can land on this one as it starts:
            // while this search is still wanted, it is tried again.
            var attempts = 0
            while true {
                if Task.isCancelled { return }
                do {
                    let results = try await withTaskCancellationHandler { [library, searchLimit] in
                        try Self.results(query, generation: generation, ranking: ranking, library: library) {
                            try library.lookup(query, limit: searchLimit, ranking: ranking)
                        }
                    } onCancel: { [library] in
                        library.interruptSearches()
                    }
                    send(.searchResults(results))
                    break
                } catch {
                    // Superseded meanwhile: whatever it threw (most likely the interruption) is moot.
                    if Task.isCancelled { return }
                    if SearchIndex.isInterruption(error), attempts < 3 {
                        attempts += 1
                        continue
                    }
                    send(.searchResults(SearchResults(generation: generation, hits: [], isExact: true, failure: "\(error)")))
                    return
                }
            }
        }
    }

    /// A search's answer: its hits (with what the search widened, and a suggestion once the
    /// ranked search found nothing). Throws what the search threw.
    private static func results(_ query: String, generation: Int, ranking: SearchRanking, library: any ReaderLibrary,
                                _ lookup: () throws -> SearchResult) throws -> SearchResults {
        let found = try lookup()
        let suggestion = ranking == .exact && found.hits.isEmpty ? try library.suggestion(for: query) : nil
        return SearchResults(generation: generation, hits: found.hits, isExact: ranking == .exact, notices: library.takeNotices(),
                             widenings: found.widenings, suggestion: suggestion)
    }

    /// A search's answer, or its failure, for searches that are never interrupted.
    private static func outcome(_ query: String, generation: Int, ranking: SearchRanking, library: any ReaderLibrary,
                                _ lookup: () throws -> SearchResult) -> SearchResults {
        do {
            return try results(query, generation: generation, ranking: ranking, library: library, lookup)
        } catch {
            return SearchResults(generation: generation, hits: [], isExact: true, failure: "\(error)")
        }
    }

    /// Runs a bookmark change; returns what to say when it could not be saved, or the store's notice.
    private func save(_ change: () throws -> Void) -> String? {
        var message: String?
        do {
            try change()
        } catch {
            message = "Bookmark kept in memory, not saved: \(error)"
        }
        return bookmarks.takeNotices().first ?? message
    }

    private func change(for interview: Interview?, message: String?) -> BookmarkChange {
        BookmarkChange(bookmarks: bookmarks.bookmarks,
                       positions: interview.map { Set(bookmarks.positions(in: $0).keys) } ?? [],
                       message: message)
    }
}
