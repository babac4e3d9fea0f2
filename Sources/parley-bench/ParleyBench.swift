import ArgumentParser

/// `parley-bench`: Parley's benchmarks, kept out of `swift test` because they take minutes and
/// their figures depend on the machine. `swift run -c release parley-bench run` reproduces
/// docs/PERFORMANCE.md.
@main
struct ParleyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley-bench",
        abstract: "Generate benchmark libraries and measure Parley against grep and sqlite3.",
        subcommands: [RunCommand.self, GenerateCommand.self, ProbeCommand.self, ImportReportCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
