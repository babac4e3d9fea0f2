import Testing
import TerminalUI

@Suite struct InputTests {
    @Test(arguments: [
        (UInt32(9), Key.tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace),
        (4, .ctrl("d")), (1, .ctrl("a")), (26, .ctrl("z")), (0, .ctrl("@")), (31, .ctrl("_")),
        (0x71, .char("q")), (0x20, .char(" ")), (0x65E5, .char("日")), (0x1F642, .char("🙂")),
    ])
    func decodesCharacterCodes(code: UInt32, key: Key) {
        #expect(Key.decode(codePoint: code) == key)
    }

    @Test func rejectsCodesThatAreNotCharacters() {
        #expect(Key.decode(codePoint: 0xD800) == nil)
        #expect(Key.decode(codePoint: 0x9B) == nil)
    }

    @Test func memoryTerminalReplaysEventsAndRecordsFrames() {
        let terminal = MemoryTerminal(
            size: Size(width: 20, height: 5),
            events: [.key(.char("j")), .resize(Size(width: 30, height: 8)), .mouse(x: 3, y: 2, kind: .wheelDown)])
        #expect(terminal.readEvent(timeoutMs: 0) == .key(.char("j")))
        #expect(terminal.size == Size(width: 20, height: 5))
        #expect(terminal.readEvent(timeoutMs: 0) == .resize(Size(width: 30, height: 8)))
        #expect(terminal.size == Size(width: 30, height: 8))
        #expect(terminal.readEvent(timeoutMs: -1) == .mouse(x: 3, y: 2, kind: .wheelDown))
        #expect(terminal.readEvent(timeoutMs: 10) == nil)
        var frame = Buffer(size: terminal.size)
        StatusBar(left: "hi").render(into: &frame, area: frame.area)
        terminal.draw(frame)
        #expect(terminal.frames.count == 1)
        #expect(terminal.lastFrame?.lines()[0].hasPrefix("hi ") == true)
        terminal.shutdown()
        #expect(terminal.isShutDown)
    }
}
