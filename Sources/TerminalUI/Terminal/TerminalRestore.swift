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
/// The `struct sigaction` type; its name alone is ambiguous with the function in Swift.
typealias SignalAction = sigaction

enum TerminalRestore {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Set while curses owns the terminal; read by the signal handler and the atexit hook.
    /// `nonisolated(unsafe)`: a single word written only on the curses thread before handlers
    /// can fire, and only read afterwards.
    nonisolated(unsafe) static var active = false
    nonisolated(unsafe) static var atexitInstalled = false

    /// Crashes the runtime reports (a trap from a failed precondition, a bad access, an abort).
    /// Their handler gives the terminal back, then hands the signal to whoever handled it
    /// before (Swift's backtracer), which now prints onto a usable screen.
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]

    /// The handlers in place before ours, by signal number; filled before any handler can run.
    nonisolated(unsafe) static var previousActions = [SignalAction](repeating: SignalAction(), count: 65)

    static func install() {
        active = true
        for signal in signals {
            installHandler(signal)
        }
        for signal in crashSignals {
            installCrashHandler(signal)
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
        for sig in crashSignals {
            var previous = previousActions[Int(sig)]
            sigaction(sig, &previous, nil)
        }
    }

    private static func installCrashHandler(_ sig: Int32) {
        var action = SignalAction()
        action.__sigaction_handler.sa_handler = { received in
            if TerminalRestore.active {
                TerminalRestore.active = false
                endwin()
            }
            // Put the earlier handler back and raise the signal again, so it ends the process
            // as it would have (with Swift's backtrace), whether it came from a fault or a kill.
            var previous = TerminalRestore.previousActions[Int(received)]
            sigaction(received, &previous, nil)
            raise(received)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var previous = SignalAction()
        sigaction(sig, &action, &previous)
        previousActions[Int(sig)] = previous
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
