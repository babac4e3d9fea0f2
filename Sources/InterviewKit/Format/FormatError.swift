/// A canonical file that does not follow the grammar in docs/FORMAT.md.
///
/// It names the file, the line and what was expected there, so that a person can open the file
/// at that line and fix it.
public struct FormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's path, when the text came from a file.
    public var file: String?
    /// 1-based line number in the file.
    public var line: Int
    public var message: String

    public init(file: String? = nil, line: Int, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(file ?? "<input>"):\(line): \(message)"
    }
}
