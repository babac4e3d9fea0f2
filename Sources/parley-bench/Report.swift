import Foundation

/// The one table `run` prints (Markdown, so it can be pasted into docs/PERFORMANCE.md).
enum Report {
    static func table(_ results: [SizeResult]) -> String {
        var rows: [[String]] = [["Measure"] + results.map { "\($0.interviews) interviews" } + ["Target at 10,000"]]
        func row(_ name: String, _ target: String = "", _ value: (SizeResult) -> String) {
            rows.append([name] + results.map(value) + [target])
        }
        let ms = { (seconds: Double) in String(format: seconds < 0.01 ? "%.2f" : "%.1f", seconds * 1000) }
        row("Library size (canonical / raw)") { "\(megabytes($0.libraryBytes)) MB / \(megabytes($0.rawBytes)) MB" }
        row("Import, raw text → model") { String(format: "%.1f MB/s (%@ MB)", $0.importMBps, megabytes($0.importProbe.bytes)) }
        row("First index build", "≥ 60% of sqlite3") { String(format: "%.1f MB/s (%.1f s)", $0.buildMBps, $0.index.firstBuildSeconds) }
        row("  sqlite3 FTS5 bulk load (ceiling)") { String(format: "%.1f MB/s (%.1f s)", $0.ceilingMBps, $0.sqliteCeilingSeconds) }
        row("  Parley / ceiling") { String(format: "%.0f%%", 100 * $0.buildMBps / $0.ceilingMBps) }
        row("Index on disk (× the canonical library)", "≤ 1.5×") { result in
            result.indexBytes.map { String(format: "%@ MB (%.1f×)", megabytes($0), Double($0) / Double(result.libraryBytes)) } ?? "?"
        }
        row("Re-index after changing one file", "≤ 200 ms") { ms($0.index.changedFileSeconds) + " ms" }
        row("Re-index after touching one file") { ms($0.index.touchedFileSeconds) + " ms" }
        row("Start → first frame, warm index (process)", "≤ 150 ms") { ms($0.startToFrame) + " ms" }
        row("  in process; list up to date (background update) after") {
            "\(ms($0.inProcessStartToFrame)) ms; \(ms($0.warmUpdate)) ms"
        }
        for (label, name) in [("move", "Key → frame: move"), ("open", "Key → frame: open"), ("scroll", "Key → frame: scroll")] {
            row("\(name) (p50 / p95 / max)", "≤ 5 ms") { let p = $0.keys(label); return "\(ms(p.p50)) / \(ms(p.p95)) / \(ms(p.max)) ms" }
        }
        row("Key → frame: typing a query (p50 / p95 / max)", "≤ 5 ms") { let p = $0.keys("type"); return "\(ms(p.p50)) / \(ms(p.p95)) / \(ms(p.max)) ms" }
        row("Key → first results of the query typed (p50 / p95 / max)", "≤ 50 ms") {
            let p = $0.keys("results")
            return "\(ms(p.p50)) / \(ms(p.p95)) / \(ms(p.max)) ms"
        }
        row("Search, first hits (quick) p50 / p95 / p99, 200 queries", "p95 ≤ 50 ms (aim 15)") {
            let p = $0.searchLatency
            return "\(ms(p.p50)) / \(ms(p.p95)) / \(ms(p.p99)) ms"
        }
        for kind in BenchQueries.Kind.allCases {
            row("  \(kind.rawValue) p50 / p95") { let p = $0.searchLatency(kind: kind); return "\(ms(p.p50)) / \(ms(p.p95)) ms" }
        }
        row("Search, every match ranked (exact) p50 / p95 / p99") {
            let p = $0.exactSearchLatency
            return "\(ms(p.p50)) / \(ms(p.p95)) / \(ms(p.p99)) ms"
        }
        // Whole processes against whole processes: each started directly by the benchmark.
        row("`grep -rilF` median, 15 queries (whole process)") { ms($0.grepMedian) + " ms" }
        row("  `parley search` median, same queries (whole process)", "≥ 10× faster") {
            "\(ms($0.parleyProcessMedian)) ms (\(ratio($0.grepMedian, $0.parleyProcessMedian)) than grep)"
        }
        row("  of which the search itself (exact, in process)") { ms($0.parleyInProcessExactMedianOnGrepQueries) + " ms" }
        row("Common word “\(BenchQueries.commonWord)”: 200 hits, quick / exact (in process)", "≤ 50 ms") { result in
            let rows = result.commonWordRows.map { " (\($0) rows)" } ?? ""
            return (result.commonWordSearch.map { "\(ms($0.quick)) / \(ms($0.exact)) ms" } ?? "?") + rows
        }
        row("  whole processes: `parley search` / sqlite3 plain bm25") { result in
            let parley = result.parleyProcess[BenchQueries.commonWord].map { ms($0.seconds) } ?? "?"
            let sqlite = result.commonWordPlainRanked.map { ms($0.seconds) } ?? "?"
            return "\(parley) / \(sqlite) ms"
        }
        row("Peak memory: reader", "≤ 200 MB") { String(format: "%.0f MB", $0.readerPeakMB) }
        row("Peak memory: search / index build / import") {
            String(format: "%.0f / %.0f / %.0f MB", $0.search.peakMB, $0.index.peakMB, $0.importProbe.peakMB)
        }
        // The commands that answer from the catalogue, against parsing the library as before.
        row("Before: every file parsed (`Library.load`, in process; peak memory)") { result in
            result.libraryLoad.map { String(format: "%@ ms, %.0f MB", ms($0.seconds), $0.peakMB) } ?? "?"
        }
        let commands = [
            ("show", "`parley show ID`", "≤ 50 ms, ≤ 50 MB"), ("list", "`parley list`", "≤ 50 ms, ≤ 50 MB"),
            ("bookmarks", "`parley bookmarks` (\(CommandTimings.bookmarkedInterviews) bookmarks)", "≤ 50 ms, ≤ 50 MB"),
            ("check", "`parley check`", "≤ 100 MB"), ("index", "`parley index`, nothing changed", ""),
        ]
        for (name, label, target) in commands {
            row("\(label) (process; peak memory)", target) { result in
                result.commands?[name].map { String(format: "%@ ms, %.0f MB", ms($0.seconds), $0.peakMB) } ?? "?"
            }
        }
        row("Change check, nothing changed (catalogue, in process) p50 / max; CPU p50", "≤ 20 ms") { result in
            result.catalogue.map {
                let p = Percentiles($0.unchangedSeconds)
                return "\(ms(p.p50)) / \(ms(p.max)) ms; \(ms(median($0.unchangedCPUSeconds))) ms"
            } ?? "?"
        }
        row("  after touching / changing one file") { result in
            result.catalogue.map { "\(ms($0.touchedFileSeconds)) / \(ms($0.changedFileSeconds)) ms" } ?? "?"
        }
        row("Catalogue first build (every file parsed; peak memory)") { result in
            result.catalogue.map { String(format: "%.2f s, %.0f MB", $0.firstBuildSeconds, $0.peakMB) } ?? "?"
        }
        row("Checks: imports, hit counts (see BenchChecks)") { $0.problems.isEmpty ? "ok" : "**FAILED: \($0.problems.count)**" }
        return markdown(rows)
    }

    /// "12× faster" or "3× slower": which of two times is smaller, and by how much.
    static func ratio(_ other: Double, _ parley: Double) -> String {
        parley <= other ? String(format: "%.1f× faster", other / parley) : String(format: "%.1f× slower", parley / other)
    }

    private static func markdown(_ rows: [[String]]) -> String {
        var lines: [String] = []
        for (index, row) in rows.enumerated() {
            lines.append("| " + row.joined(separator: " | ") + " |")
            if index == 0 { lines.append("|" + row.map { _ in "---" }.joined(separator: "|") + "|") }
        }
        return lines.joined(separator: "\n")
    }
}
