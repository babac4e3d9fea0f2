import CNCurses

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension NCursesTerminal {
    /// Waits for a key, a mouse event or a resize. Escape sequences are decoded by curses
    /// (keypad mode, 25 ms escape delay); wide characters arrive whole via `wget_wch`.
    ///
    /// Waits in short slices rather than one blocking read: SIGWINCH may be delivered to another
    /// thread of the process, which leaves a blocked read uninterrupted, so a resize would only
    /// show on the next key. Between slices curses checks for a pending resize. Returns `nil`
    /// when `timeoutMs` passes, or when input has ended (the terminal is gone and every read
    /// fails at once).
    public func readEvent(timeoutMs: Int) -> InputEvent? {
        let slice: Int32 = 100
        let start = Self.milliseconds()
        var immediateFailures = 0
        while true {
            let elapsed = Self.milliseconds() - start
            if timeoutMs >= 0, elapsed >= timeoutMs { return nil }
            wtimeout(window, timeoutMs < 0 ? slice : Int32(clamping: min(Int(slice), timeoutMs - elapsed)))
            let before = Self.milliseconds()
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == parley_key_code_yes() {
                if let event = functionKey(Int32(bitPattern: code)) { return event }
                continue
            }
            if status == parley_err() {
                // A read that fails without waiting, again and again, means no terminal is left.
                immediateFailures = Self.milliseconds() - before < 5 ? immediateFailures + 1 : 0
                if immediateFailures > 50 { return nil }
                continue
            }
            if let key = Key.decode(codePoint: UInt32(code)) { return .key(key) }
        }
    }

    private static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case parley_key_resize(): return .resize(size)
        case parley_key_mouse(): return mouseEvent()
        case parley_key_up(): return .key(.up)
        case parley_key_down(): return .key(.down)
        case parley_key_left(): return .key(.left)
        case parley_key_right(): return .key(.right)
        case parley_key_home(): return .key(.home)
        case parley_key_end(): return .key(.end)
        case parley_key_ppage(): return .key(.pageUp)
        case parley_key_npage(): return .key(.pageDown)
        case parley_key_enter(): return .key(.enter)
        case parley_key_backspace(): return .key(.backspace)
        case parley_key_dc(): return .key(.delete)
        case parley_key_btab(): return .key(.backTab)
        default:
            let f0 = parley_key_f(0)
            if code > f0, code <= f0 + 63 { return .key(.function(Int(code - f0))) }
            return nil
        }
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) != parley_err() else { return nil }
        let x = Int(event.x)
        let y = Int(event.y)
        if event.bstate & parley_button4_pressed() != 0 { return .mouse(x: x, y: y, kind: .wheelUp) }
        if event.bstate & parley_button5_pressed() != 0 { return .mouse(x: x, y: y, kind: .wheelDown) }
        if event.bstate & (parley_button1_pressed() | parley_button1_click()) != 0 {
            return .mouse(x: x, y: y, kind: .click)
        }
        return nil
    }
}
