import TerminalUI

/// Renders into a fresh buffer of `width`×`height` and returns it.
func rendered(_ width: Int, _ height: Int, _ draw: (inout Buffer, Rect) -> Void) -> Buffer {
    var buffer = Buffer(width: width, height: height)
    draw(&buffer, buffer.area)
    return buffer
}
