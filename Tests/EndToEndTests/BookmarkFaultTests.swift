import Foundation
import Testing

/// Bookmarks under process faults: SIGKILL in the middle of saving, and many Parleys changing
/// the same file at once. The durations grow with `PARLEY_LONG_TESTS=1` (scripts/faults.sh).
@Suite("bookmark faults")
struct BookmarkFaultTests {
    let parley: String
    static let exchanges = 400

    init() throws {
        parley = try #require(Built.parley, "the parley binary is not built next to the tests")
    }

    struct Place: Hashable, Comparable, CustomStringConvertible {
        var exchange: Int
        static func < (a: Place, b: Place) -> Bool { a.exchange < b.exchange }
        var description: String { "\(exchange)" }
    }

    /// A library with one interview of many exchanges, and the folder for the bookmark file.
    func setUp(_ scratch: Scratch) throws -> [String: String] {
        try FileManager.default.createDirectory(atPath: scratch.path("lib"), withIntermediateDirectories: true)
        try scratch.write(generatedInterview(id: "many", token: "many", exchanges: Self.exchanges), to: "lib/many.md")
        return parleyEnvironment(library: scratch.path("lib"), cache: scratch.path("cache"), data: scratch.path("data"))
    }

    /// The bookmarks in `file` as another Parley reads them; the file must parse with no notice.
    func saved(_ file: String, environment: [String: String]) throws -> Set<Place> {
        let result = try Executable.runCapturing(parley, ["bookmarks", "--json", "--bookmarks", file], environment: environment)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "the bookmark file must always parse: \(result.stderr)")
        var places: Set<Place> = []
        for line in result.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["interview"] as? String == "many")
            places.insert(Place(exchange: try #require(object["exchange"] as? Int)))
        }
        return places
    }

    /// `stdbuf -oL` makes each "Bookmarked …" line reach the file as soon as it is printed, so a
    /// line that is there names a save that completed before the kill.
    func lineBuffered(_ arguments: [String]) -> (String, [String]) {
        if let stdbuf = Executable.find("stdbuf") { return (stdbuf, ["-oL", parley] + arguments) }
        return (parley, arguments)
    }

    /// The places a run confirmed, from its complete `Bookmarked many #13 (Guest Person)` lines.
    static func confirmations(_ spawned: Spawned) throws -> [Place] {
        try spawned.completeLines.filter { $0.hasPrefix("Bookmarked ") }.map { line in
            let words = line.split(separator: " ")
            let number = try #require(words.count >= 3 && words[1] == "many" && words[2].hasPrefix("#") ? Int(words[2].dropFirst()) : nil,
                                      "a confirmation that does not name a place: \(line)")
            return Place(exchange: number)
        }
    }

    @Test func aKillWhileSavingLeavesAFileThatParsesWithEverySavedBookmark() throws {
        let scratch = try Scratch("bookmark-kill")
        defer { scratch.remove() }
        let environment = try setUp(scratch)
        let file = scratch.path("data/bookmarks.json")
        let rounds = FaultBudget.pick(short: 8, long: 60)
        let perRound = 12
        var confirmed: Set<Place> = []
        var attempted: Set<Place> = []
        var killedMidway = 0
        // How long a whole run takes here (start-up, then one save per answer), so the kills
        // land anywhere in it however fast or loaded the machine is.
        let started = Date()
        let (timedProgram, timedArguments) = lineBuffered(["bookmarks", "add", "many"] + (1...perRound).map(String.init) + ["--bookmarks", file])
        let timed = try Spawned(timedProgram, timedArguments, environment: environment)
        #expect(timed.finish(within: 120)?.exitCode == 0, "\(timed.stderr)")
        let wholeRun = Date().timeIntervalSince(started)
        #expect(try Self.confirmations(timed) == (1...perRound).map(Place.init), "every save of a whole run is confirmed, in order")
        confirmed = try saved(file, environment: environment)
        attempted = confirmed
        #expect(confirmed.count == perRound)
        for round in 1...rounds {
            let before = confirmed
            let places = (0..<perRound).map { Place(exchange: (round * perRound + $0) % Self.exchanges + 1) }
            attempted.formUnion(places)
            let (program, arguments) = lineBuffered(["bookmarks", "add", "many"] + places.map(\.description) + ["--bookmarks", file])
            let spawned = try Spawned(program, arguments, environment: environment)
            if round % 2 == 0 {
                // Right after a confirmation, while the next saves are under way: this is the
                // kill between two saves (or inside one) that the test is about.
                spawned.waitForLines(startingWith: "Bookmarked ", count: Int.random(in: 1..<perRound), within: 60)
            } else {
                // A random moment from start-up (loading the library) to well into the saves.
                usleep(UInt32.random(in: 0...UInt32(wholeRun * 1_000_000)))
            }
            spawned.signal(SIGKILL)
            _ = spawned.finish(within: 30)
            let printed = try Self.confirmations(spawned)
            let now = try saved(file, environment: environment)
            #expect(now.isSuperset(of: printed), "round \(round): confirmed but not on disk: \(Set(printed).subtracting(now).sorted())")
            confirmed.formUnion(printed)
            #expect(now.isSuperset(of: confirmed), "round \(round): lost \(confirmed.subtracting(now).sorted())")
            #expect(now.isSubset(of: attempted), "round \(round): bookmarks that were never added: \(now.subtracting(attempted).sorted())")
            // Saves happen in order, so this round's bookmarks on disk are a prefix of its list
            // (of the places it added: in the long form, rounds wrap round to places saved before).
            let thisRound = places.filter { !before.contains($0) }.map { now.contains($0) }
            #expect(thisRound == thisRound.sorted { $0 && !$1 }, "round \(round): \(thisRound)")
            if thisRound.contains(true) && thisRound.contains(false) { killedMidway += 1 }
            confirmed = now
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path("data")).filter { $0.contains("corrupt") }
        #expect(leftovers.isEmpty, "a file was moved aside as corrupt: \(leftovers)")
        // Without a kill between two saves of one run, nothing above tested a kill mid-save.
        #expect(killedMidway > 0, "no kill landed between the first and the last save of a run in \(rounds) rounds")
        print("bookmark kill test: \(rounds) rounds, \(killedMidway) killed between two saves, \(confirmed.count) bookmarks kept")
    }

    @Test func eightProcessesChangingBookmarksAtOnceLoseNone() throws {
        let scratch = try Scratch("bookmark-concurrent")
        defer { scratch.remove() }
        let environment = try setUp(scratch)
        let file = scratch.path("data/bookmarks.json")
        let seconds = FaultBudget.pick(short: 4.0, long: 30.0)
        let workers = 8
        let perWorker = 6
        let deadline = Date().addingTimeInterval(seconds)
        let parley = self.parley
        let failures = Failures()

        // Each worker owns its own answers, adds them all, checks they are all there, removes the
        // odd ones, checks again, and so on. Another worker's save may never drop them.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let own = (1...perWorker).map { worker * perWorker + $0 }
            let odd = own.filter { $0 % 2 == 1 }
            func run(_ arguments: [String]) -> String? {
                guard let result = try? Executable.runCapturing(parley, arguments + ["--bookmarks", file], environment: environment) else {
                    failures.add("worker \(worker): could not start parley")
                    return nil
                }
                if result.status != 0 { failures.add("worker \(worker): parley \(arguments) exited \(result.status): \(result.stderr)") }
                return result.stdout
            }
            func mine() -> Set<Int> {
                guard let output = run(["bookmarks", "--json"]) else { return [] }
                let exchanges = output.split(separator: "\n").compactMap { line in
                    (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["exchange"] as? Int
                }
                return Set(exchanges).intersection(own)
            }
            var cycles = 0
            repeat {
                _ = run(["bookmarks", "add", "many"] + own.map(String.init))
                if mine() != Set(own) { failures.add("worker \(worker), cycle \(cycles): after adding, found \(mine().sorted())") }
                _ = run(["bookmarks", "remove", "many"] + odd.map(String.init))
                if mine() != Set(own).subtracting(odd) { failures.add("worker \(worker), cycle \(cycles): after removing, found \(mine().sorted())") }
                cycles += 1
            } while Date() < deadline
            failures.count(cycles)
        }
        #expect(failures.messages.isEmpty, "\(failures.messages.prefix(10).joined(separator: "\n"))")
        let expected = Set((0..<workers).flatMap { worker in (1...perWorker).map { worker * perWorker + $0 } }.filter { $0 % 2 == 0 }.map(Place.init))
        #expect(try saved(file, environment: environment) == expected)
        print("bookmark concurrency test: \(workers) processes for \(seconds) s, \(failures.cycles) add/remove cycles")
    }

    @Test(.enabled(if: Self.canMount, "mounting a tmpfs is not permitted here (needs root with CAP_SYS_ADMIN)"))
    func aFullDiskIsAClearMessageAndTheFileIsKept() throws {
        let scratch = try Scratch("bookmark-full")
        defer { scratch.remove() }
        let environment = try setUp(scratch)
        let mountPoint = scratch.path("small")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        #expect(try Self.mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint]) == 0)
        defer { _ = try? Self.mount([mountPoint], program: "/bin/umount") }
        let file = mountPoint + "/bookmarks.json"
        #expect(try Executable.runCapturing(parley, ["bookmarks", "add", "many", "1", "--bookmarks", file], environment: environment).status == 0)
        // Fill the file system.
        let filler = FileHandle(forWritingAtPath: mountPoint + "/filler") ?? {
            FileManager.default.createFile(atPath: mountPoint + "/filler", contents: nil)
            return FileHandle(forWritingAtPath: mountPoint + "/filler")!
        }()
        while (try? filler.write(contentsOf: Data(count: 4096))) != nil {}
        try? filler.close()

        let result = try Executable.runCapturing(parley, ["bookmarks", "add", "many", "2", "--bookmarks", file], environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("could not save bookmarks to \(file)"))
        #expect(result.stderr.contains("No space left on device"))
        #expect(result.stderr.contains("nothing was changed"))
        #expect(try saved(file, environment: environment) == [Place(exchange: 1)])
    }

    static let canMount: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("parley-mount-probe-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard (try? mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe])) == 0 else { return false }
        _ = try? mount([probe], program: "/bin/umount")
        return true
    }()

    @discardableResult
    static func mount(_ arguments: [String], program: String = "/bin/mount") throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// What the concurrent workers report, gathered under a lock.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    private var total = 0

    func add(_ message: String) { lock.withLock { list.append(message) } }
    func count(_ cycles: Int) { lock.withLock { total += cycles } }
    var messages: [String] { lock.withLock { list } }
    var cycles: Int { lock.withLock { total } }
}
