import Foundation
import InterviewKit

/// Reads and writes `ReaderMemory` as JSON: `$XDG_STATE_HOME/parley/state.json`.
///
/// Written whole through `AtomicFile`, so a crash leaves the old file or the new one. A file
/// that cannot be read as reader state is not overwritten silently: it is renamed aside
/// (`state.json.corrupt-…`) and the reader says so and starts afresh.
public enum ReaderMemoryFile {
    public static func defaultURL(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        XDG.stateHome(environment).appendingPathComponent("parley").appendingPathComponent("state.json")
    }

    /// What loading found.
    public struct Loaded: Sendable {
        public var memory = ReaderMemory()
        /// Said in the status bar: the file was unreadable (and set aside).
        public var notice: String?
        /// False when an unreadable file could not be set aside: saving would overwrite it.
        public var canSave = true
    }

    /// The memory in `url` (empty when there is no file yet).
    public static func load(_ url: URL) -> Loaded {
        guard FileManager.default.fileExists(atPath: url.path) else { return Loaded() }
        do {
            let data = try Data(contentsOf: url)
            return Loaded(memory: try JSONDecoder().decode(ReaderMemory.self, from: data))
        } catch {
            let aside = url.deletingLastPathComponent()
                .appendingPathComponent(url.lastPathComponent + ".corrupt-\(Int(Date().timeIntervalSince1970))")
            do {
                try FileManager.default.moveItem(at: url, to: aside)
                return Loaded(notice: "Reading positions in \(url.lastPathComponent) could not be read (\(PlainReason.of(error))); set aside as \(aside.lastPathComponent)")
            } catch let moveError {
                return Loaded(notice: "Reading positions in \(url.path) could not be read, nor set aside (\(PlainReason.of(moveError))); they will not be saved",
                              canSave: false)
            }
        }
    }

    public static func save(_ memory: ReaderMemory, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(memory), to: url)
    }
}
