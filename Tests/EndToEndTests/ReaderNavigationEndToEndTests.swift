import Foundation
import TerminalUI
import Testing

/// Moving about the reader in a real terminal: the answer cursor, `q` up one level.
@Suite("Reader navigation in a real terminal", .serialized, .enabled(if: TerminalAvailability.canRunReader, "tmux is missing: end-to-end reader tests skipped"))
struct ReaderNavigationEndToEndTests {
    typealias Sandbox = ReaderEndToEndTests.Sandbox

    static func text(_ screen: [String]) -> String { ReaderEndToEndTests.text(screen) }

    @Test func bBookmarksTheSecondAnswerOnceTheCursorIsOnIt() throws {
        let sandbox = Sandbox()
        let tmux = try sandbox.start(width: 100, height: 30)
        try tmux.waitForLibrary()
        // The first interview's first question has two answers: Doug Hellmann's, then Thierry Carrez's.
        try tmux.send("Enter", "Enter")
        try tmux.waitUntil { Self.text($0).contains("▸ Doug Hellmann:") }
        try tmux.send("}")
        try tmux.waitUntil { Self.text($0).contains("▸ Thierry Carrez:") }
        try tmux.send("b")
        let screen = try tmux.waitUntil { Self.text($0).contains("Bookmarked") }
        #expect(Self.text(screen).contains("Bookmarked Thierry Carrez’s answer"))
        #expect(Self.text(screen).contains("▸ Thierry Carrez ★"), "the bookmarked answer carries a star")
        #expect(!Self.text(screen).contains("Doug Hellmann ★"))
        try tmux.send("B")
        let list = try tmux.waitUntil { Self.text($0).contains("1 bookmark") }
        #expect(Self.text(list).contains("Thierry Carrez:"))
        try tmux.send("Q")
    }

    @Test func qGoesUpOneLevelAndQuitsAtTheTop() throws {
        let sandbox = Sandbox()
        let tmux = try sandbox.start(width: 100, height: 30)
        try tmux.waitForLibrary()
        try tmux.send("j", "j", "Enter")
        try tmux.waitUntil { Self.text($0).contains("Question 1 of 20") }
        try tmux.send("q")
        let list = try tmux.waitUntil { Self.text($0).contains("5 interviews") }
        #expect(try !tmux.programExited(), "q from an interview goes back to the list")
        #expect(Self.text(list).contains("Interviews"))
        try tmux.send("q")
        try tmux.waitUntil { _ in (try? tmux.programExited()) == true }
    }

    @Test func theReaderRestartsWhereItWasLeft() throws {
        let sandbox = Sandbox()
        do {
            let tmux = try sandbox.start(width: 100, height: 30)
            try tmux.waitForLibrary()
            try tmux.send("j", "j", "Enter")
            try tmux.waitUntil { Self.text($0).contains("Question 1 of 20") }
            try tmux.send("]", "]", "]", "Enter")
            try tmux.waitUntil { Self.text($0).contains("Question 4 of 20") }
            try tmux.send("j", "j")
            try tmux.send("Q")
            try tmux.waitUntil { _ in (try? tmux.programExited()) == true }
        }
        let tmux = try sandbox.start(width: 100, height: 30)
        let screen = try tmux.waitUntil { Self.text($0).contains("Question 4 of 20") }
        #expect(Self.text(screen).contains("My interview with Cool Python Codes"), "the interview open at the end is open again")
        // Leaving it shows the list where it was, on that interview.
        try tmux.send("q")
        let list = try tmux.waitUntil { Self.text($0).contains("5 interviews") }
        #expect(Self.text(list).contains("Cool Python"))
        try tmux.send("Q")
    }

    @Test func theListFiltersAsYouType() throws {
        let sandbox = Sandbox()
        let tmux = try sandbox.start(width: 100, height: 30)
        try tmux.waitForLibrary()
        try tmux.send("f")
        try tmux.type("pydev")
        let screen = try tmux.waitUntil { Self.text($0).contains("4 of 5 interviews") }
        // The two that say "PyDev" first; "Python … vice-versa" holds its letters in order too,
        // and so does "Cool Python" with its tags (Python, … OpenStack, Interview).
        #expect(screen[1].contains("PyDev of the Week: Aymeric Augustin"))
        #expect(screen[2].contains("PyDev of the Week: Giampaolo"))
        #expect(screen[4].contains("Cool Python"), "a loose match by its tags, after the whole ones")
        try tmux.type(" rodola")
        try tmux.waitUntil { Self.text($0).contains("1 of 5 interviews") }
        try tmux.send("Enter")
        try tmux.waitUntil { Self.text($0).contains("Question 1 of 7") }
        try tmux.send("Q")
    }
}
