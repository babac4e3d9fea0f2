import Foundation
import TerminalUI
import Testing

/// Whether the end-to-end terminal tests can run; says so visibly when they cannot.
enum TerminalAvailability {
    static let canRunReader: Bool = {
        if !TmuxSession.isAvailable { print("⚠️ tmux is not installed: skipping the end-to-end reader tests") }
        if Built.parley == nil { print("⚠️ the parley binary was not found next to the tests: skipping the reader tests") }
        return TmuxSession.isAvailable && Built.parley != nil
    }()
}

/// The reader in a real terminal: tmux runs the built `parley`, the tests type keys and read the
/// screen as a person would.
@Suite("Reader in a real terminal", .serialized, .enabled(if: TerminalAvailability.canRunReader, "tmux is missing: end-to-end reader tests skipped"))
struct ReaderEndToEndTests {
    /// A private home for one run: its own cache (search index) and data (bookmarks) folders.
    final class Sandbox {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-\(UUID().uuidString)")
        var environment: [String: String] {
            ["XDG_CACHE_HOME": root.appendingPathComponent("cache").path,
             "XDG_DATA_HOME": root.appendingPathComponent("data").path,
             "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
             "PARLEY_LIBRARY": library.path, "HOME": root.path].merging(extra) { $1 }
        }
        var library = Built.bundledLibrary
        /// More variables for this run (`NO_COLOR`).
        var extra: [String: String] = [:]

        init() { try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: root) }

        func start(width: Int, height: Int, arguments: [String] = []) throws -> TmuxSession {
            try TmuxSession(width: width, height: height, command: [Built.parley!] + arguments, environment: environment)
        }
    }

    static let sizes = [(80, 24), (200, 50), (40, 12)]

    /// The screen as one string with the box drawing and line breaks folded to spaces, so a
    /// phrase wrapped across lines is still found.
    static func text(_ screen: [String]) -> String {
        screen.joined(separator: " ")
            .map { "│┌┐└┘─".contains($0) ? " " : $0 }
            .reduce(into: "") { $0.append($1) }
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: sizes)
    func opensTheThirdInterviewsSecondQuestion(width: Int, height: Int) throws {
        let sandbox = Sandbox()
        let tmux = try sandbox.start(width: width, height: height)
        try tmux.waitForLibrary()
        try tmux.send("j", "j", "Enter")
        try tmux.waitFor("Cool Python Codes")
        try tmux.send("]", "Enter")
        let screen = try tmux.waitUntil { Self.text($0).contains("Question 2 of 20") }
        #expect(Self.text(screen).contains("Could you kindly tell us about yourself"))
        #expect(Self.text(screen).contains("Julien Danjou"))
        #expect(Self.text(screen).contains("Question 2 of 20"))
        try Self.expectAligned(screen, width: width)
        try tmux.send("q")
    }

    @Test(arguments: sizes)
    func searchesGnocchiAndOpensTheFirstHit(width: Int, height: Int) throws {
        let sandbox = Sandbox()
        // In colour whatever the test runner's NO_COLOR says (an empty NO_COLOR means unset),
        // so the matches have their one look.
        sandbox.extra = ["NO_COLOR": ""]
        let tmux = try sandbox.start(width: width, height: height)
        try tmux.waitForLibrary()
        try tmux.send("/")
        try tmux.type("gnocchi")
        try tmux.waitUntil { Self.text($0).contains("results") && Self.text($0).contains("Gnocchi") }
        try tmux.send("Enter")
        // The best hit is Julien Danjou's answer about Gnocchi; it opens on that paragraph's
        // match, not on the three in the question above it.
        let screen = try tmux.waitUntil { Self.text($0).contains("hit 1 of 6") }
        #expect(Self.text(screen).contains("Question 15 of 20"))
        #expect(Self.text(screen).contains("Julien Danjou"))
        #expect(Self.text(screen).contains("Gnocchi"))
        // The matches are highlighted, and only they: the word's own cells carry the match
        // style (black on yellow, underlined; the current match reversed), the speaker's name
        // next to them does not.
        let styled = StyledScreen(capture: try tmux.captureWithAttributes())
        let gnocchi = styled.occurrences(of: "Gnocchi") + styled.occurrences(of: "gnocchi")
        #expect(gnocchi.contains { $0.allSatisfy(Self.isMatchHighlight) }, "no highlighted Gnocchi on screen:\n\(screen.joined(separator: "\n"))")
        let name = styled.occurrences(of: "Julien")
        #expect(!name.isEmpty && !name.contains { $0.contains(where: Self.isMatchHighlight) }, "a word that is no match is highlighted")
        try tmux.send("n")
        try tmux.waitUntil { Self.text($0).contains("hit 2 of 6") }
    }

    @Test(arguments: sizes)
    func bookmarkSurvivesARestart(width: Int, height: Int) throws {
        let sandbox = Sandbox()
        do {
            let tmux = try sandbox.start(width: width, height: height)
            try tmux.waitForLibrary()
            try tmux.send("j", "j", "Enter")
            try tmux.waitFor("Cool Python Codes")
            try tmux.send("]", "]", "Enter", "b")
            try tmux.waitFor("Bookmarked")
            try tmux.send("Q")
            try tmux.waitUntil { _ in (try? tmux.programExited()) == true }
        }
        let tmux = try sandbox.start(width: width, height: height)
        // The reader restarts in the interview it was left in, on the question, its text having
        // the keys as it had (alone on a narrow terminal, where the list's title is not shown).
        try tmux.waitUntil { Self.text($0).contains("Question 3 of 20") && Self.text($0).contains("My interview with Cool Pyt") }
        try tmux.send("B")
        let screen = try tmux.waitUntil { Self.text($0).contains("1 bookmark") || Self.text($0).contains("Bookmarks") && Self.text($0).contains("Perl") }
        #expect(Self.text(screen).contains("Julien Danjou"))
        try tmux.send("Enter")
        try tmux.waitUntil { Self.text($0).contains("Question 3 of 20") }
    }

    @Test func resizeMidReadKeepsTheParagraphInView() throws {
        let sandbox = Sandbox()
        // Short enough that the answer does not fit, so scrolling moves into it.
        let tmux = try sandbox.start(width: 120, height: 16)
        try tmux.waitForLibrary()
        try tmux.send("j", "j", "Enter")
        try tmux.waitFor("Cool Python Codes")
        // Question 15 has a long answer; scroll into it.
        for _ in 0..<14 { try tmux.send("]") }
        try tmux.send("Enter")
        try tmux.waitFor("Question 15 of 20")
        for _ in 0..<8 { try tmux.send("j") }
        let before = try tmux.waitUntilStill()
        let firstWords = Self.firstBodyWords(before)
        #expect(!firstWords.contains("Godson"), "scrolled past the question: \(firstWords)")
        try tmux.resize(width: 60, height: 20)
        try tmux.waitUntil { ($0.first ?? "").count <= 60 && ($0.first ?? "").contains("Question 15 of 20") }
        // The frame may still be being drawn when its first line shows.
        let after = try tmux.waitUntilStill()
        #expect(Self.text(after).contains(firstWords), "the paragraph at the top before the resize is still on screen")
        try Self.expectAligned(try tmux.capture(), width: 60)
        try tmux.resize(width: 200, height: 50)
        let wide = try tmux.waitUntil { ($0.first ?? "").count > 150 && Self.text($0).contains("Question 15 of 20") }
        #expect(Self.text(wide).contains(firstWords))
    }

    @Test(arguments: sizes)
    func helpOverlayListsTheKeys(width: Int, height: Int) throws {
        let sandbox = Sandbox()
        let tmux = try sandbox.start(width: width, height: height)
        try tmux.waitForLibrary()
        try tmux.send("?")
        let screen = try tmux.waitUntil { Self.text($0).contains("move down") }
        #expect(Self.text(screen).contains("Keys"))
        try tmux.send("x")
        try tmux.waitUntil { !Self.text($0).contains("move down") }
    }

    @Test func escapeSequencesInALibraryFileRenderHarmlessly() throws {
        let sandbox = Sandbox()
        let library = sandbox.root.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        let evil = """
            ---
            id: evil
            title: "Evil \\e[2J\\e]0;pwned\\a title"
            speakers:
            - {id: a, name: Asker, role: interviewer}
            - {id: b, name: Bee, role: interviewee}
            ---

            ## Why \u{1B}[31mred\u{1B}[0m?

            Because \u{1B}[2J cleared and \u{1B}]0;owned\u{07} titled and \u{9B}31m C1.

            """
        try evil.write(to: library.appendingPathComponent("evil.md"), atomically: true, encoding: .utf8)
        sandbox.library = library
        let tmux = try sandbox.start(width: 80, height: 24)
        try tmux.waitForLibrary()
        let list = try tmux.waitFor("^[[2J")
        #expect(Self.text(list).contains("Evil ^[[2J^[]0;pwned^G title"))
        try tmux.send("Enter", "Enter")
        let screen = try tmux.waitFor("Because")
        #expect(Self.text(screen).contains("Because ^[[2J cleared"))
        #expect(Self.text(screen).contains("Why ^[[31mred^[[0m?"))
        try Self.expectAligned(screen, width: 80)
        // Obeyed, `ESC ] 0 ; … BEL` would have set the pane's title to the injected text.
        let title = try tmux.paneTitle()
        #expect(!title.contains("pwned") && !title.contains("owned"), "the file set the terminal's title: \(title)")
    }

    @Test func refusesToStartWithoutATerminal() throws {
        let sandbox = Sandbox()
        var environment = ProcessInfo.processInfo.environment
        environment.merge(sandbox.environment) { $1 }
        let result = try Executable.runCapturing(Built.parley!, [], environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("parley list"))
        #expect(result.stdout.isEmpty)
    }

    // MARK: Helpers

    /// Every bordered row is exactly as wide as the terminal and ends on its right border:
    /// nothing pushed right, or cut short, by a character of another width.
    static func expectAligned(_ screen: [String], width: Int) throws {
        let bordered = screen.prefix(screen.count - 1).filter { $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("└") }
        #expect(!bordered.isEmpty, "no bordered rows on the screen")
        for row in bordered {
            #expect(DisplayWidth.of(row) == width, "row is \(DisplayWidth.of(row)) columns wide, not \(width): \(row)")
            #expect(row.last == "│" || row.last == "┐" || row.last == "┘", "row ends at the border: \(row)")
        }
    }

    /// The look of a search match: black on yellow and underlined, or, for the current match,
    /// the same reversed (yellow on black).
    static func isMatchHighlight(_ cell: StyledScreen.Cell) -> Bool {
        let style = cell.attributes
        return style.underline && (style.background == 3 || (style.reverse && style.foreground == 3))
    }

    /// A few words from the first text line of the detail pane (right of `column`), to find
    /// again after a resize.
    static func firstBodyWords(_ screen: [String], detailColumn column: Int = 49) -> String {
        for row in screen.dropFirst() {
            let cells = Array(row)
            guard cells.count > column else { continue }
            let text = String(cells[column...]).trimmingCharacters(in: CharacterSet(charactersIn: "│ "))
            if !text.isEmpty { return text.split(separator: " ").prefix(3).joined(separator: " ") }
        }
        return "(no text in the detail pane)"
    }
}
