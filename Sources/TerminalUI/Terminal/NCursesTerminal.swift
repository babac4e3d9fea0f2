import CNCurses

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real terminal, through ncurses.
///
/// Architecture: widgets render into a ``Buffer``; ``draw(_:)`` copies every cell of it into
/// curses' virtual screen and refreshes, and curses sends only what changed. So there is no
/// diffing here, and a frame is always complete. This file (with the other `NCurses*.swift`
/// files) is the only code that imports CNCurses.
///
/// Concurrency: `@unchecked Sendable` because curses is one global, non-thread-safe state; all
/// calls on this object must happen on one thread (the controller's loop). Nothing here is
/// shared across threads.
///
/// Restoring the terminal: ``shutdown()`` calls `endwin()`; so do an `atexit` hook and handlers
/// for SIGINT, SIGTERM and SIGHUP (which then exit with 128 + signal). SIGWINCH is left to
/// ncurses, which turns it into a resize event; SIGTSTP (Ctrl-Z) is also handled by ncurses.
public final class NCursesTerminal: Terminal, @unchecked Sendable {
    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let colorsEnabled: Bool
    /// Whether the terminal can show italics; emphasis is underlined where it cannot.
    let hasItalics: Bool
    var initialisedPairs: Set<Int16> = []
    private var isActive = true
    let ownsProcessTerminal: Bool

    /// Takes over the controlling terminal (standard input and output).
    ///
    /// - Parameters:
    ///   - colors: `nil` decides automatically (off when `NO_COLOR` is set or the terminal has no
    ///     colours); attributes (bold, underline, reverse) always mark focus and matches.
    ///   - mouse: report clicks and wheel scrolls (the terminal's own selection then needs Shift).
    /// - Throws: ``TerminalError`` when there is no usable terminal; never crashes.
    public convenience init(colors: Bool? = nil, mouse: Bool = true) throws {
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        guard !term.isEmpty, term != "dumb" else { throw TerminalError.unsupportedTerminal(term.isEmpty ? "(unset)" : term) }
        setlocale(LC_ALL, "")
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
            let screen = newterm(nil, output, input)
        else { throw TerminalError.initialisationFailed(term) }
        try self.init(screen: screen, term: term, colors: colors, mouse: mouse, ownsProcessTerminal: true)
    }

    /// A terminal writing to /dev/null at a fixed size, for tests of what lands in curses' cells.
    convenience init(headlessType type: String, size: Size) throws {
        setlocale(LC_ALL, "C.UTF-8")
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r"),
            let screen = newterm(type, output, input)
        else { throw TerminalError.initialisationFailed(type) }
        try self.init(screen: screen, term: type, colors: false, mouse: false, ownsProcessTerminal: false)
        resizeterm(Int32(size.height), Int32(size.width))
    }

    private init(screen: OpaquePointer, term: String, colors: Bool?, mouse: Bool, ownsProcessTerminal: Bool) throws {
        self.screen = screen
        set_term(screen)
        guard let window = parley_stdscr() else {
            endwin()
            delscreen(screen)
            throw TerminalError.initialisationFailed(term)
        }
        self.window = window
        self.ownsProcessTerminal = ownsProcessTerminal
        // Cursor addressing is the minimum; without it curses would scroll garbage.
        if ownsProcessTerminal, Self.cursorAddressingMissing() {
            endwin()
            delscreen(screen)
            throw TerminalError.unsupportedTerminal(term)
        }
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        parley_set_escdelay(25)
        curs_set(0)
        colorsEnabled = Self.setUpColors(requested: colors)
        hasItalics = parley_has_italics() != 0
        if mouse {
            mousemask(parley_button1_pressed() | parley_button1_click() | parley_button4_pressed() | parley_button5_pressed(), nil)
            mouseinterval(0)
        }
        if ownsProcessTerminal { TerminalRestore.install() }
    }

    deinit {
        shutdown()
    }

    public var size: Size {
        Size(width: Int(parley_getmaxx(window)), height: Int(parley_getmaxy(window)))
    }

    public func shutdown() {
        guard isActive else { return }
        isActive = false
        endwin()
        if ownsProcessTerminal {
            TerminalRestore.uninstall()
        } else {
            delscreen(screen)
        }
    }

    /// Colours are used when asked for (or, by default, unless `NO_COLOR` is set) and the terminal
    /// has at least 8 colours and enough pairs for every fg/bg combination.
    private static func setUpColors(requested: Bool?) -> Bool {
        let noColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        let wanted = requested ?? !noColor
        guard wanted, has_colors() else { return false }
        guard start_color() != parley_err(), parley_colors() >= 8, parley_color_pairs() > 81 else { return false }
        if use_default_colors() == parley_err() {
            assume_default_colors(Int32(COLOR_WHITE), Int32(COLOR_BLACK))
        }
        return true
    }

    /// True when the terminal has no cursor-addressing capability.
    private static func cursorAddressingMissing() -> Bool {
        let cup = tigetstr("cup")
        guard let cup else { return true }
        // tigetstr returns (char*)-1 for "not a string capability".
        return Int(bitPattern: cup) == -1
    }
}
