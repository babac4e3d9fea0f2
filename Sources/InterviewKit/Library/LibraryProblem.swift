import Foundation

/// Something wrong with one file of a library; the rest loads regardless.
///
/// A typed value — which file, which line, what kind of problem — rather than a sentence, so
/// that `Library` and the search index report the same problem with the same words: both make
/// these, and ``description`` is the one place they are worded. The index keeps them as JSON.
public struct LibraryProblem: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file's path.
    public var file: String
    /// 1-based line the problem is on (1 when it is about the whole file; not shown for
    /// `.invalid`, which is about the interview the file holds rather than a line of it).
    public var line: Int
    public var kind: Kind

    public enum Kind: Hashable, Sendable, Codable {
        /// The file does not follow the canonical format; the text says what was expected.
        case malformed(String)
        /// The file could not be read at all; the text says why.
        case unreadable(String)
        /// The interview's id is taken by an earlier file (by name order), which is kept.
        case duplicateID(String, firstFile: String)
        /// The file reads, but its interview breaks a rule of the model (`Interview.validate()`).
        case invalid(String)
    }

    public init(file: String, line: Int, kind: Kind) {
        self.file = file
        self.line = line
        self.kind = kind
    }

    /// The problem a failed read of `file` stands for: a `FormatError` keeps its line and
    /// message; anything else is a file that could not be read, said without Foundation's codes.
    public init(_ error: Error, file: URL) {
        if let error = error as? FormatError {
            self.init(file: error.file ?? file.path, line: error.line, kind: .malformed(error.message))
        } else {
            self.init(file: file.path, line: 1, kind: .unreadable(PlainReason.of(error)))
        }
    }

    /// `file:line: what is wrong`, the form `parley check` promises.
    public var description: String {
        switch kind {
        case .malformed(let message): "\(file):\(line): \(message)"
        case .unreadable(let reason): "\(file):\(line): cannot be read: \(reason)"
        case .duplicateID(let id, let first): "\(file):\(line): id `\(id)` is already used by \(first); this file is left out"
        case .invalid(let rule): "\(file): \(rule)"
        }
    }
}
