import Foundation

/// Everything measured for one library size; the JSON file holds one per size.
struct SizeResult: Codable {
    var interviews: Int
    var libraryBytes: Int
    var rawBytes: Int
    var importProbe: ImportProbeResult
    var index: IndexProbeResult
    /// The index file (and its write-ahead log) after the first build and re-index.
    var indexBytes: Int?
    var sqliteCeilingSeconds: Double
    /// Parent-side launch → `first-frame` line, per reader run.
    var processStartToFrameSeconds: [Double]
    var readers: [ReaderProbeResult]
    var search: SearchProbeResult
    /// Whole processes on the same queries: `grep -rilF` and `parley search`.
    var grep: [String: Baselines.ProcessTiming]
    var parleyProcess: [String: Baselines.ProcessTiming]
    /// Files holding each grep query as a whole word (`grep -rilFw`), for the checks.
    var grepWholeWordFiles: [String: Int]
    var commonWordRows: Int?
    /// A whole `sqlite3` process ranking the common word's matches with plain bm25.
    var commonWordPlainRanked: Baselines.ProcessTiming?
    /// Parsing the whole library in process, as `list`, `show`, `bookmarks` and `check` did
    /// before the catalogue; the catalogue's build and checks; the commands as processes.
    var libraryLoad: LibraryLoadProbeResult?
    var catalogue: CatalogueProbeResult?
    var commands: [String: CommandTimings.Timing]?
    /// What `BenchChecks` found wrong with the figures' inputs (failed imports, wrong hit
    /// counts); empty when the figures can be trusted.
    var problems: [String] = []

    // MARK: Derived figures

    var importMBps: Double { Double(importProbe.bytes) / 1e6 / importProbe.seconds }
    var buildMBps: Double { Double(index.bytes) / 1e6 / index.firstBuildSeconds }
    var ceilingMBps: Double { Double(index.bytes) / 1e6 / sqliteCeilingSeconds }
    var startToFrame: Double { median(processStartToFrameSeconds) }
    var inProcessStartToFrame: Double { median(readers.map(\.startToFrameSeconds)) }
    var warmUpdate: Double { median(readers.map(\.updateSeconds)) }
    var readerPeakMB: Double { readers.map(\.peakMB).max() ?? .nan }

    func keys(_ label: String) -> Percentiles {
        Percentiles(readers.flatMap { $0.keys[label] ?? [] })
    }

    var searchLatency: Percentiles { Percentiles(search.samples.flatMap(\.seconds)) }
    var exactSearchLatency: Percentiles { Percentiles(search.samples.flatMap(\.exactSeconds)) }

    func searchLatency(kind: BenchQueries.Kind) -> Percentiles {
        Percentiles(search.samples.filter { $0.kind == kind.rawValue }.flatMap(\.seconds))
    }

    /// Medians over the queries grep was timed on: grep's and `parley search`'s, both whole
    /// processes; and Parley's in-process search on the same queries, for what start-up costs.
    var grepMedian: Double { median(grep.values.map(\.seconds)) }
    var parleyProcessMedian: Double { median(parleyProcess.values.map(\.seconds)) }
    var parleyInProcessExactMedianOnGrepQueries: Double {
        median(search.samples.filter { grep[$0.query] != nil }.map { median($0.exactSeconds) })
    }

    /// The common word's search, quick and exact (medians).
    var commonWordSearch: (quick: Double, exact: Double)? {
        search.samples.first { $0.query == BenchQueries.commonWord }.map { (median($0.seconds), median($0.exactSeconds)) }
    }
}
