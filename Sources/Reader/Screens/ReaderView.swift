import InterviewKit
import TerminalUI

/// Renders a `ReaderState` into a cell buffer: a pure function of the state. Each screen draws
/// its own panes and names its own key hints; this puts them together with the status bar and
/// the help overlay.
struct ReaderView {
    let state: ReaderState
    var theme: Theme = .standard

    func render() -> Buffer {
        var buffer = Buffer(size: state.size)
        let layout = ReaderLayout(state)
        if layout.isTooSmall {
            TooSmall(minimum: ReaderLayout.minimum, theme: theme).render(into: &buffer, area: buffer.area)
            return buffer
        }
        switch state.screen {
        case .library: LibraryScreen.render(state, into: &buffer, layout: layout, theme: theme)
        case .interview: InterviewScreen.render(state, into: &buffer, layout: layout, theme: theme)
        case .search: SearchScreen.render(state, into: &buffer, layout: layout, theme: theme)
        case .bookmarks: BookmarksScreen.render(state, into: &buffer, layout: layout, theme: theme)
        }
        statusBar().render(into: &buffer, area: layout.status)
        HelpScreen.render(state, into: &buffer, theme: theme)
        return buffer
    }

    func statusBar() -> StatusBar {
        var (middle, hints): (String, [String]) = switch state.screen {
        case .library: (LibraryScreen.status(state), LibraryScreen.hints(state))
        case .interview: (InterviewScreen.status(state), InterviewScreen.hints(state))
        case .search: (SearchScreen.status(state), SearchScreen.hints(state))
        case .bookmarks: (BookmarksScreen.status(state), BookmarksScreen.hints(state))
        }
        if state.library.isRefreshing { middle += " · checking for changed files…" }
        if let message = state.message { middle = message }
        // Where you are (or what just happened) matters more than the key hints: the hints
        // shrink, then go, before the position is cut.
        let left = state.libraryName + " · " + middle
        let room = state.size.width - DisplayWidth.of(left) - 2
        return StatusBar(left: left, right: hints.first { DisplayWidth.of($0) <= room } ?? "", theme: theme)
    }
}
