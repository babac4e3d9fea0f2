import Foundation
import Testing

/// The reader in a real terminal that misbehaves: resized without pause, shrunk to one cell,
/// too dumb for a screen, hung up on. In every case it must go on or end cleanly, and the shell
/// after it must get its terminal back (echo and line editing on, main screen, cursor shown).
///
/// The reader runs as `parley; stty -a > FILE` in a shell inside tmux, so the terminal's state
/// after the reader ends is recorded by the very terminal it ran in.
// Skipped, saying so in the test output, where tmux is not installed.
@Suite("terminal faults", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: terminal fault tests skipped"))
struct TerminalFaultTests {
    let parley: String

    init() throws {
        parley = try #require(Built.parley, "the parley binary is not built next to the tests")
    }

    /// A reader under tmux, followed by a shell that records the terminal's state and the
    /// reader's exit status.
    final class Run {
        let session: TmuxSession
        let scratch: Scratch
        var stateFile: String { scratch.path("stty") }

        init(_ parley: String, width: Int, height: Int, term: String = "xterm-256color") throws {
            scratch = try Scratch("terminal-fault")
            let script = "\"$0\"; status=$?; stty -a > '\(scratch.path("stty.tmp"))'; echo \"status=$status\" >> '\(scratch.path("stty.tmp"))'; mv '\(scratch.path("stty.tmp"))' '\(scratch.path("stty"))'; exec sleep 600"
            session = try TmuxSession(width: width, height: height, command: ["/bin/sh", "-c", script, parley], environment: [
                "PARLEY_LIBRARY": Built.bundledLibrary.path, "TERM": term,
                "XDG_CACHE_HOME": scratch.path("cache"), "XDG_DATA_HOME": scratch.path("data"),
            ])
        }

        deinit { scratch.remove() }

        /// Waits for the shell after the reader to record the terminal, for at most `seconds`.
        func terminalAfterwards(seconds: Double = 20) throws -> (settings: String, status: Int?) {
            let deadline = Date().addingTimeInterval(seconds)
            while !FileManager.default.fileExists(atPath: stateFile) {
                guard Date() < deadline else { throw E2EError("the reader did not end; the screen was:\n" + (try session.capture()).joined(separator: "\n")) }
                usleep(50_000)
            }
            let text = try String(contentsOfFile: stateFile, encoding: .utf8)
            let status = text.split(separator: "\n").last.flatMap { $0.hasPrefix("status=") ? Int($0.dropFirst(7)) : nil }
            return (text, status)
        }

        /// The reader's process id: the shell's only child.
        func readerPID() throws -> Int32 {
            let shell = try session.paneVariable("pane_pid")
            let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            return try #require(children.split(separator: " ").first.flatMap { Int32($0) }, "the reader is not running under the shell")
        }
    }

    /// The terminal is as a shell wants it: echo and canonical input on, main screen, cursor on.
    func expectRestored(_ run: Run, _ settings: String) throws {
        let flags = Set(settings.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(flags.contains("echo") && !flags.contains("-echo"), "echo is off:\n\(settings)")
        #expect(flags.contains("icanon") && !flags.contains("-icanon"), "line editing is off:\n\(settings)")
        #expect(flags.contains("isig") && !flags.contains("-isig"), "signals are off:\n\(settings)")
        #expect(try run.session.paneVariable("alternate_on") == "0", "still on the alternate screen")
        #expect(try run.session.paneVariable("cursor_flag") == "1", "the cursor is still hidden")
    }

    @Test func aStormOfResizesWhileScrollingAndSearching() throws {
        let run = try Run(parley, width: 100, height: 30)
        try run.session.waitForLibrary()
        try run.session.send("Enter")
        let resizes = FaultBudget.pick(short: 60, long: 600)
        var generator = SystemRandomNumberGenerator()
        for step in 0..<resizes {
            try run.session.resize(width: Int.random(in: 1...160, using: &generator), height: Int.random(in: 1...50, using: &generator))
            switch step % 12 {
            case 0: try run.session.send("j", "j", "PageDown")
            case 3: try run.session.send("/")
            case 4: try run.session.type("pyth")
            case 5: try run.session.send("Down", "Enter")
            case 7: try run.session.send("n", "C-d")
            case 9: try run.session.send("Escape", "Escape", "k")
            case 10: try run.session.send("Enter", "End")
            default: break
            }
            #expect(try !run.session.programExited(), "the reader ended during the storm (step \(step))")
        }
        // Still alive and drawing whole screens at a sane size.
        try run.session.resize(width: 100, height: 30)
        try run.session.send("Escape", "Escape")
        try run.session.waitFor("│")
        // Q quits from whatever screen the storm left open.
        try run.session.send("Q")
        let after = try run.terminalAfterwards()
        #expect(after.status == 0, "\(after.settings)")
        try expectRestored(run, after.settings)
    }

    @Test func aOneByOneTerminalNeitherCrashesNorStops() throws {
        let run = try Run(parley, width: 1, height: 1)
        // Keys at one cell: none may crash it.
        for key in ["j", "Enter", "j", "/", "x", "Escape", "Escape", "?", "Escape", "h"] {
            try run.session.send(key)
        }
        #expect(try !run.session.programExited())
        try run.session.resize(width: 80, height: 24)
        try run.session.waitForLibrary()
        try run.session.resize(width: 1, height: 1)
        try run.session.send("Q")
        let after = try run.terminalAfterwards()
        #expect(after.status == 0)
        try run.session.resize(width: 80, height: 24)
        try expectRestored(run, after.settings)
    }

    @Test func aDumbTerminalIsRefusedWithAMessage() throws {
        let run = try Run(parley, width: 80, height: 24, term: "dumb")
        let after = try run.terminalAfterwards()
        #expect(after.status != 0 && after.status.map { $0 < 128 } == true, "expected a plain error exit, got \(String(describing: after.status))")
        let screen = try run.session.capture().joined(separator: "\n")
        #expect(screen.contains("dumb"), "the message should name the terminal:\n\(screen)")
        try expectRestored(run, after.settings)
    }

    @Test func aHangupRestoresTheTerminalAndEnds() throws {
        let run = try Run(parley, width: 80, height: 24)
        try run.session.waitForLibrary()
        try run.session.send("Enter")
        try run.session.send("/")
        try run.session.type("python")
        kill(try run.readerPID(), SIGHUP)
        let after = try run.terminalAfterwards()
        #expect(after.status == 128 + Int(SIGHUP))
        try expectRestored(run, after.settings)
    }

    @Test func closingTheTerminalEndsTheReader() throws {
        let run = try Run(parley, width: 80, height: 24)
        try run.session.waitForLibrary()
        try run.session.send("Enter", "j")
        let pid = try run.readerPID()
        try run.session.closePane()
        // With its terminal gone the reader must not spin or linger: it ends on the hangup.
        let deadline = Date().addingTimeInterval(20)
        while kill(pid, 0) == 0, Self.isRunning(pid), Date() < deadline { usleep(50_000) }
        #expect(!Self.isRunning(pid), "the reader (pid \(pid)) is still running after its terminal closed")
    }

    /// Whether `pid` is a live process (a zombie waiting for its parent counts as ended).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        let state = stat.split(separator: ")").last?.split(separator: " ").first
        return state != "Z" && state != "X"
    }
}
