import InterviewKit
import TerminalUI

/// Everything the reader shows, as one value: each screen's own state, the back stack, and what
/// the screens share (size, bookmarks, the status message). `ReaderUpdate` changes it; the view
/// renders it. It holds no files, no database and no terminal.
public struct ReaderState: Sendable {
    /// The screens of the back stack.
    public enum Screen: Hashable, Sendable { case library, interview, search, bookmarks }
    public enum Pane: String, Codable, Hashable, Sendable { case list, detail }

    public var libraryName: String
    public var size: Size
    public var options: ReaderOptions
    /// Screens from the first (the library list) to the one shown; `back` and `q` pop it.
    public var stack: [Screen] = [.library]
    /// The help overlay, over whatever screen is shown.
    public var help: HelpState?
    /// A one-frame message for the status bar (saved, errors, notices).
    public var message: String?
    public var isFinished = false
    /// An interview asked for is being read: keys typed meanwhile are meant for it and wait.
    public var isOpening = false
    /// Digits typed before a motion (`5j`); 0 when none.
    public var count = 0

    public var library: LibraryState
    /// The open interview, while `.interview` is on the stack.
    public var reading: InterviewState?
    public var search = SearchState()
    public var bookmarkList = ListState()
    /// Bookmarks, newest first, as the store had them at the last change.
    public var bookmarks: [Bookmark] = []
    /// The note being typed for the selected bookmark; nil when no note is being edited.
    public var noteDraft: String?
    /// Where each interview was left, kept up to date by the update and saved by an effect.
    public var memory = ReaderMemory()

    public init(libraryName: String, interviews: [InterviewSummary], size: Size, options: ReaderOptions = ReaderOptions()) {
        self.libraryName = libraryName
        self.size = size
        self.options = options
        library = LibraryState(interviews: interviews)
    }

    /// The screen shown.
    public var screen: Screen { stack.last ?? .library }

    public var keymap: Keymap { options.keymap }

    /// Which pane of a two-pane screen has the keys.
    public var focus: Pane {
        switch screen {
        case .library: library.focus
        case .interview: reading?.focus ?? .list
        case .search, .bookmarks: .list
        }
    }

    /// Which keymap table applies.
    public var inputMode: Keymap.Mode {
        guard help == nil else { return .normal }
        let typing = (screen == .search && search.editing) || (screen == .library && library.filtering)
            || (screen == .bookmarks && noteDraft != nil)
        return typing ? .searchLine : .normal
    }

    /// Whether the screen is wide enough for list and detail side by side.
    public var isWide: Bool { size.width >= ReaderLayout.wideWidth }

    /// Shows `screen` on top, removing it from deeper in the stack (there is one state per
    /// screen, so it can be on the stack once).
    mutating func push(_ screen: Screen) {
        stack.removeAll { $0 == screen }
        stack.append(screen)
    }

    /// Goes back one screen; returns false at the first screen.
    @discardableResult
    mutating func pop() -> Bool {
        guard stack.count > 1 else { return false }
        let left = stack.removeLast()
        if left == .interview { reading = nil }
        return true
    }
}

/// The help overlay's state: how far it is scrolled.
public struct HelpState: Hashable, Sendable {
    public var offset = 0
}
