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
            // A blocking wait that returns nothing means input has ended (no terminal left).
            guard let event = terminal.readEvent(timeoutMs: -1) else { return }
            if controller.handle(event) { draw(controller, on: terminal) }
        }
    }

    static func draw(_ controller: ReaderController, on terminal: Terminal) {
        controller.rememberOffsets()
        terminal.draw(controller.frame())
    }
}
