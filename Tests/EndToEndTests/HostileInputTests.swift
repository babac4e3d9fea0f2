import Foundation
import Testing

/// An interview file is untrusted input: what is in it must never drive the terminal, steer where
/// `import` writes, or stall the program.
@Suite("hostile input")
struct HostileInputTests {
    let parley: String

    init() throws {
        parley = try #require(Built.parley, "the parley binary is not built next to the tests")
    }

    /// A valid interview whose title, speaker name, question and answer carry escape sequences
    /// (clear screen, set window title, blink, colour), a C1 CSI and a bell.
    static let hostileInterview = "---\nid: evil\ntitle: \"Evil \\e]2;PWNED\\a\\e[2J title\"\nspeakers:\n- id: guest\n  name: \"G\\e[31m\"\n  role: interviewee\n- id: host\n  name: Host\n  role: interviewer\n---\n\n## Why \u{1B}[5m blink?\n\nBecause \u{1B}]2;PWNED2\u{07} and \u{9B}31m C1 and \u{07} bell.\n"

    static let rawControls: [Character] = ["\u{1B}", "\u{07}", "\u{9B}"]

    func run(_ arguments: [String], library: String, cache: String) throws -> (status: Int32, stdout: String, stderr: String) {
        try Executable.runCapturing(parley, arguments, environment: parleyEnvironment(library: library, cache: cache))
    }

    @Test func escapeSequencesInAFileNeverReachTheOutputRaw() throws {
        let scratch = try Scratch("hostile")
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.path("lib"), withIntermediateDirectories: true)
        try scratch.write(Self.hostileInterview, to: "lib/evil.md")
        for arguments in [["list"], ["show", "evil"], ["search", "because"], ["search", "PWNED2"], ["check", scratch.path("lib")]] {
            let result = try run(arguments, library: scratch.path("lib"), cache: scratch.path("cache"))
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!result.stdout.isEmpty || arguments.first == "check", "\(arguments) printed nothing")
            for control in Self.rawControls {
                #expect(!result.stdout.contains(control), "\(arguments) printed a raw \(control.unicodeScalars.first!.value)")
                #expect(!result.stderr.contains(control), "\(arguments) printed a raw \(control.unicodeScalars.first!.value) on stderr")
            }
        }
        // Shown, not obeyed: the reader sees that the file holds something odd.
        let shown = try run(["show", "evil"], library: scratch.path("lib"), cache: scratch.path("cache")).stdout
        #expect(shown.contains("^[]2;PWNED2^G"))
        #expect(shown.contains("<U+009B>"))
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed: skipped"))
    func theReaderShowsEscapesVisiblyAndTheTerminalObeysNone() throws {
        let scratch = try Scratch("hostile-tui")
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.path("lib"), withIntermediateDirectories: true)
        try scratch.write(Self.hostileInterview, to: "lib/evil.md")
        let session = try TmuxSession(width: 100, height: 30, command: [parley], environment: [
            "PARLEY_LIBRARY": scratch.path("lib"), "XDG_CACHE_HOME": scratch.path("cache"), "XDG_DATA_HOME": scratch.path("data"),
        ])
        try session.waitFor("^[]2;PWNED^G")
        try session.send("Enter")
        try session.waitFor("PWNED2^G")
        let screen = try session.capture().joined(separator: "\n")
        #expect(screen.contains("<U+009B>"))
        #expect(screen.contains("Why ^[[5m blink?"))
        // An obeyed OSC 2 would have retitled the pane.
        #expect(!(try session.paneTitle()).contains("PWNED"))
        // No attribute the file asked for: blink (5) is never one the reader uses.
        #expect(!(try session.captureWithAttributes()).contains("\u{1B}[5m"))
        try session.send("q")
        try session.send("q")
        try session.waitUntil { _ in (try? session.programExited()) == true }
    }

    @Test func importOutputNeverLeavesItsFolder() throws {
        let scratch = try Scratch("import-escape")
        defer { scratch.remove() }
        let output = scratch.path("deep/nested/out")
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let titles = ["../../x", "../../../../tmp/parley-escaped", "/etc/parley-escaped", "..", ".", "~/x", "a/../../b", "\u{1B}]2;x\u{07}/../y"]
        var inputs: [String] = []
        for (number, title) in titles.enumerated() {
            let name = "source-\(number).txt"
            try scratch.write("---\ntitle: \(title.debugDescription)\n---\n\nWhat do you think?\n\nI think it is fine.\n", to: name)
            inputs.append(scratch.path(name))
        }
        let before = try Self.allFiles(under: scratch.url.path)
        let result = try Executable.runCapturing(parley, ["import", "--output", output] + inputs)
        #expect(result.status == 0, "\(result.stderr)")
        let after = try Self.allFiles(under: scratch.url.path)
        let added = after.subtracting(before)
        #expect(added.count == titles.count, "one file per input: \(added.sorted())")
        for path in added {
            #expect((path as NSString).deletingLastPathComponent == output, "\(path) is outside \(output)")
            #expect(path.hasSuffix(".md"))
        }
        #expect(!FileManager.default.fileExists(atPath: "/etc/parley-escaped.md"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/parley-escaped.md"))
    }

    @Test func importNeverWritesThroughASymlinkedTarget() throws {
        let scratch = try Scratch("import-symlink")
        defer { scratch.remove() }
        let output = scratch.path("out")
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try scratch.write("precious\n", to: "precious.txt")
        try scratch.write("Title: Linked Target\n\nWhat do you think?\n\nI think it is fine.\n", to: "source.txt")
        // Learn the id the importer gives this text, then plant a symlink where it will write.
        let dryRun = try Executable.runCapturing(parley, ["import", "--json", scratch.path("source.txt")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(dryRun.stdout.utf8)) as? [String: Any])
        let id = try #require(object["id"] as? String)
        try FileManager.default.createSymbolicLink(atPath: output + "/" + id + ".md", withDestinationPath: scratch.path("precious.txt"))
        for extra in [[], ["--force"]] {
            let result = try Executable.runCapturing(parley, ["import", "--output", output] + extra + [scratch.path("source.txt")])
            #expect(result.status == 2, "\(extra): \(result.stderr)")
            #expect(result.stderr.contains("symbolic link"))
            #expect(try String(contentsOfFile: scratch.path("precious.txt"), encoding: .utf8) == "precious\n")
        }
    }

    /// The importer takes no more than the library can read back, and says so before reading.
    @Test func importRefusesTextLargerThanALibraryFile() throws {
        let scratch = try Scratch("import-huge")
        defer { scratch.remove() }
        try scratch.write("Title: Huge\n\nWhat?\n\nThis.\n", to: "huge.txt")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path("huge.txt")))
        try handle.truncate(atOffset: 20 << 20)
        try handle.close()
        let output = scratch.path("out")
        let result = try Executable.runCapturing(parley, ["import", "--output", output, scratch.path("huge.txt")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("huge.txt: the file is 20 MB; an interview file may be at most 16 MB"), "\(result.stderr)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? [] == [])
    }

    @Test func aHostileLibraryFolderNeitherHangsNorCrashes() throws {
        let scratch = try Scratch("hostile-lib")
        defer { scratch.remove() }
        let library = try Self.hostileLibrary(in: scratch)
        let environment = parleyEnvironment(library: library, cache: scratch.path("cache"), data: scratch.path("data"))
        for arguments in [["list"], ["index"], ["index", "--rebuild"], ["search", "words"], ["check", library], ["bookmarks"]] {
            let spawned = try Spawned(parley, arguments, environment: environment)
            let ended = spawned.finish(within: 60)
            let end = try #require(ended, "parley \(arguments.joined(separator: " ")) was still running after 60 s")
            #expect(end.signal == nil, "parley \(arguments) died of signal \(end.signal ?? 0)")
            // 1 is an answer, not a failure: check found problems, or there are no bookmarks yet.
            #expect(end.exitCode == 0 || (["check", "bookmarks"].contains(arguments[0]) && end.exitCode == 1), "\(arguments): \(spawned.stderr)")
            if arguments == ["list"] { #expect(spawned.stdout.contains("good-one")) }
        }
        let check = try Spawned(parley, ["check", library], environment: environment)
        _ = check.finish(within: 60)
        #expect(check.stderr.contains("big.md:1: the file is 100 MB; an interview file may be at most 16 MB"))
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed: skipped"))
    func theReaderOpensAHostileLibraryFolder() throws {
        let scratch = try Scratch("hostile-lib-tui")
        defer { scratch.remove() }
        let library = try Self.hostileLibrary(in: scratch)
        let session = try TmuxSession(width: 80, height: 24, command: [parley], environment: [
            "PARLEY_LIBRARY": library, "XDG_CACHE_HOME": scratch.path("cache"), "XDG_DATA_HOME": scratch.path("data"),
        ])
        try session.waitFor("Interview good-one", seconds: 60)
        try session.send("Enter")
        try session.waitFor("1. Question 1 about good-one?")
        try session.send("q")
        try session.send("q")
        try session.waitUntil { _ in (try? session.programExited()) == true }
        // Ended by its own quit, not by a signal (a crash shows as 128 + the signal).
        // (Some tmux builds leave #{pane_dead_status} empty; then only the quit itself is checked.)
        if let status = try session.exitStatus() { #expect(status < 128, "the reader ended with \(status)") }
    }

    /// A folder with one good interview among symlink loops, a dangling symlink, a symlink to the
    /// folder itself, a FIFO, a folder named like an interview, a non-UTF-8 file and a 100 MB file
    /// (all named `*.md`). As root no permission bit makes a file unreadable, so the FIFO and the
    /// dangling link stand in for files that cannot be read.
    static func hostileLibrary(in scratch: Scratch) throws -> String {
        let library = scratch.path("lib")
        let manager = FileManager.default
        try manager.createDirectory(atPath: library, withIntermediateDirectories: true)
        try scratch.write(generatedInterview(id: "good-one", token: "good-one", exchanges: 3), to: "lib/good.md")
        try manager.createSymbolicLink(atPath: library + "/loop-a.md", withDestinationPath: "loop-b.md")
        try manager.createSymbolicLink(atPath: library + "/loop-b.md", withDestinationPath: "loop-a.md")
        try manager.createSymbolicLink(atPath: library + "/self.md", withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: library + "/dangling.md", withDestinationPath: "nowhere.md")
        #expect(mkfifo(library + "/fifo.md", 0o644) == 0)
        try manager.createDirectory(atPath: library + "/folder.md", withIntermediateDirectories: true)
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x00, 0xC3]).write(to: URL(fileURLWithPath: library + "/binary.md"))
        let header = generatedInterview(id: "big", token: "big", exchanges: 1)
        let chunk = Data(String(repeating: "words and more words to read, ", count: 34_953).utf8) // ~1 MB
        _ = manager.createFile(atPath: library + "/big.md", contents: Data(header.utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: library + "/big.md"))
        try handle.seekToEnd()
        for _ in 0..<100 { try handle.write(contentsOf: chunk) }
        try handle.close()
        return library
    }

    static func allFiles(under root: String) throws -> Set<String> {
        var found: Set<String> = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            found.insert(root + "/" + relative)
        }
        return found
    }
}
