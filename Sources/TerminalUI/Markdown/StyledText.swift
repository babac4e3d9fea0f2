/// What inline Markdown does to the text it covers. Several can hold at once (`***a***`).
public struct InlineStyle: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `*a*` or `_a_`: italic where the terminal has it, else underlined.
    public static let emphasis = InlineStyle(rawValue: 1 << 0)
    /// `**a**` or `__a__`: bold.
    public static let strong = InlineStyle(rawValue: 1 << 1)
    /// `` `a` `` and code lines: a style of its own, and never broken at its spaces.
    public static let code = InlineStyle(rawValue: 1 << 2)
    /// A link's text, an autolink or a bare URL: underlined, with the target kept in the run.
    public static let link = InlineStyle(rawValue: 1 << 3)
}

/// A stretch of rendered text with one style.
public struct StyledRun: Hashable, Sendable {
    /// Character offsets into ``StyledText/characters``.
    public var range: Range<Int>
    public var style: InlineStyle
    /// Where a link points (for `.link` runs), so keys can open or copy it; `nil` otherwise, and
    /// for a link whose target was cut off in a search snippet.
    public var target: String?

    public init(range: Range<Int>, style: InlineStyle, target: String? = nil) {
        self.range = range
        self.style = style
        self.target = target
    }
}

/// Markdown as a reader sees it: the text without markup, the styles over it, and a map from the
/// Markdown's Character offsets to offsets in the rendered text.
///
/// Why the map: search matches are found in the Markdown as written (the index stores it so), and
/// must land on the same words once the markup is gone.
public struct StyledText: Hashable, Sendable {
    /// The rendered clusters. Kept as an array because joining them into a `String` could merge a
    /// cluster with a lone combining mark that followed removed markup.
    public let characters: [Character]
    /// Maximal runs of one style and target, in order, not overlapping; unstyled text has none.
    public let runs: [StyledRun]
    /// `sourceOffsets[i]` is where Markdown Character `i` landed in ``characters`` (markup that
    /// was removed maps to the next shown cluster); one extra entry holds the end.
    public let sourceOffsets: [Int]

    public init(characters: [Character], runs: [StyledRun], sourceOffsets: [Int]) {
        self.characters = characters
        self.runs = runs
        self.sourceOffsets = sourceOffsets
    }

    /// Text shown as it is: no runs, every offset maps to itself.
    public init(plain text: String) {
        characters = Array(text)
        runs = []
        sourceOffsets = Array(0...characters.count)
    }

    /// The rendered text as a string.
    public var text: String { String(characters) }

    /// Maps a range of Markdown Character offsets into the rendered text; out-of-range bounds
    /// are clamped, and a range that covered only markup becomes empty.
    public func map(_ range: Range<Int>) -> Range<Int> {
        let last = sourceOffsets.count - 1
        let lower = sourceOffsets[min(max(range.lowerBound, 0), last)]
        let upper = sourceOffsets[min(max(range.upperBound, 0), last)]
        return lower..<max(lower, upper)
    }

    /// Plain text put before this text (a speaker's name before a question): runs move along,
    /// and the Markdown offsets still refer to this text's own source.
    public func prefixed(with plain: String) -> StyledText {
        let prefix = Array(plain)
        let shift = prefix.count
        return StyledText(
            characters: prefix + characters,
            runs: runs.map { StyledRun(range: ($0.range.lowerBound + shift)..<($0.range.upperBound + shift), style: $0.style, target: $0.target) },
            sourceOffsets: sourceOffsets.map { $0 + shift })
    }
}

extension SanitizedText {
    /// The inline style of each sanitised cluster, from runs over the text before sanitising;
    /// empty when there are no runs.
    public func inlineStyles(_ runs: [StyledRun]) -> [InlineStyle] {
        guard !runs.isEmpty else { return [] }
        var styles = [InlineStyle](repeating: [], count: characters.count)
        for run in runs {
            for offset in map(run.range) { styles[offset] = run.style }
        }
        return styles
    }
}
