/// One block of a ``TextDocument``: a heading, a speaker's turn, or a plain paragraph.
public struct TextBlock: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case heading
        /// A turn in a conversation; the speaker label is drawn on its own line above the text,
        /// with the turn's time in the recording (`12:04`), if known, dim beside it.
        case speech(speaker: String, time: String? = nil)
        case paragraph
    }

    /// A stable identifier the controller chooses (e.g. an exchange id), to find a block again.
    public var id: String
    public var kind: Kind
    /// The text as shown (for Markdown, rendered: without markup); explicit newlines are kept
    /// as line breaks.
    public var text: String
    /// Styles over ``text`` (inline Markdown), with link targets for keys that open or copy them.
    public var runs: [StyledRun]
    /// Character offsets into ``text`` to highlight (search matches).
    public var highlights: [Range<Int>]

    public init(id: String, kind: Kind, text: String, runs: [StyledRun] = [], highlights: [Range<Int>] = []) {
        self.id = id
        self.kind = kind
        self.text = text
        self.runs = runs
        self.highlights = highlights
    }

    /// A block of rendered Markdown (see ``InlineMarkdown``); highlights index its rendered text.
    public init(id: String, kind: Kind, styled: StyledText, highlights: [Range<Int>] = []) {
        self.init(id: id, kind: kind, text: styled.text, runs: styled.runs, highlights: highlights)
    }
}

/// A readable document: blocks laid out top to bottom, separated by a blank line.
public struct TextDocument: Hashable, Sendable {
    public var blocks: [TextBlock]

    public init(blocks: [TextBlock]) {
        self.blocks = blocks
    }
}

/// Where a text view is scrolled to: the first visible line, expressed as a block and a line
/// within that block.
///
/// Why not a plain line number: lines depend on the width. Anchoring to the block keeps the
/// paragraph the reader was looking at on screen when the terminal is resized.
public struct ScrollPosition: Hashable, Sendable {
    public var block: Int
    public var line: Int

    public init(block: Int, line: Int = 0) {
        self.block = block
        self.line = line
    }

    public static let top = ScrollPosition(block: 0, line: 0)
}

/// Where one highlight landed after layout.
public struct MatchLocation: Hashable, Sendable {
    /// Index of the block in the document.
    public var block: Int
    /// Index into that block's `highlights`.
    public var highlight: Int
    /// Laid-out line (absolute, 0-based) where the match starts.
    public var line: Int

    public init(block: Int, highlight: Int, line: Int) {
        self.block = block
        self.highlight = highlight
        self.line = line
    }
}
