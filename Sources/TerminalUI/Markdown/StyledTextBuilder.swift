/// Collects rendered clusters with their styles while walking Markdown from start to end, and
/// records where each Markdown Character landed.
struct StyledTextBuilder {
    private var characters: [Character] = []
    private var styles: [InlineStyle] = []
    private var targets: [String?] = []
    private var offsets: [Int] = []

    /// How many Markdown Characters have been accounted for so far.
    var sourceConsumed: Int { offsets.count }

    /// Passes over `count` Markdown Characters that are not shown (markup): they map to the next
    /// cluster shown.
    mutating func skip(_ count: Int) {
        for _ in 0..<max(0, count) { offsets.append(characters.count) }
    }

    /// Shows one cluster that stands for the next Markdown Character.
    mutating func append(_ character: Character, style: InlineStyle = [], target: String? = nil) {
        offsets.append(characters.count)
        characters.append(character)
        styles.append(style)
        targets.append(target)
    }

    /// Removes line breaks at the end (left before definitions that are not shown).
    mutating func dropTrailingLineBreaks() {
        guard characters.last?.isNewline == true else { return }
        while characters.last?.isNewline == true {
            characters.removeLast()
            styles.removeLast()
            targets.removeLast()
        }
        offsets = offsets.map { min($0, characters.count) }
    }

    mutating func build() -> StyledText {
        var runs: [StyledRun] = []
        var start = 0
        for index in 0...characters.count {
            let changed = index == characters.count || styles[index] != styles[start] || targets[index] != targets[start]
            guard changed else { continue }
            if index > start, !styles[start].isEmpty {
                runs.append(StyledRun(range: start..<index, style: styles[start], target: targets[start]))
            }
            start = index
        }
        return StyledText(characters: characters, runs: runs, sourceOffsets: offsets + [characters.count])
    }
}
