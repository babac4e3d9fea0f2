import Foundation
import InterviewKit

/// A generated library on disk: `library/` holds the canonical files, `raw/` the same
/// interviews as raw transcripts, and `manifest.json` says what was generated, so a later run
/// with the same count and seed reuses the folder instead of writing 300 MB again.
struct GeneratedLibrary: Codable, Equatable {
    var count: Int
    var seed: UInt64
    /// Bytes of canonical files and of raw transcripts.
    var libraryBytes: Int
    var rawBytes: Int
    /// Bumped when the generator changes what it writes.
    var generatorVersion: Int

    static let currentVersion = 1

    static func libraryFolder(in root: URL) -> URL { root.appendingPathComponent("library") }
    static func rawFolder(in root: URL) -> URL { root.appendingPathComponent("raw") }
    static func manifestFile(in root: URL) -> URL { root.appendingPathComponent("manifest.json") }

    static func existing(in root: URL) -> GeneratedLibrary? {
        guard let data = try? Data(contentsOf: manifestFile(in: root)) else { return nil }
        return try? JSONDecoder().decode(GeneratedLibrary.self, from: data)
    }

    /// Writes `count` interviews into `root`, replacing whatever was there; both cores share the
    /// work (each interview depends only on its number, so the order of writing does not matter).
    static func generate(count: Int, seed: UInt64, material: CorpusMaterial, into root: URL,
                         log: (String) -> Void) throws -> GeneratedLibrary {
        let library = libraryFolder(in: root)
        let raw = rawFolder(in: root)
        for folder in [library, raw] {
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try? FileManager.default.removeItem(at: manifestFile(in: root))
        let generator = CorpusGenerator(material: material, seed: seed)
        let totals = Totals()
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for number in stride(from: worker, to: count, by: workers) {
                let interview = generator.interview(number)
                let canonical = Data(InterviewFormat.write(interview).utf8)
                let transcript = Data(CorpusGenerator.rawTranscript(of: interview).utf8)
                do {
                    try canonical.write(to: library.appendingPathComponent("\(interview.id).\(InterviewFormat.fileExtension)"))
                    try transcript.write(to: raw.appendingPathComponent("\(interview.id).txt"))
                    totals.add(canonical.count, transcript.count)
                } catch {
                    totals.fail("\(error)")
                }
            }
        }
        if let failure = totals.failure { throw BenchError("cannot write the generated library: \(failure)") }
        let manifest = GeneratedLibrary(count: count, seed: seed, libraryBytes: totals.library, rawBytes: totals.raw,
                                        generatorVersion: currentVersion)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(manifest).write(to: manifestFile(in: root))
        log("generated \(count) interviews: \(megabytes(totals.library)) MB canonical, \(megabytes(totals.raw)) MB raw")
        return manifest
    }
}

/// Byte counts added from several threads.
private final class Totals: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var library = 0
    private(set) var raw = 0
    private(set) var failure: String?

    func add(_ libraryBytes: Int, _ rawBytes: Int) {
        lock.withLock {
            library += libraryBytes
            raw += rawBytes
        }
    }

    func fail(_ message: String) {
        lock.withLock { failure = failure ?? message }
    }
}

func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f", Double(bytes) / 1_000_000)
}
