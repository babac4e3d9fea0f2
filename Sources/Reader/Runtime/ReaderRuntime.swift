import Foundation
import InterviewKit
import TerminalUI

/// The reader at run time: holds the state, feeds it messages through the pure
/// `ReaderUpdate.update`, and hands the effects it returns to the `EffectRunner`.
///
/// With `background` (what `parley read` uses), effects run as tasks and their answers wait in
/// the `mailbox` until `receiveMessages()` (the loop calls it when the mailbox wakes it). Without
/// it they run before `send` returns, which is what tests of keys and screens want.
public final class ReaderRuntime {
    public private(set) var state: ReaderState
    public let mailbox = Mailbox()
    private let runner: EffectRunner
    /// Keys typed while an interview is being opened: they are meant for it, so they wait.
    private var typeAhead: [InputEvent] = []

    /// How long the first frame waits for the library's refresh (`awaitRefresh`): enough for
    /// a few hundred interviews, short enough to feel instant.
    public static let refreshWait = 0.03

    /// Lists the library before returning (the first frame shows it), then, with `refresh`,
    /// starts bringing it up to date with its files.
    ///
    /// With `memory`, the reader starts where it was left (the list's selection, the open
    /// interview) and saves its positions there; an unreadable file is set aside and said.
    public init(library: any ReaderLibrary, bookmarks: BookmarkStore, size: Size, options: ReaderOptions = ReaderOptions(),
                background: Bool = false, refresh: Bool = false, memory memoryURL: URL? = nil, outside: ReaderOutside = .unavailable) {
        let loaded = memoryURL.map(ReaderMemoryFile.load) ?? ReaderMemoryFile.Loaded()
        runner = EffectRunner(mode: background ? .tasks : .inline, library: library, bookmarks: bookmarks,
                              mailbox: mailbox, searchLimit: options.searchLimit, memoryURL: loaded.canSave ? memoryURL : nil,
                              outside: outside)
        var interviews: [InterviewSummary] = []
        var message: String?
        do {
            interviews = try library.interviews()
        } catch {
            message = "Cannot list the library: \(error)"
        }
        state = ReaderState(libraryName: library.name, interviews: interviews, size: size, options: options)
        state.bookmarks = bookmarks.bookmarks
        state.message = message ?? loaded.notice ?? bookmarks.takeNotices().first
        run(ReaderUpdate.restore(&state, from: loaded.memory).flatMap(runner.run))
        if refresh {
            state.library.isRefreshing = true
            run(runner.run(.refreshLibrary))
        }
    }

    /// Handles one input event; returns false when it meant nothing.
    @discardableResult
    public func handle(_ event: InputEvent) -> Bool {
        if state.isOpening || !typeAhead.isEmpty, event.isTyped {
            typeAhead.append(event)
            return false
        }
        return dispatch(event)
    }

    private func dispatch(_ event: InputEvent) -> Bool {
        guard let action = state.keymap.action(for: event, mode: state.inputMode) else {
            // Any key closes the help, even one bound to nothing.
            guard state.help != nil, case .key = event else { return false }
            state.help = nil
            return true
        }
        send(.action(action))
        return true
    }

    /// Updates the state with `message` and starts the effects it asks for.
    public func send(_ message: ReaderMessage) {
        run([message])
    }

    private func run(_ messages: [ReaderMessage]) {
        var queue = messages
        while !queue.isEmpty {
            let message = queue.removeFirst()
            for effect in ReaderUpdate.update(&state, message) { queue += runner.run(effect) }
        }
    }

    /// Takes in every message finished work has left; returns whether there were any.
    @discardableResult
    public func receiveMessages() -> Bool {
        let messages = mailbox.takeAll()
        run(messages)
        while !state.isOpening, !typeAhead.isEmpty { _ = dispatch(typeAhead.removeFirst()) }
        return !messages.isEmpty
    }

    /// Whether work whose answer the screen is waiting for is still running (a search, the
    /// library's refresh, an interview being read).
    public var isAwaitingWork: Bool {
        state.search.progress != .done || state.library.isRefreshing || state.isOpening
    }

    /// Whether an interview asked for is still being read.
    public var isOpening: Bool { state.isOpening }

    /// Waits for messages until `isAwaitingWork` is false or `seconds` pass, taking them in.
    public func settle(upTo seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while isAwaitingWork {
            let left = Int(deadline.timeIntervalSinceNow * 1000)
            guard left > 0 else { return }
            if mailbox.wait(milliseconds: left) { receiveMessages() }
        }
    }

    /// Waits a little for the refresh, so that a small library opens already up to date
    /// instead of flashing its old list; a large one opens at once and is refreshed meanwhile.
    public func awaitRefresh(upTo seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while state.library.isRefreshing {
            let left = Int(deadline.timeIntervalSinceNow * 1000)
            guard left > 0, mailbox.wait(milliseconds: left) else { return }
            receiveMessages()
        }
    }

    /// The current frame.
    public func frame() -> Buffer {
        ReaderView(state: state, theme: state.options.theme).render()
    }

    /// Shows a message in the status bar until the next key (start-up notices, for example).
    public func notify(_ message: String) {
        state.message = message
    }
}

extension InputEvent {
    /// A key or a click: what the person did, as opposed to the terminal changing size.
    var isTyped: Bool {
        if case .resize = self { false } else { true }
    }
}
