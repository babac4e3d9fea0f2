#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output for a command that prints many lines (`parley list`): text gathered as
/// bytes and written 64 KB at a time, instead of going through `print` line by line (which
/// converts, locks and buffers each line again).
///
/// Whatever `print` left in the C library's buffer is flushed first, so the order of the output
/// is kept. A write that fails (a reader that closed the pipe) ends the writing quietly, as
/// `print` does; a closed pipe normally ends the process by `SIGPIPE` first.
struct OutputBuffer: ~Copyable {
    private var bytes: [UInt8] = []
    private var failed = false
    /// How much is gathered before it is written.
    static let capacity = 64 << 10

    init() {
        bytes.reserveCapacity(Self.capacity)
        // Every C stream, standard output among them (naming `stdout` is not concurrency-safe).
        fflush(nil)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= Self.capacity { flush() }
    }

    /// Writes everything gathered.
    mutating func flush() {
        if !failed { failed = !Self.writeAll(bytes) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes` to standard output, retrying partial writes and interruptions;
    /// false when a write fails.
    private static func writeAll(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    deinit {
        if !failed { _ = Self.writeAll(bytes) }
    }
}
