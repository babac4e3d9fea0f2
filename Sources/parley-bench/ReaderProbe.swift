import ArgumentParser
import Foundation
import InterviewKit
import Reader
import TerminalUI

/// The reader started on a warm index, headless: the same start-up as `parley read`, the real
/// `ReaderLoop`, drawing into memory. Prints `first-frame` as soon as the first frame is drawn
/// (so `run` can time the whole process start), then plays a script of keys and reports how
/// long each took to give its frame.
struct ReaderProbe: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reader")

    @OptionGroup var folders: ProbeFolders
    @Option(help: "Interviews opened and scrolled through by the script.") var opens: Int = 20

    func run() throws {
        let start = monotonicSeconds()
        let (index, openSeconds) = try timed { try SearchIndex.open(libraryFolder: folders.libraryURL, cacheDirectory: folders.cacheURL) }
        let bookmarks = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(getpid())-bookmarks.json")
        defer { try? FileManager.default.removeItem(at: bookmarks) }
        let size = Size(width: 120, height: 40)
        let controllerStart = monotonicSeconds()
        let (controller, controllerSeconds) = timed {
            ReaderRuntime(library: IndexedLibrary(index: index, name: folders.libraryURL.lastPathComponent),
                          bookmarks: BookmarkStore(url: bookmarks), size: size, background: true, refresh: true)
        }
        let terminal = TimingTerminal(size: size, script: Self.script(interviews: controller.state.library.interviews.count, opens: opens))
        // Keys wait for the refresh (timed as `update`), then for each query's first hits, and
        // an opened interview is timed to the frame that shows it.
        terminal.awaitingFirstResults = { controller.state.search.progress == .searching }
        terminal.refreshing = { controller.state.library.isRefreshing }
        terminal.loading = { controller.isOpening }
        terminal.onFirstFrame = {
            FileHandle.standardOutput.write(Data("first-frame\n".utf8))
        }
        let drawStart = monotonicSeconds()
        controller.awaitRefresh(upTo: ReaderRuntime.refreshWait)
        ReaderLoop.run(controller, on: terminal)
        guard let firstFrame = terminal.firstFrameAt, let refreshed = terminal.refreshedAt else {
            throw BenchError("the reader drew no frame, or none after its refresh")
        }
        let updateSeconds = refreshed - controllerStart
        try emit(ReaderProbeResult(
            startToFrameSeconds: firstFrame - start, openIndexSeconds: openSeconds, updateSeconds: updateSeconds,
            controllerSeconds: controllerSeconds, firstDrawSeconds: firstFrame - drawStart, keys: terminal.samples,
            interviews: controller.state.library.interviews.count, peakMB: peakMemoryMB()))
    }

    /// Moving through the list, opening interviews spread over the library and scrolling
    /// through them, then typing searches letter by letter.
    static func script(interviews: Int, opens: Int) -> [(InputEvent, String)] {
        var script: [(InputEvent, String)] = []
        func keys(_ key: Key, _ times: Int, _ label: String) {
            script += Array(repeating: (InputEvent.key(key), label), count: times)
        }
        keys(.down, 100, "move")
        keys(.char("g"), 1, "move")
        let stride = max(1, interviews / max(1, opens))
        for _ in 0..<min(opens, interviews) {
            keys(.enter, 1, "open")
            keys(.enter, 1, "open")
            keys(.char("j"), 10, "scroll")
            keys(.pageDown, 3, "scroll")
            keys(.escape, 2, "back")
            keys(.down, stride, "move")
        }
        keys(.char("/"), 1, "search")
        for word in [BenchQueries.commonWord] + BenchQueries.typedAfter {
            for character in word { keys(.char(character), 1, "type") }
            keys(.backspace, word.count, "type")
        }
        keys(.escape, 1, "back")
        keys(.char("q"), 1, "back")
        return script
    }
}

/// A terminal in memory that replays a script and times each key from the moment it is read
/// to the moment its frame is drawn (what a person waits for).
///
/// A key typed into the search line is timed twice: to its frame (`type`: the query line
/// updated), and to the first frame that shows hits of the new query (`results`: the search
/// runs on its own thread). The next key waits for those first hits, as a person reading them
/// would; it does not wait for the refined ranking, which it interrupts.
final class TimingTerminal: Terminal {
    let size: Size
    private var script: [(InputEvent, String)]
    private var next = 0
    private var pending: (label: String, since: Double)?
    private var resultsPendingSince: Double?
    private(set) var samples: [String: [Double]] = [:]
    private(set) var firstFrameAt: Double?
    var onFirstFrame: (() -> Void)?
    /// Whether the reader is still waiting for the first hits of the query on screen.
    var awaitingFirstResults: () -> Bool = { false }
    /// Whether the reader is still bringing the library up to date (no keys until it is done).
    var refreshing: () -> Bool = { false }
    /// Whether the reader is still reading an interview it was asked to open (its key is timed
    /// to the frame that shows it).
    var loading: () -> Bool = { false }
    /// When the first frame after the refresh was drawn.
    private(set) var refreshedAt: Double?
    /// The last frame, kept so drawing cannot be optimised away and so memory holds what a
    /// real screen would.
    private(set) var lastFrame: Buffer?

    init(size: Size, script: [(InputEvent, String)]) {
        self.size = size
        self.script = script
    }

    func draw(_ buffer: Buffer) {
        let now = monotonicSeconds()
        lastFrame = buffer
        if firstFrameAt == nil {
            firstFrameAt = now
            onFirstFrame?()
        }
        if let pending, !loading() {
            samples[pending.label, default: []].append(now - pending.since)
            self.pending = nil
        }
        if refreshedAt == nil, !refreshing() { refreshedAt = now }
        if let since = resultsPendingSince, !awaitingFirstResults() {
            samples["results", default: []].append(now - since)
            resultsPendingSince = nil
        }
    }

    /// While work the screen waits for runs, no key: the loop is woken by its answer.
    func nextEvent(wakingOn descriptor: Int32) -> TerminalWait {
        if resultsPendingSince != nil || refreshing() || (pending != nil && loading()) {
            var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&entry, 1, -1)
            return .woken
        }
        return readEvent(timeoutMs: -1).map(TerminalWait.event) ?? .ended
    }

    func readEvent(timeoutMs: Int) -> InputEvent? {
        guard next < script.count else { return nil }
        let (event, label) = script[next]
        next += 1
        let now = monotonicSeconds()
        pending = (label, now)
        if label == "type" { resultsPendingSince = now }
        return event
    }

    func shutdown() {}
}
