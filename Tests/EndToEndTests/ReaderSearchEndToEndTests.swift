import Foundation
import TerminalUI
import Testing

/// Search in a real terminal: where opening a hit lands, what is lit, and `n` across hits.
@Suite("Reader search in a real terminal", .serialized, .enabled(if: TerminalAvailability.canRunReader, "tmux is missing: end-to-end reader tests skipped"))
struct ReaderSearchEndToEndTests {
    typealias Sandbox = ReaderEndToEndTests.Sandbox

    static func text(_ screen: [String]) -> String { ReaderEndToEndTests.text(screen) }

    /// The current match's look: the match style reversed (yellow on black, underlined).
    static func isCurrentMatch(_ cell: StyledScreen.Cell) -> Bool {
        cell.attributes.underline && cell.attributes.reverse && cell.attributes.foreground == 3
    }

    /// Every run of highlighted cells on screen, as text.
    static func highlightedRuns(_ styled: StyledScreen) -> [String] {
        var runs: [String] = []
        for row in styled.rows {
            var run = ""
            for cell in row {
                if ReaderEndToEndTests.isMatchHighlight(cell) {
                    run.append(cell.character)
                } else if !run.isEmpty {
                    runs.append(run)
                    run = ""
                }
            }
            if !run.isEmpty { runs.append(run) }
        }
        return runs
    }

    static func start(_ sandbox: Sandbox, width: Int, height: Int) throws -> TmuxSession {
        sandbox.extra = ["NO_COLOR": ""]
        let tmux = try sandbox.start(width: width, height: height)
        try tmux.waitForLibrary()
        return tmux
    }

    @Test func openingAHitLandsOnItsOccurrence() throws {
        let sandbox = Sandbox()
        let tmux = try Self.start(sandbox, width: 80, height: 24)
        try tmux.send("/")
        try tmux.type("lisp")
        try tmux.waitUntil { Self.text($0).contains("results") && Self.text($0).contains("favorite") }
        try tmux.send("Enter")
        // The top hit is paragraph 2 of the answer ("Obviously, my favorite is Common Lisp…"),
        // not paragraph 1, which also says "Common Lisp".
        let screen = try tmux.waitUntil { Self.text($0).contains("hit 1 of") }
        #expect(Self.text(screen).contains("my favorite is Common Lisp"))
        let styled = StyledScreen(capture: try tmux.captureWithAttributes())
        let currentRows = styled.rows.filter { $0.contains(where: Self.isCurrentMatch) }
        #expect(currentRows.count == 1, "one current match on screen")
        let row = String(currentRows.first?.map(\.character) ?? [])
        #expect(row.contains("favorite"), "the current match is in the hit's paragraph: \(row)")
        #expect(String(currentRows.first?.filter(Self.isCurrentMatch).map(\.character) ?? []) == "Lisp")
        try tmux.send("Q")
    }

    @Test func aPhraseIsLitAsOneMatchAndNWalksHitsAcrossQuestionsAndInterviews() throws {
        let sandbox = Sandbox()
        let tmux = try Self.start(sandbox, width: 100, height: 30)
        try tmux.send("/")
        try tmux.type("\"open source\"")
        try tmux.waitUntil { Self.text($0).contains("results") && Self.text($0).contains("open source") }
        try tmux.send("Enter")
        let first = try tmux.waitUntil { Self.text($0).contains("hit 1 of") }
        let runs = Self.highlightedRuns(StyledScreen(capture: try tmux.captureWithAttributes()))
        #expect(!runs.isEmpty)
        #expect(runs.allSatisfy { $0.lowercased() == "open source" }, "each match is the whole phrase, space and all: \(runs)")
        // `n` goes on through the hits in rank order: to other questions of the interview,
        // then to other interviews. The top line names both (list and detail titles).
        var places = [first.first ?? ""]
        for number in 2...12 {
            try tmux.send("n")
            let screen = try tmux.waitUntil { Self.text($0).contains("hit \(number) of") }
            places.append(screen.first ?? "")
        }
        let interviews = Set(places.map { $0.split(separator: "┐").first.map(String.init) ?? $0 })
        #expect(Set(places).count > interviews.count, "n went to another question of the same interview: \(places)")
        #expect(interviews.count > 1, "n went to another interview: \(places)")
        try tmux.send("Q")
    }
}
