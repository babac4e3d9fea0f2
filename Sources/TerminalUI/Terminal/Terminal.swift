/// Where buffers are shown and input comes from.
///
/// Two implementations: ``NCursesTerminal`` for the real screen and ``MemoryTerminal`` for
/// tests. The controller's loop is: `let area = Rect(size: terminal.size)`, render widgets into a
/// `Buffer(size:)`, `terminal.draw(buffer)`, then `terminal.readEvent(timeoutMs:)`.
/// Calls must all come from one thread.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Shows a whole frame. Cells outside the terminal are ignored; parts of the terminal outside
    /// the buffer are cleared.
    func draw(_ buffer: Buffer)
    /// The next input event, waiting at most `timeoutMs` milliseconds (negative: wait forever).
    /// `nil` means the wait timed out.
    func readEvent(timeoutMs: Int) -> InputEvent?
    /// Waits for the next input event, or until `descriptor` becomes readable (finished work
    /// elsewhere wakes the caller). The default reads the next event and ignores `descriptor`.
    func nextEvent(wakingOn descriptor: Int32) -> TerminalWait
    /// Gives the terminal back to the shell (idempotent).
    func shutdown()
}

/// A terminal in memory for tests: fixed size, records every drawn frame, replays scripted
/// input. A scripted `.resize(size)` event also changes ``size`` when it is read, as a real
/// terminal would.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    /// Every buffer drawn, oldest first.
    public private(set) var frames: [Buffer] = []
    /// Events still to be read, first first.
    public var pendingEvents: [InputEvent]
    /// True once ``shutdown()`` was called.
    public private(set) var isShutDown = false

    public init(size: Size, events: [InputEvent] = []) {
        self.size = size
        self.pendingEvents = events
    }

    /// The last frame drawn.
    public var lastFrame: Buffer? { frames.last }

    public func draw(_ buffer: Buffer) {
        frames.append(buffer)
    }

    /// Pops the next scripted event; `nil` when the script is exhausted.
    public func readEvent(timeoutMs: Int) -> InputEvent? {
        guard !pendingEvents.isEmpty else { return nil }
        let event = pendingEvents.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public func shutdown() {
        isShutDown = true
    }
}

/// What waiting on a terminal and a wake-up descriptor brought.
public enum TerminalWait: Hashable, Sendable {
    case event(InputEvent)
    /// The wake-up descriptor became readable (work finished elsewhere).
    case woken
    /// Input has ended: no terminal is left to read from.
    case ended
}

extension Terminal {
    /// Waits for input. Terminals without a descriptor to wait on (scripted ones) read their
    /// next event and ignore `descriptor`.
    public func nextEvent(wakingOn descriptor: Int32) -> TerminalWait {
        readEvent(timeoutMs: -1).map(TerminalWait.event) ?? .ended
    }
}
