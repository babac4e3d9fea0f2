import Foundation
import Testing

@testable import TerminalUI

/// End-to-end check of the ncurses backend under a real terminal emulator (tmux): the test
/// binary re-runs itself inside a tmux pane as a child that draws a frame with tricky clusters;
/// the parent reads tmux's own grid back (`capture-pane`) and checks that every row, right border
/// included, is where the layout put it — then that a key, a resize and Ctrl-C are handled and
/// the terminal is restored (alternate screen off, exit status 130 for SIGINT).
@Suite(.serialized) struct TmuxAlignmentTests {
    static let tmux = "/usr/bin/tmux"
    static let childFlag = "PARLEY_TUI_TMUX_CHILD"
    static var isChild: Bool { ProcessInfo.processInfo.environment[childFlag] != nil }
    static var canRunParent: Bool { !isChild && FileManager.default.isExecutableFile(atPath: tmux) }

    /// The frame the child draws for a given size.
    static func frame(_ size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        Frame(title: "Align", focused: true).render(into: &buffer, area: buffer.area)
        buffer.write("A👨‍👩‍👧B 日本語 e\u{301} 🙂 🇯🇵 end", x: 1, y: 1)
        buffer.write("x⚠️y👍🏽z", x: 1, y: 2)
        buffer.write("\u{1B}[2J\u{07}", x: 1, y: 3)
        return buffer
    }

    /// Run only inside tmux, by the parent test below.
    @Test(.enabled(if: TmuxAlignmentTests.isChild))
    func child() throws {
        let terminal: NCursesTerminal
        do {
            terminal = try NCursesTerminal()
        } catch let error as TerminalError {
            print("TERMINAL-ERROR: \(error)")
            throw error
        }
        // In "keys" mode the child lists the keys it decoded on row 5, for the parent to read.
        let showKeys = ProcessInfo.processInfo.environment[Self.childFlag] == "keys"
        var keys: [String] = []
        func redraw() {
            var frame = Self.frame(terminal.size)
            if showKeys { frame.write("keys: " + keys.joined(separator: " "), x: 1, y: 5) }
            terminal.draw(frame)
        }
        redraw()
        var idleSeconds = 0
        while idleSeconds < 60 {
            guard let event = terminal.readEvent(timeoutMs: 1000) else {
                idleSeconds += 1
                continue
            }
            switch event {
            case .key(.char("q")):
                terminal.shutdown()
                return
            case .key(let key):
                keys.append("\(key)")
            default:
                break
            }
            redraw()
        }
        terminal.shutdown()
    }

    @Test(.enabled(if: TmuxAlignmentTests.canRunParent, "tmux not installed"))
    func framesStayAlignedInTmux() throws {
        let session = TmuxSession(name: "parley-view-\(getpid())")
        defer { session.kill() }
        let binary = CommandLine.arguments[0]
        let command =
            "\(binary) --testing-library swift-testing --filter 'TmuxAlignmentTests/child'; echo EXITED:$?; sleep 30"
        try session.start(width: 40, height: 8, environment: [Self.childFlag: "1"], command: command)

        let expected40 = Self.expectedScreen(Size(width: 40, height: 8))
        let screen = session.waitForScreen { $0.count >= 8 && $0[7].hasSuffix("┘") }
        #expect(Array(screen.prefix(8)) == expected40)
        #expect(session.query("#{alternate_on}") == "1")

        try session.run(["resize-window", "-t", session.name, "-x", "50", "-y", "8"])
        let expected50 = Self.expectedScreen(Size(width: 50, height: 8))
        let resized = session.waitForScreen { $0.first == expected50.first }
        #expect(Array(resized.prefix(8)) == expected50)

        try session.run(["send-keys", "-t", session.name, "q"])
        let after = session.waitForScreen { $0.contains { $0.hasPrefix("EXITED:") } }
        #expect(after.contains("EXITED:0"))
        #expect(session.query("#{alternate_on}") == "0")
    }

    @Test(.enabled(if: TmuxAlignmentTests.canRunParent, "tmux not installed"))
    func interruptRestoresTheTerminalAndExitsWith130() throws {
        let session = TmuxSession(name: "parley-view-int-\(getpid())")
        defer { session.kill() }
        let binary = CommandLine.arguments[0]
        let command =
            "\(binary) --testing-library swift-testing --filter 'TmuxAlignmentTests/child'; echo EXITED:$?; sleep 30"
        try session.start(width: 40, height: 8, environment: [Self.childFlag: "1"], command: command)
        _ = session.waitForScreen { $0.count >= 8 && $0[7].hasSuffix("┘") }
        try session.run(["send-keys", "-t", session.name, "C-c"])
        let after = session.waitForScreen { $0.contains { $0.hasPrefix("EXITED:") } }
        #expect(after.contains("EXITED:130"))
        #expect(session.query("#{alternate_on}") == "0")
    }

    @Test(.enabled(if: TmuxAlignmentTests.canRunParent, "tmux not installed"), arguments: [false, true])
    func noColorKeepsAttributesAndDropsColours(noColor: Bool) throws {
        let session = TmuxSession(name: "parley-view-color-\(getpid())-\(noColor)")
        defer { session.kill() }
        let binary = CommandLine.arguments[0]
        let command =
            "\(noColor ? "NO_COLOR=1 " : "env -u NO_COLOR ")\(binary) --testing-library swift-testing --filter 'TmuxAlignmentTests/child'; sleep 30"
        // `swift test` itself runs tests with NO_COLOR set, hence the explicit `env -u` above.
        try session.start(width: 40, height: 8, environment: [Self.childFlag: "1"], command: command)
        _ = session.waitForScreen { $0.count >= 8 && $0[7].hasSuffix("┘") }
        // The focused border is bold cyan; with NO_COLOR it is still bold, but not cyan.
        let top = try session.run(["capture-pane", "-e", "-p", "-t", session.name]).split(separator: "\n").first ?? ""
        #expect(top.hasPrefix("\u{1B}[1m"))
        #expect(top.contains("\u{1B}[36m") == !noColor, "\(top.debugDescription)")
    }

    @Test(.enabled(if: TmuxAlignmentTests.canRunParent, "tmux not installed"))
    func keysAreDecodedFromARealTerminal() throws {
        let session = TmuxSession(name: "parley-view-keys-\(getpid())")
        defer { session.kill() }
        let binary = CommandLine.arguments[0]
        let command =
            "\(binary) --testing-library swift-testing --filter 'TmuxAlignmentTests/child'; echo EXITED:$?; sleep 30"
        try session.start(width: 120, height: 8, environment: [Self.childFlag: "keys"], command: command)
        _ = session.waitForScreen { $0.count >= 8 && $0[7].hasSuffix("┘") }
        for key in ["Up", "NPage", "Home", "F1", "日", "C-d", "BTab", "BSpace", "Enter", "DC"] {
            try session.run(["send-keys", "-t", session.name, key])
        }
        let expected =
            "keys: up pageDown home function(1) char(\"日\") ctrl(\"d\") backTab backspace enter delete"
        let screen = session.waitForScreen { $0.count > 5 && $0[5].contains(expected) }
        #expect(screen.count > 5 && screen[5].contains(expected), "\(screen)")
        try session.run(["send-keys", "-t", session.name, "q"])
        let after = session.waitForScreen { $0.contains { $0.hasPrefix("EXITED:") } }
        #expect(after.contains("EXITED:0"))
    }

    @Test(
        .enabled(if: TmuxAlignmentTests.canRunParent, "tmux not installed"),
        arguments: [("dumb", "cannot move the cursor"), ("no-such-terminal", "terminfo entry")])
    func unusableTerminalGivesAClearErrorNotACrash(term: String, message: String) throws {
        let session = TmuxSession(name: "parley-view-term-\(getpid())-\(term.count)")
        defer { session.kill() }
        let binary = CommandLine.arguments[0]
        let command =
            "TERM=\(term) \(binary) --testing-library swift-testing --filter 'TmuxAlignmentTests/child'; echo EXITED:$?; sleep 30"
        try session.start(width: 160, height: 60, environment: [Self.childFlag: "1"], command: command)
        let screen = session.waitForScreen { $0.contains { $0.hasPrefix("EXITED:") } }
        #expect(screen.contains { $0.hasPrefix("TERMINAL-ERROR:") && $0.contains(message) }, "\(screen)")
        // The child's test fails (status 1); a crash would be 132/134/139.
        #expect(screen.contains("EXITED:1"))
    }

    /// What tmux should show: the buffer's lines, except the two clusters the backend simplifies
    /// on purpose (VS16 dropped and padded, skin-tone modifier dropped; see ClusterEmission).
    static func expectedScreen(_ size: Size) -> [String] {
        frame(size).lines().map {
            $0.replacingOccurrences(of: "x⚠️y👍🏽z", with: "x⚠ y👍z")
        }
    }
}

enum TmuxError: Error {
    case couldNotRun(String)
    case failed(String, Int32)
}

/// A private tmux server (its own socket) so tests never touch the user's sessions.
struct TmuxSession {
    let name: String
    var socket: String { name }

    func start(width: Int, height: Int, environment: [String: String], command: String) throws {
        var args = ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)"]
        // tmux sets TERM for its panes itself; a test wanting another TERM sets it in `command`.
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(key)=\(value)"] }
        args.append(command)
        // This call starts the server, which would inherit an output pipe and hold it open for
        // its whole life, so its output goes nowhere.
        try run(args, capturingOutput: false)
    }

    /// Runs a tmux command through `popen`. Not Foundation's `Process`: on Linux it notices a
    /// child's exit through a descriptor the daemonised tmux server inherits, so starting the
    /// server would block until the server quits.
    @discardableResult
    func run(_ arguments: [String], capturingOutput: Bool = true) throws -> String {
        let words = [TmuxAlignmentTests.tmux, "-L", socket, "-f", "/dev/null"] + arguments
        let quoted = words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let line = "env -u TMUX LANG=${LANG:-C.UTF-8} " + quoted + (capturingOutput ? " 2>/dev/null" : " >/dev/null 2>&1")
        guard let pipe = popen(line, "r") else { throw TmuxError.couldNotRun(line) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&chunk, 1, chunk.count, pipe)
            if n <= 0 { break }
            output.append(contentsOf: chunk[0..<n])
        }
        let status = pclose(pipe)
        guard status == 0 else { throw TmuxError.failed(line, status) }
        return String(decoding: output, as: UTF8.self)
    }

    func capture() -> [String] {
        let text = (try? run(["capture-pane", "-p", "-t", name])) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func query(_ format: String) -> String {
        ((try? run(["display-message", "-p", "-t", name, format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the pane until `ready` holds (or 20 s pass, however long each capture takes on a
    /// loaded machine) and returns the last capture. Waiting is not what is tested: the
    /// assertions are on the captured content.
    func waitForScreen(_ ready: ([String]) -> Bool) -> [String] {
        let deadline = Date().addingTimeInterval(20)
        var screen = capture()
        while !ready(screen), Date() < deadline {
            usleep(100_000)
            screen = capture()
        }
        return screen
    }

    func kill() {
        _ = try? run(["kill-server"])
    }
}
