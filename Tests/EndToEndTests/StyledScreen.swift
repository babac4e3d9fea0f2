/// A tmux screen captured with its attributes (`capture-pane -e`), read back into cells: each
/// character with the SGR attributes in force where tmux drew it.
///
/// Why not look for escape codes in the raw capture: two adjacent attribute changes anywhere on
/// the screen match any such pattern. Asking what the cells of one word look like shows whether
/// that word, and not some other text, carries a style.
struct StyledScreen {
    struct Attributes: Equatable {
        var bold = false
        var underline = false
        var reverse = false
        /// ANSI colour numbers (0–255), nil for the terminal's default.
        var foreground: Int?
        var background: Int?
    }

    struct Cell {
        var character: Character
        var attributes: Attributes
    }

    let rows: [[Cell]]

    init(capture: String) {
        rows = capture.split(separator: "\n", omittingEmptySubsequences: false).map(Self.cells)
    }

    /// Every place on screen where `word` is written, as its cells.
    func occurrences(of word: String) -> [[Cell]] {
        let wanted = Array(word)
        var found: [[Cell]] = []
        for row in rows where row.count >= wanted.count {
            for start in 0...(row.count - wanted.count) where row[start..<start + wanted.count].map(\.character) == wanted {
                found.append(Array(row[start..<start + wanted.count]))
            }
        }
        return found
    }

    private static func cells(_ line: Substring) -> [Cell] {
        var cells: [Cell] = []
        var attributes = Attributes()
        var characters = line.makeIterator()
        while let character = characters.next() {
            guard character == "\u{1B}" else {
                cells.append(Cell(character: character, attributes: attributes))
                continue
            }
            // CSI: ESC [ parameters final-byte; tmux only emits SGR (`m`) in a capture.
            guard characters.next() == "[" else { continue }
            var parameters = ""
            while let next = characters.next() {
                if let scalar = next.unicodeScalars.first, (0x40...0x7E).contains(scalar.value) {
                    if next == "m" { apply(parameters, to: &attributes) }
                    break
                }
                parameters.append(next)
            }
        }
        return cells
    }

    private static func apply(_ parameters: String, to attributes: inout Attributes) {
        var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
        if codes.isEmpty { codes = [0] }
        while let code = codes.popFirst() {
            switch code {
            case 0: attributes = Attributes()
            case 1: attributes.bold = true
            case 22: attributes.bold = false
            case 4: attributes.underline = true
            case 24: attributes.underline = false
            case 7: attributes.reverse = true
            case 27: attributes.reverse = false
            case 30...37: attributes.foreground = code - 30
            case 90...97: attributes.foreground = code - 90 + 8
            case 39: attributes.foreground = nil
            case 40...47: attributes.background = code - 40
            case 100...107: attributes.background = code - 100 + 8
            case 49: attributes.background = nil
            case 38, 48:
                // 38;5;N (palette) or 38;2;R;G;B (direct colour, kept as nothing nearer).
                let colour: Int? = codes.popFirst() == 5 ? codes.popFirst() : { codes = codes.dropFirst(3); return nil }()
                if code == 38 { attributes.foreground = colour } else { attributes.background = colour }
            default: break
            }
        }
    }
}
