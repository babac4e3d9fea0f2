import TerminalUI

extension Keymap {
    /// The bindings of one mode, in the order the help lists them.
    public func bindings(in mode: Mode) -> [Binding] {
        mode == .normal ? bindings : searchLineBindings
    }

    /// This keymap with the binding named `name` in `mode` given exactly `keys` — none unbinds
    /// it — or nil when the mode has no binding of that name.
    ///
    /// A key that another binding of the same mode had is taken from it, so a key always means
    /// one thing: the rebinding has the last word, as in lazygit and aerc. Keys repeated in
    /// `keys` count once. This is the only way a config file changes the keymap.
    public func rebinding(_ name: String, to keys: [Key], in mode: Mode) -> Keymap? {
        var table = bindings(in: mode)
        guard let target = table.firstIndex(where: { $0.name == name }) else { return nil }
        var unique: [Key] = []
        var seen = Set<Key>()
        for key in keys where seen.insert(key).inserted { unique.append(key) }
        for index in table.indices where index != target {
            table[index].keys.removeAll { seen.contains($0) }
        }
        table[target].keys = unique
        var keymap = self
        switch mode {
        case .normal: keymap.bindings = table
        case .searchLine: keymap.searchLineBindings = table
        }
        return keymap
    }
}
