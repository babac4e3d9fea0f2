import Foundation
import TerminalUI
import Testing

/// The reader in a real terminal, set up by a config file: its theme is drawn, rebound keys
/// work and the old ones do not, and the status bar and help name the keys the file gave.
@Suite("Reader with a config file", .serialized, .enabled(if: TerminalAvailability.canRunReader, "tmux is missing: end-to-end reader tests skipped"))
struct ReaderConfigEndToEndTests {
    /// The reader in a sandbox whose own config folder (`XDG_CONFIG_HOME`) holds `config`.
    /// The sandbox is returned too: its folder goes when it does.
    static func start(config: String, width: Int, height: Int, extra: [String: String] = [:]) throws
        -> (ReaderEndToEndTests.Sandbox, TmuxSession)
    {
        let sandbox = ReaderEndToEndTests.Sandbox()
        let file = URL(fileURLWithPath: try #require(sandbox.environment["XDG_CONFIG_HOME"])).appendingPathComponent("parley/config.toml")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(config.utf8).write(to: file)
        sandbox.extra = extra
        return (sandbox, try sandbox.start(width: width, height: height))
    }

    @Test func reboundKeysAreTheOnesThatWorkAndAreShown() throws {
        // In colour whatever the test runner's NO_COLOR says (empty means unset), to see the theme.
        let (sandbox, tmux) = try Self.start(config: """
            theme = "high-contrast"
            [keys.reading]
            search = "S"
            quit = ["x", "<c-q>"]
            toggle-help = ["<f1>", "?"]
            """, width: 100, height: 30, extra: ["NO_COLOR": ""])
        defer { withExtendedLifetime(sandbox) {} }
        try tmux.waitForLibrary()
        // The status bar's hints name the configured keys (a frame can be caught half drawn,
        // so this waits for them; the wait fails with the screen if they never come).
        try tmux.waitUntil { screen in
            screen.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.hasSuffix("S search  b bookmark  B bookmarks  F1 help  x quit") == true
        }
        let corner = try #require(StyledScreen(capture: try tmux.captureWithAttributes()).rows.first?.first)
        #expect(corner.character == "┌" && corner.attributes.foreground == 3 && corner.attributes.bold,
                "the focused pane's border in the high-contrast theme is bold yellow: \(corner)")
        try tmux.send("F1")
        let help = try tmux.waitFor("Keys — any key closes")
        #expect(ReaderEndToEndTests.text(help).contains("x Ctrl-q up one level; at the top, quit"))
        try tmux.send("Escape")
        try tmux.send("q")
        try tmux.send("S")
        try tmux.waitFor("type to search")
        #expect(try !tmux.programExited(), "q no longer quits")
        try tmux.send("Escape")
        try tmux.send("Escape")
        try tmux.waitForLibrary()
        try tmux.send("x")
        _ = try tmux.waitUntil { _ in (try? tmux.programExited()) == true }
        // tmux does not always learn a pane's exit status (seen: the pane dead, the status
        // empty); when it does, it is a clean exit.
        if let status = try tmux.exitStatus() { #expect(status == 0) }
    }

    /// The problems went to stderr before the reader's screen covered it: the status bar says so.
    @Test func aConfigWithProblemsIsMentionedInTheStatusBar() throws {
        let (sandbox, tmux) = try Self.start(config: "bogus = 1\n[keys.reading]\nquit = \"x\"\n", width: 100, height: 20)
        defer { withExtendedLifetime(sandbox) {} }
        try tmux.waitFor("1 problem in the config file: see `parley config`")
        try tmux.send("x")
        _ = try tmux.waitUntil { _ in (try? tmux.programExited()) == true }
    }

    /// `reading-width` keeps the answer's lines short on a wide terminal.
    @Test func theReadingWidthBoundsTheAnswerText() throws {
        let (sandbox, tmux) = try Self.start(config: "reading-width = 40\n", width: 160, height: 30)
        defer { withExtendedLifetime(sandbox) {} }
        try tmux.waitForLibrary()
        try tmux.send("j", "j", "Enter")
        try tmux.waitFor("Cool Python Codes")
        try tmux.send("]", "Enter")
        let screen = try tmux.waitUntil { ReaderEndToEndTests.text($0).contains("Question 2 of 20") }
        // Rows read "│list││detail│": the detail is the fourth piece; its text ends within 40.
        let widths = screen.map { row -> Int in
            let pieces = row.split(separator: "│", omittingEmptySubsequences: false)
            guard pieces.count >= 5 else { return 0 }
            return DisplayWidth.of(String(pieces[3].reversed().drop { $0 == " " }.reversed()))
        }
        #expect(widths.max() ?? 0 > 20, "the answer is on screen: \(screen)")
        #expect(widths.max() ?? 0 <= 40, "\(screen.joined(separator: "\n"))")
        try tmux.send("q")
    }
}
