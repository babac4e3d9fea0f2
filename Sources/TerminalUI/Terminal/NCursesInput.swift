import CNCurses

extension NCursesTerminal {
    /// Waits for a key, a mouse event or a resize. Escape sequences are decoded by curses
    /// (keypad mode, 25 ms escape delay); wide characters arrive whole via `wget_wch`.
    public func readEvent(timeoutMs: Int) -> InputEvent? {
        wtimeout(window, Int32(clamping: timeoutMs < 0 ? -1 : timeoutMs))
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if status == parley_key_code_yes() {
            return functionKey(Int32(bitPattern: code))
        }
        guard status != parley_err() else { return nil }
        return Key.decode(codePoint: UInt32(code)).map { .key($0) }
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
