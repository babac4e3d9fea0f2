/// Why the terminal could not be set up. The messages are meant for the user as is.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped or redirected).
    case notATerminal
    /// `TERM` is unset, `dumb`, or names a terminal without cursor addressing.
    case unsupportedTerminal(String)
    /// curses could not start (unknown `TERM`, missing terminfo entry…).
    case initialisationFailed(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "parley's reader needs an interactive terminal; standard input and output must not be redirected."
        case .unsupportedTerminal(let term):
            return "The terminal type '\(term)' cannot move the cursor, which the reader needs. Set TERM to your terminal (e.g. xterm-256color)."
        case .initialisationFailed(let term):
            return "Could not start the terminal screen for TERM='\(term)'. Is its terminfo entry installed? Try TERM=xterm-256color."
        }
    }
}
