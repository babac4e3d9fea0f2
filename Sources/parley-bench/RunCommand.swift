import ArgumentParser
import Foundation
import InterviewKit
import Reader

/// `parley-bench run`: generates (or reuses) each library size, measures it with probes in
/// separate processes and the baselines, prints one table and writes JSON.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Measure Parley on generated libraries of each size, with grep and sqlite3 as baselines."
    )

    @Option(help: "Library sizes, comma-separated.") var sizes: String = "10,1000,10000"
    @Option(help: "The seed of the generated libraries.") var seed: UInt64 = BenchDefaults.seed
    @Option(help: "Where generated libraries and indexes live (not in git).") var work: String = ".build/bench-work"
    @Option(help: "The JSON file to write.") var json: String = ".build/bench-work/results.json"
    @Option(help: "Reader start-ups measured per size.") var readerRuns: Int = 5
    @OptionGroup var sources: SourceOptions

    func run() throws {
        let counts = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")) }
        guard !counts.isEmpty, counts.allSatisfy({ $0 > 0 }) else { throw ValidationError("--sizes: give counts like 10,1000,10000") }
        let workFolder = URL(fileURLWithPath: work)
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        var material: CorpusMaterial?
        var results: [SizeResult] = []
        for count in counts {
            let root = workFolder.appendingPathComponent("library-\(count)")
            var generated = GeneratedLibrary.existing(in: root)
            if generated.map({ $0.count != count || $0.seed != seed || $0.generatorVersion != GeneratedLibrary.currentVersion }) ?? true {
                log("generating \(count) interviews…")
                if material == nil { material = try sources.loadMaterial() }
                generated = try GeneratedLibrary.generate(count: count, seed: seed, material: material!, into: root, log: log)
            }
            var result = try measure(generated!, root: root)
            result.problems = BenchChecks.problems(result)
            results.append(result)
            try write(results)
            print(Report.table(results))
        }
        print("\nJSON: \(json)")
        let problems = results.flatMap { result in result.problems.map { "[\(result.interviews)] \($0)" } }
        if !problems.isEmpty {
            log("the figures above rest on a broken run; do not publish them:\n" + problems.joined(separator: "\n"))
            throw ExitCode.failure
        }
    }

    private func measure(_ generated: GeneratedLibrary, root: URL) throws -> SizeResult {
        let library = GeneratedLibrary.libraryFolder(in: root)
        // Where `parley search`, given XDG_CACHE_HOME=cacheHome, finds the same index.
        let cacheHome = root.appendingPathComponent("cache-home")
        let cache = cacheHome.appendingPathComponent("parley")
        let folders = ["--library", library.path, "--cache", cache.path]
        let count = generated.count

        log("[\(count)] import")
        let (imported, _) = try Subprocess.probe(ImportProbeResult.self, ["import", "--raw", GeneratedLibrary.rawFolder(in: root).path])
        log("[\(count)] first index build and re-index")
        let (indexed, _) = try Subprocess.probe(IndexProbeResult.self, ["index"] + folders)
        guard let indexFile = try SearchIndex.open(libraryFolder: library, cacheDirectory: cache).indexFile else {
            throw BenchError("the index of \(library.path) is not in \(cache.path)")
        }
        // The index as it stands after the build (its write-ahead log holds pages not yet copied in).
        let indexBytes = ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: indexFile.path + suffix)[.size] as? Int) ?? 0)
        }
        log("[\(count)] sqlite3 ceiling")
        let ceiling = try Baselines.sqliteCeiling(library: library, parleyIndex: indexFile, database: root.appendingPathComponent("ceiling.sqlite"))

        log("[\(count)] reader")
        var starts: [Double] = []
        var readers: [ReaderProbeResult] = []
        for _ in 0..<readerRuns {
            let (reader, outcome) = try Subprocess.probe(ReaderProbeResult.self, ["reader"] + folders, marker: "first-frame")
            readers.append(reader)
            starts.append(outcome.markerSeconds ?? .nan)
        }
        log("[\(count)] search")
        let (searched, _) = try Subprocess.probe(SearchProbeResult.self, ["search"] + folders)

        log("[\(count)] catalogue, and the commands that answer from it as whole processes")
        let (libraryLoad, _) = try Subprocess.probe(LibraryLoadProbeResult.self, ["library-load"] + folders)
        let (catalogue, _) = try Subprocess.probe(CatalogueProbeResult.self, ["catalogue"] + folders)
        let commands = try CommandTimings.measure(library: library, cacheHome: cacheHome, work: root)

        log("[\(count)] grep and parley search, whole processes")
        var grep: [String: Baselines.ProcessTiming] = [:]
        var parleyProcess: [String: Baselines.ProcessTiming] = [:]
        var wholeWordFiles: [String: Int] = [:]
        for query in BenchQueries.grepSample {
            guard let literal = query.grepLiteral else { continue }
            grep[query.text] = try Baselines.grep(literal, in: library)
            parleyProcess[query.text] = try Baselines.parleySearch(query.text, library: library, cacheHome: cacheHome, limit: ReaderOptions.defaultSearchLimit)
            wholeWordFiles[query.text] = try Baselines.grepWholeWordFiles(literal, in: library).count
        }
        return SizeResult(
            interviews: count, libraryBytes: generated.libraryBytes, rawBytes: generated.rawBytes,
            importProbe: imported, index: indexed, indexBytes: indexBytes, sqliteCeilingSeconds: ceiling,
            processStartToFrameSeconds: starts, readers: readers, search: searched,
            grep: grep, parleyProcess: parleyProcess, grepWholeWordFiles: wholeWordFiles,
            commonWordRows: Baselines.matchingRows(BenchQueries.commonWord, index: indexFile),
            commonWordPlainRanked: try Baselines.plainRanked(BenchQueries.commonWord, index: indexFile),
            libraryLoad: libraryLoad, catalogue: catalogue, commands: commands)
    }

    private func write(_ results: [SizeResult]) throws {
        struct Document: Encodable {
            var machine: Machine
            var seed: UInt64
            var results: [SizeResult]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let url = URL(fileURLWithPath: json)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(Document(machine: Machine.current(), seed: seed, results: results)).write(to: url)
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data("parley-bench: \(message)\n".utf8))
    }
}

/// The machine the figures come from.
struct Machine: Encodable {
    var cores: Int
    var cpu: String
    var memoryGB: Double
    var kernel: String

    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown"
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return Machine(cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model,
                       memoryGB: Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824, kernel: release)
    }
}
