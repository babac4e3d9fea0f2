import Foundation

/// A real terminal for end-to-end tests: a detached tmux session running one command.
///
/// Each session gets its own tmux server (`-L`), so tests neither see the user's tmux nor each
/// other. Tests poll the captured pane for what a person would see instead of sleeping.
final class TmuxSession {
    static var isAvailable: Bool { Executable.find("tmux") != nil }

    private let socket = "parley-e2e-\(UUID().uuidString.prefix(8))"
    private let name = "parley"
    private let tmux: String
    /// The tmux server's process, killed outright when the session goes away so that no server
    /// (and no reader inside it) outlives its test.
    private var serverPID: pid_t = 0

    init(width: Int, height: Int, command: [String], environment: [String: String] = [:]) throws {
        guard let tmux = Executable.find("tmux") else { throw E2EError("tmux is not installed") }
        self.tmux = tmux
        var env = ["LC_ALL": "C.UTF-8", "TERM": "xterm-256color"]
        env.merge(environment) { $1 }
        let shellCommand = (["env"] + env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + command)
            .map(Self.shellQuote).joined(separator: " ")
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", name, shellCommand])
        // Keep the pane after the program exits, so a test can read its last screen.
        _ = try? run(["set-option", "-t", name, "remain-on-exit", "on"])
        serverPID = pid_t((try? run(["display-message", "-p", "-t", name, "#{pid}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    }

    deinit { close() }

    /// Ends the tmux server and the program in it (it gets SIGHUP, as when a terminal closes).
    func close() {
        _ = try? run(["kill-server"])
        if serverPID > 0, kill(serverPID, 0) == 0 {
            usleep(100_000)
            kill(serverPID, SIGKILL)
        }
        serverPID = 0
    }

    /// Sends tmux key names (`Enter`, `Escape`, `C-d`, `Down`) or, with `literal`, text to type.
    func send(_ keys: String..., literal: Bool = false) throws {
        try run(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    func type(_ text: String) throws { try send(text, literal: true) }

    /// The visible screen, one string per row.
    func capture() throws -> [String] {
        try run(["capture-pane", "-p", "-t", name]).components(separatedBy: "\n")
    }

    /// The visible screen with colours and attributes as escape sequences.
    func captureWithAttributes() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", name])
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Whether the program in the pane has exited.
    func programExited() throws -> Bool {
        try run(["display-message", "-p", "-t", name, "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// A tmux format variable of the pane (`pane_title`, `alternate_on`, `pane_pid`…).
    func paneVariable(_ variable: String) throws -> String {
        try run(["display-message", "-p", "-t", name, "#{\(variable)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pane's title, which an obeyed OSC 0/2 sequence would change.
    func paneTitle() throws -> String { try paneVariable("pane_title") }

    /// The exit status of the program once it has exited.
    func exitStatus() throws -> Int? { Int(try paneVariable("pane_dead_status")) }

    /// Closes the pane as closing a terminal window does: the program gets SIGHUP.
    func closePane() throws { try run(["kill-pane", "-t", name]) }

    /// Polls the screen until `predicate` holds, for at most `seconds`; returns the last screen.
    @discardableResult
    func waitUntil(seconds: Double = 15, _ predicate: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = try capture()
        while !predicate(screen) {
            guard Date() < deadline else {
                throw E2EError("timed out; the screen was:\n" + screen.joined(separator: "\n"))
            }
            usleep(50_000)
            screen = try capture()
        }
        return screen
    }

    /// Waits until the program has drawn everything it was sent: two captures 200 ms apart agree.
    @discardableResult
    func waitUntilStill(seconds: Double = 15) throws -> [String] {
        var previous = try capture()
        return try waitUntil(seconds: seconds) { screen in
            usleep(200_000)
            defer { previous = screen }
            return screen == previous && (try? capture()) == screen
        }
    }

    @discardableResult
    func waitFor(_ text: String, seconds: Double = 15) throws -> [String] {
        try waitUntil(seconds: seconds) { screen in screen.contains { $0.contains(text) } }
    }

    /// Waits for the reader's library list, brought up to date with the files (the reader
    /// opens on what the index held and says so in the status bar until its refresh is done).
    @discardableResult
    func waitForLibrary(seconds: Double = 15) throws -> [String] {
        try waitUntil(seconds: seconds) { screen in
            screen.contains { $0.contains("Interviews") } && !screen.contains { $0.contains("checking for") || $0.contains("Indexing") }
        }
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        try Executable.run(tmux, ["-L", socket] + arguments)
    }

    private static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

struct E2EError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Finding and running programs.
enum Executable {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program to completion and returns its standard output.
    @discardableResult
    static func run(_ path: String, _ arguments: [String], environment: [String: String]? = nil, input: Data? = nil) throws -> String {
        try runCapturing(path, arguments, environment: environment, input: input).stdout
    }

    /// Runs a program to completion (see `Subprocess` for why not Foundation's `Process`).
    /// Output goes to files, so a chatty program never blocks on a full pipe, and a daemon that
    /// keeps them open (tmux's server) cannot hold the caller up.
    static func runCapturing(
        _ path: String, _ arguments: [String], environment: [String: String]? = nil, input: Data? = nil
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let folder = FileManager.default.temporaryDirectory
        let id = UUID().uuidString
        let outPath = folder.appendingPathComponent("parley-out-\(id)").path
        let errPath = folder.appendingPathComponent("parley-err-\(id)").path
        let inPath = folder.appendingPathComponent("parley-in-\(id)").path
        _ = FileManager.default.createFile(atPath: inPath, contents: input ?? Data())
        defer { for file in [outPath, errPath, inPath] { unlink(file) } }
        let status = try Subprocess(path, arguments, environment: environment, stdout: outPath, stderr: errPath, stdinPath: inPath).wait()
        let exitStatus = Subprocess.exitCode(of: status) ?? 128 + (Subprocess.signal(of: status) ?? 0)
        let out = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
        let err = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
        return (exitStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

/// Where the built `parley` is, and the repository it was built from.
enum Built {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `parley` binary next to the test bundle (same build folder and configuration).
    static var parley: String? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("parley").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        let fallback = packageRoot.appendingPathComponent(".build/debug/parley").path
        return FileManager.default.isExecutableFile(atPath: fallback) ? fallback : nil
    }

    static var bundledLibrary: URL { packageRoot.appendingPathComponent("data/interviews") }
}
