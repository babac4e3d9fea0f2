import Foundation
import Synchronization

/// Where finished work leaves its messages for the reader's loop.
///
/// Thread-safe: effects post from any task. Each post also writes a byte to a pipe, so the loop
/// can wait on the terminal's input and on this descriptor at once (`poll`), without a timer.
public final class Mailbox: Sendable {
    private let messages = Mutex<[ReaderMessage]>([])
    /// Read end (the loop waits on it) and write end (posts wake it).
    private let pipeEnds: (read: Int32, write: Int32)

    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        }
        pipeEnds = (ends[0], ends[1])
    }

    deinit {
        close(pipeEnds.read)
        close(pipeEnds.write)
    }

    /// Readable whenever a message is waiting.
    public var descriptor: Int32 { pipeEnds.read }

    public func post(_ message: ReaderMessage) {
        messages.withLock { $0.append(message) }
        var byte: UInt8 = 1
        _ = write(pipeEnds.write, &byte, 1)
    }

    /// Every message waiting, oldest first.
    public func takeAll() -> [ReaderMessage] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(pipeEnds.read, &buffer, buffer.count) > 0 {}
        return messages.withLock { taken in
            defer { taken = [] }
            return taken
        }
    }

    /// Waits until a message is waiting or `milliseconds` pass (negative: no limit); returns
    /// whether one is waiting.
    @discardableResult
    public func wait(milliseconds: Int) -> Bool {
        if messages.withLock({ !$0.isEmpty }) { return true }
        var entry = pollfd(fd: pipeEnds.read, events: Int16(POLLIN), revents: 0)
        _ = poll(&entry, 1, Int32(clamping: milliseconds))
        return messages.withLock { !$0.isEmpty }
    }
}
