#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension NCursesTerminal {
    /// Waits for input or for `descriptor` to become readable, whichever comes first, with no
    /// timer in between: `poll` on both.
    ///
    /// Curses may hold bytes it has already read, so it is asked first (without waiting). The
    /// wait is cut into 100 ms slices only because SIGWINCH may reach another thread and leave
    /// `poll` asleep; curses reports a pending resize on the next read.
    public func nextEvent(wakingOn descriptor: Int32) -> TerminalWait {
        guard ownsProcessTerminal else { return readEvent(timeoutMs: -1).map(TerminalWait.event) ?? .ended }
        var hangups = 0
        while true {
            if let event = readEvent(timeoutMs: 1) { return .event(event) }
            var entries = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
            guard poll(&entries, 2, 100) > 0 else { continue }
            if entries[1].revents & Int16(POLLIN) != 0 { return .woken }
            // A terminal that is gone reports a hang-up at once, again and again.
            if entries[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                hangups += 1
                if hangups > 50 { return .ended }
            }
        }
    }
}
