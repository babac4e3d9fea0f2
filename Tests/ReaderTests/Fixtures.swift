import Foundation
import InterviewKit
@testable import Reader
import TerminalUI

/// A small library in memory: three interviews, one with CJK and emoji, and a naive search.
/// Unchecked: a test only searches it from one thread at a time.
final class MemoryLibrary: ReaderLibrary, @unchecked Sendable {
    let name = "test-library"
    var items: [Interview]
    private(set) var searches: [String] = []
    /// What the next `takeNotices()` hands over, as a rebuilt index would.
    var pendingNotices: [String] = []

    init(_ items: [Interview] = Fixtures.interviews) { self.items = items }

    func takeNotices() -> [String] {
        defer { pendingNotices = [] }
        return pendingNotices
    }

    func interviews() throws -> [InterviewSummary] { items.map(InterviewSummary.init) }
    func interview(id: String) throws -> Interview? { items.first { $0.id == id } }

    func search(_ query: String, limit: Int, ranking: SearchRanking) throws -> [SearchHit] {
        searches.append(query)
        let word = query.lowercased()
        var hits: [SearchHit] = []
        for interview in items {
            for (e, exchange) in interview.exchanges.enumerated() {
                for (a, answer) in exchange.answers.enumerated() {
                    for (p, paragraph) in answer.paragraphs.enumerated() where paragraph.lowercased().contains(word) {
                        let start = paragraph.lowercased().distance(of: word)
                        hits.append(SearchHit(
                            interviewID: interview.id, interviewTitle: interview.title,
                            location: .answer(exchange: e, answer: a, paragraph: p),
                            question: exchange.question.text, speaker: interview.name(of: answer.speaker),
                            snippet: paragraph, matches: [start..<(start + word.count)], rank: 0))
                    }
                }
            }
        }
        return Array(hits.prefix(limit))
    }
}

extension String {
    func distance(of needle: String) -> Int {
        guard let range = range(of: needle) else { return 0 }
        return self.distance(from: startIndex, to: range.lowerBound)
    }
}

enum Fixtures {
    static func speakers(_ host: String, _ guest: String) -> [Speaker] {
        [Speaker(id: Slug.make(host), name: host, role: .interviewer), Speaker(id: Slug.make(guest), name: guest, role: .interviewee)]
    }

    static let long = (1...30).map { "Line \($0) of a long answer about databases and time series." }.joined(separator: " ")

    static let interviews: [Interview] = [
        Interview(
            id: "alpha", title: "Alpha talks", date: "2020-01-02", speakers: speakers("Hana Host", "Ada Guest"),
            sections: [Section(kind: .intro, paragraphs: ["An introduction to Ada."], position: 0)],
            exchanges: [
                Exchange(question: Question(speaker: "hana-host", text: "Who are you?"),
                         answers: [Answer(speaker: "ada-guest", paragraphs: ["I build compilers.", "Mostly in Swift 🙂."])]),
                Exchange(question: Question(speaker: "hana-host", text: "What about databases?"),
                         answers: [Answer(speaker: "ada-guest", paragraphs: [long, "Gnocchi stores metrics."])]),
                Exchange(question: Question(speaker: "hana-host", text: "Any advice?"),
                         answers: [Answer(speaker: "ada-guest", paragraphs: ["Read code."])]),
            ]
        ),
        Interview(
            id: "beta", title: "Beta 日本語 chat", speakers: speakers("Ken Host", "Yuki Guest"),
            exchanges: [
                Exchange(question: Question(speaker: "ken-host", text: "日本語で話せますか？"),
                         answers: [Answer(speaker: "yuki-guest", paragraphs: ["はい、少し。Gnocchi も好きです。"])]),
            ]
        ),
        Interview(
            id: "gamma", title: "Gamma", speakers: speakers("Gil Host", "Ola Guest"),
            exchanges: [
                Exchange(question: Question(speaker: "gil-host", text: "First?"),
                         answers: [Answer(speaker: "ola-guest", paragraphs: ["One."])]),
                Exchange(question: Question(speaker: "gil-host", text: "Second?"),
                         answers: [Answer(speaker: "ola-guest", paragraphs: ["Two answers here."]),
                                   Answer(speaker: "gil-host", paragraphs: ["And the host adds one."])]),
            ]
        ),
    ]

    static func bookmarkStore() -> (BookmarkStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-reader-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("bookmarks.json")
        return (BookmarkStore(url: url), url)
    }

    /// A reader whose effects run before each key returns.
    static func controller(width: Int = 80, height: Int = 24, library: MemoryLibrary = MemoryLibrary()) -> ReaderRuntime {
        ReaderRuntime(library: library, bookmarks: bookmarkStore().0, size: Size(width: width, height: height))
    }
}

/// Short names for what the tests look at, so that they read as the behaviour they check.
extension ReaderState {
    var libraryCursor: Int { library.list.cursor }
    var interviews: [InterviewSummary] { library.interviews }
    var isRefreshing: Bool { library.isRefreshing }
    var interview: Interview? { reading?.interview }
    var selectedExchange: Int? { reading?.selectedExchange }
    var blockCursor: Int? { reading?.list.cursor }
    var detailScroll: ScrollPosition { reading?.detailScroll ?? .top }
    var matchCursor: Int? { reading?.matchCursor }
    var hits: [SearchHit] { search.hits }
    var query: String { search.query }
    var searchProgress: SearchState.Progress { search.progress }
    var showHelp: Bool { help != nil }
}

extension ReaderRuntime {
    /// The detail pane's layout as the screen shows it, and its height.
    func detailLayout() -> (DocumentLayout, Int)? {
        InterviewScreen.pane(for: state, reusing: state.reading?.detail).map { ($0.layout, $0.height) }
    }

    /// Presses keys as tmux would name them: letters as themselves.
    func press(_ keys: Key...) {
        for key in keys { handle(.key(key)) }
    }

    func type(_ text: String) {
        for character in text { handle(.key(.char(character))) }
    }

    var screenText: String { frame().lines().joined(separator: "\n") }
}
