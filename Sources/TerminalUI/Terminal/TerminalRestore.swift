import CNCurses

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts the terminal back to normal however the process ends.
///
/// Why: a reader killed mid-screen would leave the shell without echo, in the alternate screen,
/// with mouse reporting on. `endwin()` undoes all of that. It runs from `shutdown()`, from an
/// `atexit` hook (an `exit()` anywhere), and from handlers for SIGINT, SIGTERM and SIGHUP, which
/// then leave with the conventional status 128 + signal. `endwin` is not formally
/// async-signal-safe; it is what curses programs do in practice, and the process exits right after.
enum TerminalRestore {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Set while curses owns the terminal; read by the signal handler and the atexit hook.
    /// `nonisolated(unsafe)`: a single word written only on the curses thread before handlers
    /// can fire, and only read afterwards.
    nonisolated(unsafe) static var active = false
    nonisolated(unsafe) static var atexitInstalled = false

    static func install() {
        active = true
        for signal in signals {
            installHandler(signal)
        }
        if !atexitInstalled {
            atexitInstalled = true
            atexit {
                if TerminalRestore.active {
                    TerminalRestore.active = false
                    endwin()
                }
            }
        }
    }

    static func uninstall() {
        active = false
        for sig in signals {
            signal(sig, SIG_DFL)
        }
    }

    private static func installHandler(_ sig: Int32) {
        signal(sig) { received in
            if TerminalRestore.active {
                TerminalRestore.active = false
                endwin()
            }
            _exit(128 + received)
        }
    }
}
