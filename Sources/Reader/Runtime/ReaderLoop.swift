import TerminalUI

/// The reader's main loop: draw the state, wait for input or for finished work, take it in,
/// draw again. It sleeps until one of the two comes: no polling interval.
public enum ReaderLoop {
    /// Runs until the reader quits or input ends. The caller owns the terminal and shuts it down.
    public static func run(_ reader: ReaderRuntime, on terminal: Terminal) {
        if terminal.size != reader.state.size {
            reader.send(.action(.resize(width: terminal.size.width, height: terminal.size.height)))
        }
        reader.receiveMessages()
        terminal.draw(reader.frame())
        while !reader.state.isFinished {
            var changed = false
            switch terminal.nextEvent(wakingOn: reader.mailbox.descriptor) {
            case .event(let event): changed = reader.handle(event)
            case .woken: break
            case .ended: return
            }
            if reader.receiveMessages() { changed = true }
            if changed { terminal.draw(reader.frame()) }
        }
    }
}
