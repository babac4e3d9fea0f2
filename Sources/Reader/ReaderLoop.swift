import TerminalUI

/// The reader's main loop: draw the state, wait for input, apply it, draw again.
public enum ReaderLoop {
    /// Runs until the reader quits or input ends. The caller owns the terminal and shuts it down.
    public static func run(_ controller: ReaderController, on terminal: Terminal) {
        if terminal.size != controller.state.size {
            controller.apply(.resize(width: terminal.size.width, height: terminal.size.height))
        }
        draw(controller, on: terminal)
        while !controller.state.isFinished {
            // While a search runs, input is read in short waits so its hits show as they come.
            let awaitingSearch = controller.isAwaitingSearch
            let event = terminal.readEvent(timeoutMs: awaitingSearch ? searchPollMs : -1)
            // A blocking wait that returns nothing means input has ended (no terminal left).
            if event == nil, !awaitingSearch { return }
            var changed = event.map { controller.handle($0) } ?? false
            if controller.receiveSearchResults() { changed = true }
            if changed { draw(controller, on: terminal) }
        }
    }

    /// How often the loop looks for a background search's hits while one runs.
    static let searchPollMs = 4

    static func draw(_ controller: ReaderController, on terminal: Terminal) {
        controller.rememberOffsets()
        terminal.draw(controller.frame())
    }
}
