/// What must hold for a size's figures to mean anything: a broken importer or search is fast,
/// and would otherwise publish better figures than a working one. `run` prints what these
/// find under the table, marks the table, and exits with a failure.
enum BenchChecks {
    static func problems(_ result: SizeResult) -> [String] {
        var problems: [String] = []
        let imported = result.importProbe
        if imported.failures > 0 {
            problems.append("import: \(imported.failures) of \(imported.files) raw transcripts failed to import")
        }
        if imported.files == 0 || imported.exchanges == 0 {
            problems.append("import: \(imported.files) files gave \(imported.exchanges) exchanges")
        }

        let samples = result.search.samples
        for sample in samples {
            if sample.kind == BenchQueries.Kind.noHits.rawValue, sample.hits + sample.exactHits > 0 {
                problems.append("search: “\(sample.query)” matches nothing, but found \(sample.hits) quick / \(sample.exactHits) exact hits")
            }
            if sample.hits != sample.exactHits {
                problems.append("search: “\(sample.query)”: the quick ranking found \(sample.hits) hits, the exact one \(sample.exactHits)")
            }
            if let process = result.parleyProcess[sample.query], process.found != sample.exactHits {
                problems.append("search: “\(sample.query)”: `parley search` printed \(process.found) hits, the same search in process found \(sample.exactHits)")
            }
            if let files = result.grepWholeWordFiles[sample.query], files > 0, sample.exactHits == 0 {
                problems.append("search: “\(sample.query)”: `grep -w` finds it in \(files) files, Parley finds nothing")
            }
        }
        if !samples.contains(where: { $0.kind != BenchQueries.Kind.noHits.rawValue && $0.exactHits > 0 }) {
            problems.append("search: no query found anything")
        }
        return problems
    }
}
