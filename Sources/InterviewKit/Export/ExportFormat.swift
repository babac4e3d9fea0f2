import Foundation

/// The formats quotes are exported in, and how each one is written and read back: reading back
/// is only ever for the ids already in a file, so that exporting into it again appends what is
/// new and leaves every byte already there as it is.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// A quote block per answer, for a notes vault (Obsidian, Logseq, Readwise-style).
    case markdown
    /// JSON Lines: one object per quote and line.
    case json
    /// RFC 4180 CSV with a header row.
    case csv

    /// The text for `entries` as a new file (`header`) or as an addition to one.
    public func render(_ entries: [ExportEntry], header: Bool) throws -> String {
        switch self {
        case .markdown: MarkdownExport.render(entries)
        case .json: try JSONExport.render(entries)
        case .csv: CSVExport.render(entries, header: header)
        }
    }

    /// The ids of the quotes a file in this format already holds.
    public func ids(in text: String) -> Set<String> {
        switch self {
        case .markdown: MarkdownExport.ids(in: text)
        case .json: JSONExport.ids(in: text)
        case .csv: CSVExport.ids(in: text)
        }
    }
}

/// Writing an export into a file, Snipd's way: a file that exists is never rewritten, only
/// appended to, and only with the quotes it does not hold yet (by id), so whatever the user
/// edited or added in it stays as it is.
public enum ExportFile {
    /// What an export into a file did.
    public struct Outcome: Equatable, Sendable {
        /// Quotes appended (or written, for a new file).
        public var written: Int
        /// Quotes the file held already, left as they were.
        public var alreadyThere: Int
    }

    /// Appends to `url` (creating it when missing) the entries it does not hold yet.
    public static func write(_ entries: [ExportEntry], format: ExportFormat, to url: URL) throws -> Outcome {
        let existing = try read(url)
        let held = existing.map(format.ids(in:)) ?? []
        let new = entries.filter { !held.contains($0.id) }
        guard !new.isEmpty else { return Outcome(written: 0, alreadyThere: entries.count) }
        var text = try format.render(new, header: existing?.isEmpty ?? true)
        if let existing, !existing.isEmpty {
            // New quotes start on a line of their own, after a blank line in Markdown.
            let separator = format == .markdown ? "\n\n" : "\n"
            let trailing = existing.reversed().prefix { $0 == "\n" }.count
            text = String(repeating: "\n", count: max(0, separator.count - trailing)) + text
        }
        try append(Data(text.utf8), to: url)
        return Outcome(written: new.count, alreadyThere: entries.count - new.count)
    }

    /// The file's text, or `nil` when there is no file yet.
    private static func read(_ url: URL) throws -> String? {
        do {
            return String(decoding: try BoundedFile.read(url.path, limit: maximumSize), as: UTF8.self)
        } catch .missing {
            return nil
        } catch .tooLarge(let bytes) {
            throw ExportFailure(path: url.path, reason: "it is \(BoundedFile.size(bytes, over: maximumSize)), and an export appends only to files of at most \(maximumSize >> 20) MB (it reads them whole for what they hold); nothing was written to it, so export into a new file")
        } catch {
            throw ExportFailure(path: url.path, reason: error.reason + "; nothing was written to it")
        }
    }

    /// The largest file exported into: the export reads it whole to find its ids.
    public static let maximumSize = 64 << 20

    /// Appends with `O_APPEND`, so bytes already in the file are never rewritten, even when
    /// another program writes it at the same time.
    private static func append(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ExportFailure(path: url.path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw ExportFailure(path: url.path, reason: String(cString: strerror(errno)) + "; the file may end in a partly written quote")
                }
                offset += written
            }
        }
    }
}

/// A file an export could not read or write, and why.
public struct ExportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
