import Foundation
import InterviewKit
#if canImport(Glibc)
import Glibc
#endif

/// `parley list`, `show ID`, `bookmarks`, `check` and `index` (nothing changed) as a person
/// runs them: whole processes, timed from the parent from launch to exit, with the peak memory
/// of that process alone.
///
/// Each runs under `/usr/bin/time -f %M`: the peak a parent learns from `wait4` keeps the
/// largest of every program its child has been, and a child spawned by this benchmark starts
/// as a copy of it (160 MB after the search probe's results are in). `time` is small, and its
/// own child starts as a copy of `time`, so the figure it prints is `parley`'s own.
enum CommandTimings {
    struct Timing: Codable {
        /// Median over the timed runs (after one untimed run), seconds.
        var seconds: Double
        /// The largest peak resident memory of any run, MB.
        var peakMB: Double
        /// Lines printed on standard output (the same on every run, or the run is refused).
        var lines: Int
    }

    /// Timed runs per command, after the untimed one.
    static let runs = 5
    /// How many interviews the bookmark file of the `bookmarks` row bookmarks an answer of.
    static let bookmarkedInterviews = 20

    static func measure(library: URL, cacheHome: URL, work: URL) throws -> [String: Timing] {
        let parley = Subprocess.selfExecutable.deletingLastPathComponent().appendingPathComponent("parley")
        guard FileManager.default.isExecutableFile(atPath: parley.path) else {
            throw BenchError("\(parley.path) is missing: build it with the benchmark (`swift build -c release`)")
        }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cacheHome.path
        environment["NO_COLOR"] = "1"
        let bookmarks = work.appendingPathComponent("bench-bookmarks.json")
        try? FileManager.default.removeItem(at: bookmarks)
        let libraryArguments = ["--library", library.path]

        let listed = try run(parley, ["list", "--json"] + libraryArguments, environment: environment, output: work)
        let ids = listed.output.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        guard let middle = ids.dropFirst(ids.count / 2).first else { throw BenchError("parley list printed no interview") }
        let step = max(1, ids.count / bookmarkedInterviews)
        for id in stride(from: 0, to: ids.count, by: step).map({ ids[$0] }) {
            let added = try run(parley, ["bookmarks", "add", "--bookmarks", bookmarks.path, id, "1"] + libraryArguments,
                                environment: environment, output: work)
            guard added.status == 0 else { throw BenchError("parley bookmarks add \(id) 1 failed") }
        }
        let commands: [(String, [String], Set<Int32>)] = [
            ("list", ["list"], [0]),
            ("show", ["show", middle], [0]),
            ("bookmarks", ["bookmarks", "--bookmarks", bookmarks.path], [0]),
            ("check", ["check"], [0, 1]),
            ("index", ["index"], [0]),
        ]
        var timings: [String: Timing] = [:]
        for (name, arguments, statuses) in commands {
            var seconds: [Double] = []
            var peak = 0.0
            var lines: Set<Int> = []
            for attempt in 0...runs {
                let outcome = try run(parley, arguments + libraryArguments, environment: environment, output: work)
                guard statuses.contains(outcome.status) else { throw BenchError("parley \(name) failed with status \(outcome.status)") }
                lines.insert(outcome.output.split(separator: "\n").count)
                if attempt > 0 {
                    seconds.append(outcome.seconds)
                    peak = max(peak, outcome.peakMB)
                }
            }
            // `index` prints its own timing, so its line varies; the others must not.
            guard name == "index" || lines.count == 1 else { throw BenchError("parley \(name) printed \(lines.sorted()) lines on different runs") }
            timings[name] = Timing(seconds: median(seconds), peakMB: peak, lines: lines.first ?? 0)
        }
        return timings
    }

    struct Outcome {
        var status: Int32
        var seconds: Double
        var peakMB: Double
        var output: String
    }

    /// Runs a program under `time` with standard output into a file (so a long list never waits
    /// on a pipe), standard error to ours; times it to its exit, with its peak memory.
    static func run(_ program: URL, _ arguments: [String], environment: [String: String], output folder: URL) throws -> Outcome {
        let outputFile = folder.appendingPathComponent("command-output.txt").path
        let peakFile = folder.appendingPathComponent("command-peak.txt").path
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else { throw BenchError("\(time) is not installed (Debian: apt-get install time)") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([time, "-f", "%M", "-o", peakFile, program.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let start = monotonicSeconds()
        let spawned = posix_spawn(&child, time, &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchError("cannot start \(time): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            guard errno == EINTR else { throw BenchError("waitpid failed: \(String(cString: strerror(errno)))") }
        }
        let seconds = monotonicSeconds() - start
        let text = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
        // `time` writes "Command exited with non-zero status N" before the figure when it did.
        let peakLine = ((try? String(contentsOfFile: peakFile, encoding: .utf8)) ?? "").split(separator: "\n").last
        guard let kilobytes = peakLine.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw BenchError("/usr/bin/time gave no peak memory for \(program.lastPathComponent) \(arguments.first ?? "")")
        }
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Outcome(status: exit, seconds: seconds, peakMB: kilobytes / 1024, output: text)
    }
}
