import Foundation
import Testing

/// The search index is a cache: killing `parley index` at any moment, or damaging the file, must
/// only ever cost a rebuild, never a wrong answer or a failing start.
@Suite("index faults")
struct IndexFaultTests {
    let parley: String
    static let files = 120

    init() throws {
        parley = try #require(Built.parley, "the parley binary is not built next to the tests")
    }

    /// A library of many interviews, each with a word of its own (`tok7` is only in file 7).
    func library(_ scratch: Scratch) throws -> [String: String] {
        try FileManager.default.createDirectory(atPath: scratch.path("lib"), withIntermediateDirectories: true)
        for number in 0..<Self.files {
            try scratch.write(generatedInterview(id: "interview-\(number)", token: "tok\(number)", exchanges: 30), to: "lib/i\(number).md")
        }
        return parleyEnvironment(library: scratch.path("lib"), cache: scratch.path("cache"))
    }

    func run(_ arguments: [String], _ environment: [String: String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try Executable.runCapturing(parley, arguments, environment: environment)
    }

    /// The index answers exactly as the files say: up to date, and each token found in its file.
    func expectComplete(_ environment: [String: String], _ context: String) throws {
        let update = try run(["index"], environment)
        #expect(update.status == 0, "\(context): \(update.stderr)")
        let again = try run(["index"], environment)
        #expect(again.stdout.hasPrefix("0 added, 0 changed, 0 removed, \(Self.files) unchanged"), "\(context): \(again.stdout) \(again.stderr)")
        for number in [0, Self.files / 2, Self.files - 1] {
            let search = try run(["search", "tok\(number)"], environment)
            #expect(search.status == 0, "\(context): \(search.stderr)")
            let ids = Set(search.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" })
            #expect(ids == ["interview-\(number)"], "\(context): searching tok\(number) found \(ids.sorted())")
        }
    }

    @Test func aKillMidIndexingIsRepairedByTheNextStart() throws {
        let scratch = try Scratch("index-kill")
        defer { scratch.remove() }
        let environment = try library(scratch)
        let rounds = FaultBudget.pick(short: 6, long: 25)
        // How long a whole first indexing takes here, so the kills spread over it however fast
        // or loaded the machine is.
        let started = Date()
        #expect(try run(["index"], environment).status == 0)
        let wholeRun = Date().timeIntervalSince(started)
        var interrupted = 0
        for round in 0..<rounds {
            // Alternate a first indexing and a rebuild over an existing index.
            let arguments = round % 2 == 0 ? ["index"] : ["index", "--rebuild"]
            if round % 2 == 0 { try? FileManager.default.removeItem(atPath: scratch.path("cache")) }
            let spawned = try Spawned(parley, arguments, environment: environment)
            // Each round at a random point of its own slice of the run, the slices spread from a
            // fifth of the way in (start-up is over) to four fifths (the writing is not).
            let slice = (Double(round) + Double.random(in: 0..<1)) / Double(rounds)
            usleep(UInt32(wholeRun * (0.2 + 0.6 * slice) * 1_000_000))
            spawned.signal(SIGKILL)
            let end = spawned.finish(within: 30)
            // Killed while writing: the index file was there and an update still finds work.
            let context = "round \(round) (\(arguments.joined(separator: " ")))"
            if end?.signal == SIGKILL, try Self.hasIndexFile(scratch), try Self.workLeft(try run(["index"], environment), context) {
                interrupted += 1
            }
            try expectComplete(environment, context)
        }
        // Kills that all landed before or after the writing would have tested nothing.
        #expect(interrupted > 0, "no kill in \(rounds) rounds landed while the index was being written")
        print("index kill test: \(rounds) rounds, \(interrupted) killed while writing the index")
    }

    static func hasIndexFile(_ scratch: Scratch) throws -> Bool {
        let folder = scratch.path("cache/parley")
        guard FileManager.default.fileExists(atPath: folder) else { return false }
        return try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.hasSuffix(".sqlite") }
    }

    /// Whether `parley index` had files to add or change (its line reads `3 added, 0 changed, …`).
    static func workLeft(_ update: (status: Int32, stdout: String, stderr: String), _ context: String) throws -> Bool {
        #expect(update.status == 0, "\(context): \(update.stderr)")
        let counts = update.stdout.split(separator: ",").prefix(2).compactMap { Int($0.split(separator: " ").first ?? "") }
        try #require(counts.count == 2, "\(context): unexpected output \(update.stdout)")
        return counts.reduce(0, +) > 0
    }

    /// Random pages inside the file overwritten, the header intact: the file opens, and every
    /// search ran into "database disk image is malformed" (exit 2) while `parley index` said
    /// "120 unchanged". Now `parley index` checks the file, rebuilds it and says so once.
    @Test func damagedPagesAreFoundAndRepairedByIndex() throws {
        let scratch = try Scratch("index-pages")
        defer { scratch.remove() }
        let environment = try library(scratch)
        #expect(try run(["index"], environment).status == 0)
        let cache = scratch.path("cache/parley")
        let index = cache + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: cache).first { $0.hasSuffix(".sqlite") }))
        let pages = try #require(try FileManager.default.attributesOfItem(atPath: index)[.size] as? Int) / 4_096
        let handle = try #require(FileHandle(forUpdatingAtPath: index))
        for page in Array(2..<pages).shuffled().prefix(max(3, pages / 10)) {
            try handle.seek(toOffset: UInt64(page * 4_096))
            try handle.write(contentsOf: Data((0..<4_096).map { _ in UInt8.random(in: 0...255) }))
        }
        try handle.close()
        let repair = try run(["index"], environment)
        #expect(repair.status == 0, "\(repair.stderr)")
        #expect(repair.stderr.components(separatedBy: "damaged").count == 2, "told once: \(repair.stderr)")
        try expectComplete(environment, "damaged pages")
    }

    /// "Delete it whenever you like": the cache folder deleted while searches run (22 of 80
    /// exited 2 with "unable to open database file"). Every search still answers, and right.
    @Test func searchesSurviveTheCacheFolderBeingDeleted() throws {
        let scratch = try Scratch("index-deleted")
        defer { scratch.remove() }
        let environment = try library(scratch)
        let rounds = FaultBudget.pick(short: 16, long: 80)
        var deletions = 0
        for round in 0..<rounds {
            let number = round * 7 % Self.files
            let search = try Spawned(parley, ["search", "tok\(number)"], environment: environment)
            usleep(UInt32.random(in: 0...150_000))
            if (try? FileManager.default.removeItem(atPath: scratch.path("cache"))) != nil { deletions += 1 }
            let end = search.finish(within: 60)
            #expect(end?.exitCode == 0, "round \(round): \(search.stderr)")
            let ids = Set(search.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" })
            #expect(ids == ["interview-\(number)"], "round \(round): \(search.stderr)")
        }
        print("cache deletion test: \(rounds) searches, the cache folder deleted \(deletions) times while one ran or had just run")
    }

    @Test(arguments: ["truncated", "garbage", "empty"])
    func aDamagedIndexFileIsRebuilt(damage: String) throws {
        let scratch = try Scratch("index-damage")
        defer { scratch.remove() }
        let environment = try library(scratch)
        #expect(try run(["index"], environment).status == 0)
        let cache = scratch.path("cache/parley")
        let files = try FileManager.default.contentsOfDirectory(atPath: cache)
        let index = cache + "/" + (try #require(files.first { $0.hasSuffix(".sqlite") }, "no index in \(files)"))
        for sidecar in files where sidecar.hasSuffix("-wal") || sidecar.hasSuffix("-shm") {
            try FileManager.default.removeItem(atPath: cache + "/" + sidecar)
        }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: index)[.size] as? Int)
        let handle = try #require(FileHandle(forUpdatingAtPath: index))
        switch damage {
        case "truncated":
            try handle.truncate(atOffset: UInt64(size / 2))
        case "garbage":
            try handle.write(contentsOf: Data((0..<size).map { _ in UInt8.random(in: 0...255) }))
        default:
            try handle.truncate(atOffset: 0)
        }
        try handle.close()
        // Searching first: what the reader does on start.
        let search = try run(["search", "tok3"], environment)
        #expect(search.status == 0, "\(damage): \(search.stderr)")
        #expect(search.stdout.contains("interview-3"), "\(damage): \(search.stdout)")
        try expectComplete(environment, damage)
    }
}
