import Foundation

/// What the reader reaches outside its screen: the clipboard (through the terminal) and the
/// desktop's opener. Each returns what it did, for the status bar. Tests pass their own.
public struct ReaderOutside: Sendable {
    public var copy: @Sendable (String) -> String
    public var open: @Sendable (String) -> String

    public init(copy: @escaping @Sendable (String) -> String, open: @escaping @Sendable (String) -> String) {
        self.copy = copy
        self.open = open
    }

    /// For a reader with no terminal or desktop (tests, the benchmark).
    public static let unavailable = ReaderOutside(copy: { _ in "No clipboard here" }, open: { url in "Nothing here opens \(url)" })

    /// The real ones: OSC 52 to the controlling terminal, `xdg-open` from the PATH.
    public static let system = ReaderOutside(copy: copyThroughTerminal, open: openWithDesktop)

    /// Sets the clipboard with OSC 52 (`ESC ] 52 ; c ; base64 BEL`), written to /dev/tty. A
    /// terminal that does not allow it ignores it, and nothing says so: the message says where
    /// the text went, and on what condition.
    static func copyThroughTerminal(_ text: String) -> String {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        let fd = Foundation.open("/dev/tty", O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return "Cannot reach the terminal to copy" }
        defer { close(fd) }
        let bytes = Array(sequence.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        return written == bytes.count ? "to the clipboard (OSC 52, where the terminal allows it)" : "Cannot write to the terminal to copy"
    }

    /// Opens `url` with `xdg-open`, not waiting for it.
    static func openWithDesktop(_ url: String) -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let opener = path.split(separator: ":").map({ "\($0)/xdg-open" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return "No xdg-open here to open \(url)"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            return "Opening \(url)"
        } catch {
            return "Cannot run xdg-open: \(error)"
        }
    }
}
