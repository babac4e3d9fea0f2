import Foundation
import Testing

/// `y` and `o` in a real terminal: what the reader hands the clipboard and the desktop's
/// opener, and what the status bar says of it. The opener is a stub `xdg-open` first on the
/// PATH that writes the address it was given to a file.
@Suite("Reader copying and opening in a real terminal", .serialized,
       .enabled(if: TerminalAvailability.canRunReader, "tmux is missing: end-to-end reader tests skipped"))
struct ReaderOutsideEndToEndTests {
    typealias Sandbox = ReaderEndToEndTests.Sandbox

    static func text(_ screen: [String]) -> String { ReaderEndToEndTests.text(screen) }

    static let interview = """
        ---
        id: linked
        title: Linked notes
        date: '2024'
        media: https://example.org/talk.mp3
        speakers:
        - {id: ann, name: Ann Asker, role: interviewer}
        - {id: bo, name: Bo Écrivain, role: interviewee}
        ---

        ## Where are the notes?

        **Bo Écrivain:** Nowhere yet, sorry.

        **Bo Écrivain:** See [the notes](https://example.org/notes) for the rest.

        """

    /// A sandbox whose library is `interview` and whose PATH starts with a stub `xdg-open`
    /// writing its argument to the returned file.
    static func sandbox() throws -> (Sandbox, opened: URL) {
        let sandbox = Sandbox()
        let library = sandbox.root.appendingPathComponent("library")
        let bin = sandbox.root.appendingPathComponent("bin")
        for folder in [library, bin] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try interview.write(to: library.appendingPathComponent("linked.md"), atomically: true, encoding: .utf8)
        let opened = sandbox.root.appendingPathComponent("opened.txt")
        let opener = bin.appendingPathComponent("xdg-open")
        try "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '\(opened.path)'\n".write(to: opener, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: opener.path)
        sandbox.library = library
        sandbox.extra = ["PATH": bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
        return (sandbox, opened)
    }

    static func lines(of file: URL) -> [String] {
        ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    @Test func oOpensTheAnswersLinkElseTheMediaAndSaysWhat() throws {
        let (sandbox, opened) = try Self.sandbox()
        let tmux = try sandbox.start(width: 100, height: 24)
        try tmux.waitForLibrary()
        try tmux.send("Enter", "Enter")
        try tmux.waitUntil { Self.text($0).contains("▸ Bo Écrivain") }
        try tmux.send("o")
        let media = try tmux.waitUntil { Self.text($0).contains("Opening https://example.org/talk.mp3") }
        #expect(Self.text(media).contains("Opening https://example.org/talk.mp3"), "the first answer has no link: the media")
        try tmux.waitUntil { _ in Self.lines(of: opened) == ["https://example.org/talk.mp3"] }
        try tmux.send("}", "o")
        try tmux.waitUntil { Self.text($0).contains("Opening https://example.org/notes") }
        try tmux.waitUntil { _ in Self.lines(of: opened).count == 2 }
        #expect(Self.lines(of: opened) == ["https://example.org/talk.mp3", "https://example.org/notes"])
        try tmux.send("Q")
    }

    @Test func yCopiesTheAnswerAndSaysWhereItWent() throws {
        let (sandbox, _) = try Self.sandbox()
        let tmux = try sandbox.start(width: 120, height: 24)
        try tmux.waitForLibrary()
        try tmux.send("Enter", "Enter", "}", "y")
        let screen = try tmux.waitUntil { Self.text($0).contains("Copied") }
        #expect(Self.text(screen).contains("Copied Bo Écrivain’s answer with its citation to the clipboard (OSC 52"))
        try tmux.send("Q")
    }
}
