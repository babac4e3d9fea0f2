import TerminalUI

/// The help overlay: every binding of the keymap, over whatever screen is shown. Any key that
/// does not scroll it closes it.
enum HelpScreen {
    static func update(_ state: inout ReaderState, _ action: Action) {
        switch action {
        case .moveDown, .scroll(3, _, _): state.help?.offset += 1
        case .moveUp, .scroll(-3, _, _):
            let offset = state.help?.offset ?? 0
            state.help?.offset = max(0, offset - 1)
        default: state.help = nil
        }
    }

    static func render(_ state: ReaderState, into buffer: inout Buffer, theme: Theme) {
        guard let help = state.help else { return }
        HelpOverlay(title: "Keys — any key closes", entries: state.keymap.helpEntries, offset: help.offset, theme: theme)
            .render(into: &buffer, area: Rect(size: state.size))
    }
}
