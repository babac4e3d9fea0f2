import ArgumentParser
import Foundation

/// `parley-bench generate`: writes a library of N interviews recombined from real text.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic library of N interviews (canonical files in OUTPUT/library, raw transcripts in OUTPUT/raw)."
    )

    @Option(help: "How many interviews.") var count: Int
    @Option(help: "The seed: the same seed and count give the same files.") var seed: UInt64 = BenchDefaults.seed
    @Option(help: "The folder to write (replaced).") var output: String
    @OptionGroup var sources: SourceOptions

    func run() throws {
        let material = try sources.loadMaterial()
        _ = try GeneratedLibrary.generate(count: count, seed: seed, material: material,
                                          into: URL(fileURLWithPath: output), log: { print($0) })
    }
}

/// Where the real text comes from.
struct SourceOptions: ParsableArguments {
    @Option(help: "The bundled library of canonical interviews.") var bundled: String = "data/interviews"
    @Option(help: "A folder of `**Name:**` podcast transcripts (searched recursively for .md files).")
    var transcripts: String = "../shared/corpus/changelog"

    func loadMaterial() throws -> CorpusMaterial {
        try CorpusMaterial.load(library: URL(fileURLWithPath: bundled), transcripts: URL(fileURLWithPath: transcripts))
    }
}

enum BenchDefaults {
    static let seed: UInt64 = 20_261_125
}
