/// What a key asks the reader to do. The keymap turns keys into actions; `update` applies them.
public enum Action: Hashable, Sendable {
    case quit
}
