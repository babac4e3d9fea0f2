/// Builds turns from timed pieces of speech (caption cues, transcript segments) that break
/// wherever a screen or a word ended, not where a sentence did.
///
/// Consecutive pieces of one speaker make one turn, starting at the first piece's time; pieces
/// that name nobody continue the current speaker. Pieces are rejoined into sentences (a space
/// between them, none before punctuation that stands alone: `,` `.` `'s`), and a turn is split
/// into paragraphs where the speaker pauses or a paragraph grows long, but only after a sentence
/// ends. Everything is appended, so building is linear in the text.
struct SpokenTurnBuilder {
    /// A silence at least this long after a sentence ends starts a new paragraph.
    static let pauseForParagraph = 2_000
    /// A paragraph at least this long starts a new one after its next sentence.
    static let paragraphLength = 700

    private(set) var blocks: [SourceBlock] = []
    private var label: String?
    private var time: Timecode?
    private var paragraphs: [[String]] = []
    private var paragraph = ""
    private var lastEnd: Timecode?
    private var open = false

    /// Adds a piece of speech. `label` nil continues whoever spoke last; a different label
    /// starts a new turn.
    mutating func add(_ text: String, label: String?, start: Timecode?, end: Timecode?) {
        if let label, !open || label != self.label {
            startTurn(label: label, time: start)
        } else if !open {
            startTurn(label: nil, time: start)
        }
        append(text, start: start, end: end)
    }

    /// Starts a turn even when the speaker seems the same: a dialogue dash (`- Yes.`) says
    /// someone else speaks, though not who.
    mutating func startTurn(label: String?, time: Timecode?) {
        finishTurn()
        self.label = label
        self.time = time
        open = true
    }

    /// Adds a sound (`[Laughter]`) to the current turn, or to a turn of nobody if none is open:
    /// it is never a speaker.
    mutating func addSound(_ text: String, start: Timecode?, end: Timecode?) {
        if !open { startTurn(label: nil, time: start) }
        append(text, start: start, end: end)
    }

    /// Ends the paragraph in progress, as a line break inside a segment asks.
    mutating func breakParagraph() {
        guard !paragraph.isEmpty else { return }
        paragraphs.append([paragraph])
        paragraph = ""
    }

    /// The blocks, with the last turn finished.
    mutating func finish() -> [SourceBlock] {
        finishTurn()
        return blocks
    }

    private mutating func append(_ text: String, start: Timecode?, end: Timecode?) {
        guard !text.isEmpty else { return }
        if !paragraph.isEmpty, Self.endsSentence(paragraph) {
            let paused = start.flatMap { start in lastEnd.map { start.milliseconds - $0.milliseconds } } ?? 0
            if paused >= Self.pauseForParagraph || paragraph.utf8.count >= Self.paragraphLength { breakParagraph() }
        }
        Self.join(text, to: &paragraph)
        if let end { lastEnd = end } else if let start { lastEnd = start }
    }

    private mutating func finishTurn() {
        breakParagraph()
        if open, !paragraphs.isEmpty {
            blocks.append(.turn(Turn(label: label, time: time, paragraphs: paragraphs)))
        }
        paragraphs = []
        open = false
    }

    /// Appends a piece to running text with the spacing prose would have.
    static func join(_ piece: String, to text: inout String) {
        if !text.isEmpty, needsSpace(before: piece, after: text) { text += " " }
        text += piece
    }

    private static let closing: Set<Character> = [".", ",", ";", ":", "!", "?", "…", ")", "]", "}", "%", "\u{201D}", "\u{2019}"]
    private static let opening: Set<Character> = ["(", "[", "{", "\u{201C}", "\u{2018}", "¿", "¡"]
    private static let contractions: Set<String> = ["'s", "'re", "'ll", "'ve", "'d", "'m", "'t", "n't", "\u{2019}s", "\u{2019}re", "\u{2019}ll", "\u{2019}ve", "\u{2019}d", "\u{2019}m", "n\u{2019}t"]

    /// No space before a piece that is only closing punctuation or a contraction's tail (word
    /// by word transcripts give `,` and `'s` their own segment), nor after an opening bracket.
    private static func needsSpace(before piece: String, after text: String) -> Bool {
        if let last = text.last, last == " " || opening.contains(last) { return false }
        if piece.first == " " { return false }
        if piece.allSatisfy({ closing.contains($0) }) { return false }
        return !contractions.contains(piece.lowercased())
    }

    /// Whether text ends a sentence (`.`, `?`, `!`, `…`, possibly inside a closing quote or bracket).
    static func endsSentence(_ text: String) -> Bool {
        for character in text.reversed() {
            if "\"')]\u{201D}\u{2019}".contains(character) { continue }
            return ".?!…".contains(character)
        }
        return false
    }
}
