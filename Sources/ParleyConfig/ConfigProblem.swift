/// Something in a config file that Parley could not use. Never fatal: what it concerns keeps
/// its default, and the rest of the file still applies.
public struct ConfigProblem: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line it is on, when it is on one (a file too large to read is not).
    public var line: Int?
    /// What is wrong and what was done instead, in words for the person who wrote the file.
    public var message: String

    public init(line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "line \($0): " + message } ?? message
    }

    /// The problem as compilers and linters print it, so editors can jump to it:
    /// `PATH:LINE: message`.
    public func located(in path: String) -> String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }
}
