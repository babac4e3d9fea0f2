import Foundation

/// What each probe process prints as its last line of standard output (JSON), for `run` to
/// collect. Probes run in their own processes so each peak-memory figure is that task's alone.
struct ImportProbeResult: Codable {
    var files: Int
    var bytes: Int
    var seconds: Double
    var exchanges: Int
    var failures: Int
    var peakMB: Double
}

struct IndexProbeResult: Codable {
    var files: Int
    var bytes: Int
    var firstBuildSeconds: Double
    /// `update()` after changing the words of one file (it is read, parsed and re-indexed).
    var changedFileSeconds: Double
    /// `update()` after only touching one file's time (read and hashed, found the same).
    var touchedFileSeconds: Double
    /// `update()` with nothing changed: what a warm start pays.
    var noChangeSeconds: Double
    var peakMB: Double
}

struct ReaderProbeResult: Codable {
    /// From the probe's first instruction to the first frame drawn, and its parts.
    var startToFrameSeconds: Double
    var openIndexSeconds: Double
    /// The reader made → the first frame showing the library brought up to date (the update
    /// of a warm index, run in the background).
    var updateSeconds: Double
    var controllerSeconds: Double
    var firstDrawSeconds: Double
    /// Keystroke → frame, seconds, by what the key did.
    var keys: [String: [Double]]
    var interviews: Int
    var peakMB: Double
}

struct SearchProbeResult: Codable {
    struct Sample: Codable {
        var query: String
        var kind: String
        /// Hits of the quick and of the exact ranking: the same number, or the search is broken.
        var hits: Int
        var exactHits: Int
        /// `.quick` ranking: the first hits, as the reader shows them.
        var seconds: [Double]
        /// `.exact` ranking: every match ranked, as `parley search` and the reader's refinement do.
        var exactSeconds: [Double]
    }
    var samples: [Sample]
    var peakMB: Double
}

/// Prints a probe's result as one JSON line.
func emit<T: Encodable>(_ result: T) throws {
    let data = try JSONEncoder().encode(result)
    FileHandle.standardOutput.write(data + Data("\n".utf8))
}
