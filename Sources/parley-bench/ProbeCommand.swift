import ArgumentParser
import Foundation
import InterviewKit
import Reader
import TerminalUI

/// `parley-bench probe …`: one measured task in a process of its own. `run` spawns these;
/// they can also be run by hand to look at one figure (or under valgrind).
struct ProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "Run one measurement in this process and print it as JSON (used by `run`).",
        subcommands: [ImportProbe.self, IndexProbe.self, ReaderProbe.self, SearchProbe.self, CatalogueProbe.self, LibraryLoadProbe.self]
    )
}

struct ProbeFolders: ParsableArguments {
    @Option(help: "The library folder (canonical files).") var library: String
    @Option(help: "The folder holding the index.") var cache: String

    var libraryURL: URL { URL(fileURLWithPath: library) }
    var cacheURL: URL { URL(fileURLWithPath: cache) }
}

/// Raw text → model: reads each raw transcript and imports it, as `parley import` does.
struct ImportProbe: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import")

    @Option(help: "The folder of raw transcripts.") var raw: String
    @Option(help: "Stop after this many bytes (the import rate does not depend on library size).")
    var maxBytes: Int = 32_000_000

    func run() throws {
        let folder = URL(fileURLWithPath: raw)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var bytes = 0, files = 0, exchanges = 0, failures = 0
        let start = monotonicSeconds()
        for name in names where bytes < maxBytes {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            bytes += data.count
            files += 1
            do {
                exchanges += try Importer.importText(data, fileName: name).interview.exchanges.count
            } catch {
                failures += 1
            }
        }
        let seconds = monotonicSeconds() - start
        try emit(ImportProbeResult(files: files, bytes: bytes, seconds: seconds, exchanges: exchanges,
                                   failures: failures, peakMB: peakMemoryMB()))
    }
}

/// First build of the index into an empty cache folder, then the incremental updates.
struct IndexProbe: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index")

    @OptionGroup var folders: ProbeFolders

    func run() throws {
        try? FileManager.default.removeItem(at: folders.cacheURL)
        let files = try Library.interviewFiles(in: folders.libraryURL)
        let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int) ?? 0) }
        let index = try SearchIndex.open(libraryFolder: folders.libraryURL, cacheDirectory: folders.cacheURL)
        let (built, buildSeconds) = try timed { try index.update() }
        guard built.problems.isEmpty else { throw BenchError("the generated library has problems: \(built.problems.prefix(3))") }

        let (_, noChange) = try timed { try index.update() }

        // Change the words of one file in the middle of the library, then put it back.
        let victim = files[files.count / 2]
        let original = try Data(contentsOf: victim)
        try (original + Data("\nOne more sentence, added by the benchmark to change this answer.\n".utf8)).write(to: victim)
        let (changed, changeSeconds) = try timed { try index.update() }
        guard changed.changed == 1, changed.problems.isEmpty else {
            throw BenchError("changing \(victim.lastPathComponent) gave \(changed.changed) changed files, problems \(changed.problems)")
        }
        try original.write(to: victim)
        try index.update()

        // Touch another file: same bytes, new time.
        let touched = files[files.count / 3]
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: touched.path)
        let (_, touchSeconds) = try timed { try index.update() }

        try emit(IndexProbeResult(files: files.count, bytes: bytes, firstBuildSeconds: buildSeconds,
                                  changedFileSeconds: changeSeconds, touchedFileSeconds: touchSeconds,
                                  noChangeSeconds: noChange, peakMB: peakMemoryMB()))
    }
}

/// The 200 queries against a warm index, as the reader asks them (its result limit), ranked
/// both ways: quick (the reader's first hits) and exact (every match ranked).
struct SearchProbe: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search")

    @OptionGroup var folders: ProbeFolders
    @Option(help: "Timed rounds over the 200 queries (after one untimed round).") var rounds: Int = 3

    func run() throws {
        let index = try SearchIndex.open(libraryFolder: folders.libraryURL, cacheDirectory: folders.cacheURL)
        var samples = BenchQueries.all.map {
            SearchProbeResult.Sample(query: $0.text, kind: $0.kind.rawValue, hits: 0, exactHits: 0, seconds: [], exactSeconds: [])
        }
        for round in 0...rounds {
            for (position, query) in BenchQueries.all.enumerated() {
                let (hits, seconds) = try timed { try index.search(query.text, limit: ReaderOptions.defaultSearchLimit, ranking: .quick) }
                let (exactHits, exactSeconds) = try timed { try index.search(query.text, limit: ReaderOptions.defaultSearchLimit, ranking: .exact) }
                samples[position].hits = hits.count
                samples[position].exactHits = exactHits.count
                if round > 0 {
                    samples[position].seconds.append(seconds)
                    samples[position].exactSeconds.append(exactSeconds)
                }
            }
        }
        try emit(SearchProbeResult(samples: samples, peakMB: peakMemoryMB()))
    }
}
