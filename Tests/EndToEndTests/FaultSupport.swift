import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How long the long fault tests run. `swift test` runs a short form so the suite stays quick;
/// `scripts/faults.sh` sets `PARLEY_LONG_TESTS=1` for the full durations the issue asks for.
enum FaultBudget {
    static var isLong: Bool { ProcessInfo.processInfo.environment["PARLEY_LONG_TESTS"] == "1" }

    static func pick<T>(short: T, long: T) -> T { isLong ? long : short }
}

/// A program started in the background with its output in files, so a test can kill it at a
/// moment of its choosing and still read what it printed.
final class Spawned {
    let child: Subprocess
    let outURL: URL
    let errURL: URL

    /// How a program ended: its exit code, or the signal that killed it.
    struct Ending {
        var exitCode: Int32?
        var signal: Int32?
    }

    init(_ path: String, _ arguments: [String], environment: [String: String]) throws {
        let folder = FileManager.default.temporaryDirectory
        outURL = folder.appendingPathComponent("parley-spawn-out-\(UUID().uuidString)")
        errURL = folder.appendingPathComponent("parley-spawn-err-\(UUID().uuidString)")
        child = try Subprocess(path, arguments, environment: environment, stdout: outURL.path, stderr: errURL.path)
    }

    deinit {
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
    }

    var stdout: String { (try? String(contentsOf: outURL, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }

    func signal(_ signal: Int32) { kill(child.pid, signal) }

    /// The complete lines printed so far: a last line without its newline is still being written.
    var completeLines: [Substring] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }

    /// Waits until the program has printed `count` complete lines starting with `prefix`, has
    /// ended, or `seconds` have passed; says whether the lines are there. Polls every
    /// millisecond, so a kill that follows lands as close after the `count`-th line as it can.
    @discardableResult
    func waitForLines(startingWith prefix: String, count: Int, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if completeLines.filter({ $0.hasPrefix(prefix) }).count >= count { return true }
            guard child.poll() == nil, Date() < deadline else { return false }
            usleep(1_000)
        }
    }

    /// Waits for the program to end; one still running after `seconds` is a hang, so it is
    /// killed and `nil` returned (the test then fails saying so, instead of hanging the suite).
    func finish(within seconds: Double) -> Ending? {
        let deadline = Date().addingTimeInterval(seconds)
        while child.poll() == nil, Date() < deadline { usleep(20_000) }
        guard let status = child.poll() else {
            kill(child.pid, SIGKILL)
            _ = child.wait()
            return nil
        }
        return Ending(exitCode: Subprocess.exitCode(of: status), signal: Subprocess.signal(of: status))
    }
}

/// A folder under the temporary directory. Tests remove it with `defer { scratch.remove() }`:
/// a deinit could run as soon as the last reference is used, while a program still needs it.
struct Scratch {
    let url: URL

    init(_ name: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-\(name)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ text: String, to name: String) throws {
        try text.write(toFile: path(name), atomically: false, encoding: .utf8)
    }
}

/// The environment for a `parley` run: the caller's, with the library, cache and data folders
/// pointed where the test says.
func parleyEnvironment(library: String, cache: String, data: String? = nil, extra: [String: String] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["PARLEY_LIBRARY"] = library
    environment["XDG_CACHE_HOME"] = cache
    if let data { environment["XDG_DATA_HOME"] = data }
    environment["LC_ALL"] = "C.UTF-8"
    environment.merge(extra) { $1 }
    return environment
}

/// A canonical interview with `count` exchanges, each question and answer carrying `token` so a
/// search can find exactly this file.
func generatedInterview(id: String, token: String, exchanges count: Int) -> String {
    var text = """
        ---
        id: \(id)
        title: Interview \(token)
        speakers:
        - id: guest
          name: Guest Person
          role: interviewee
        - id: host
          name: Host Person
          role: interviewer
        ---

        """
    for number in 1...count {
        text += "\n## Question \(number) about \(token)?\n\nAnswer \(number) mentions \(token) and a few more words to index.\n"
    }
    return text
}
