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
            // While a search or the refresh runs, input is read in short waits so that what they
            // bring shows as it comes.
            let awaiting = controller.isAwaitingBackgroundWork
            let event = terminal.readEvent(timeoutMs: awaiting ? backgroundPollMs : -1)
            // A blocking wait that returns nothing means input has ended (no terminal left).
            if event == nil, !awaiting { return }
            var changed = event.map { controller.handle($0) } ?? false
            if controller.receiveBackgroundWork() { changed = true }
            if changed { draw(controller, on: terminal) }
        }
    }

    /// How often the loop looks for background work's results while some runs.
    static let backgroundPollMs = 4

    static func draw(_ controller: ReaderController, on terminal: Terminal) {
        controller.rememberOffsets()
        terminal.draw(controller.frame())
    }
}
