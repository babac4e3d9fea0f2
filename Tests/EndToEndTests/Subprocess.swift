import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with `posix_spawn` and reaped with `waitpid`.
///
/// Why not Foundation's `Process`: on Linux it learns that a child ended from a SIGCHLD source,
/// and with many children started at once from several threads (parallel tests, the concurrent
/// bookmark workers) on a loaded machine it can miss one, leaving `waitUntilExit` blocked forever
/// on a zombie. `waitpid` on the child's own pid cannot miss it.
final class Subprocess {
    let pid: pid_t
    private var ended: Int32?

    /// Starts `path` with stdin from `stdinPath` (default /dev/null) and stdout and stderr
    /// written to the given files.
    init(_ path: String, _ arguments: [String], environment: [String: String]?, stdout: String, stderr: String, stdinPath: String = "/dev/null") throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with default signal handling, whatever the test runner changed.
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let environment = environment ?? ProcessInfo.processInfo.environment
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard result == 0 else { throw E2EError("cannot start \(path): \(String(cString: strerror(result)))") }
        pid = child
    }

    deinit {
        if ended == nil {
            kill(pid, SIGKILL)
            _ = wait()
        }
    }

    /// The raw wait status once the child has ended, or nil while it runs.
    func poll() -> Int32? {
        if let ended { return ended }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == pid { ended = status }
        return ended
    }

    /// Blocks until the child ends and returns its raw wait status.
    func wait() -> Int32 {
        if let ended { return ended }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        ended = status
        return status
    }

    /// Exit code for a normal exit; for death by a signal, `nil` (see `signal(of:)`).
    static func exitCode(of status: Int32) -> Int32? {
        (status & 0x7F) == 0 ? (status >> 8) & 0xFF : nil
    }

    static func signal(of status: Int32) -> Int32? {
        (status & 0x7F) == 0 ? nil : status & 0x7F
    }
}
