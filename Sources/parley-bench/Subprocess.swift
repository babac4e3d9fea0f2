import Foundation

/// Runs other programs (probes, grep, sqlite3) and times them from the parent's side.
enum Subprocess {
    struct Outcome {
        var output: Data
        var status: Int32
        var seconds: Double
        /// When `marker` was first seen on standard output, in seconds after the launch.
        var markerSeconds: Double?
    }

    static var selfExecutable: URL {
        Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }

    /// Runs a program to its end, reading its standard output as it comes; standard error goes
    /// to ours. `input` is written to its standard input; `environment` replaces ours when given.
    static func run(
        _ executable: URL, _ arguments: [String], input: String? = nil, marker: String? = nil, environment: [String: String]? = nil
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let output = Pipe()
        process.standardOutput = output
        let inputPipe = input.map { _ in Pipe() }
        if let inputPipe { process.standardInput = inputPipe } else { process.standardInput = FileHandle.nullDevice }
        let start = monotonicSeconds()
        try process.run()
        if let input, let inputPipe {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        var data = Data()
        var markerSeconds: Double?
        let markerBytes = marker.map { Data($0.utf8) }
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            data.append(chunk)
            if markerSeconds == nil, let markerBytes, data.range(of: markerBytes) != nil {
                markerSeconds = monotonicSeconds() - start
            }
        }
        // Timed to the end of its output, which its exit closes: `waitUntilExit` learns of the
        // exit on a later turn of Foundation's run loop, which added up to 50 ms to a 2 ms grep.
        let seconds = monotonicSeconds() - start
        process.waitUntilExit()
        return Outcome(output: data, status: process.terminationStatus, seconds: seconds, markerSeconds: markerSeconds)
    }

    /// Runs a probe of this executable and decodes the JSON of its last output line.
    static func probe<T: Decodable>(_ type: T.Type, _ arguments: [String], marker: String? = nil) throws -> (T, Outcome) {
        let outcome = try run(selfExecutable, ["probe"] + arguments, marker: marker)
        guard outcome.status == 0,
              let line = String(decoding: outcome.output, as: UTF8.self).split(separator: "\n").last else {
            throw BenchError("probe \(arguments.first ?? "") failed with status \(outcome.status)")
        }
        return (try JSONDecoder().decode(T.self, from: Data(line.utf8)), outcome)
    }
}
