/// Turns caption cues into speakers' turns: who speaks comes from voice tags (`<v Name>`), from
/// a `Name:` label starting a line, or from nothing, in which case the last speaker goes on.
/// A dialogue dash (`- Yes.`) or `>>` starts someone else's turn without naming them; a line
/// that only describes a sound (`[Laughter]`, `<i>Laughs</i>`) stays in the turn, in brackets.
enum CaptionTurns {
    /// A piece of a cue's text, markup removed.
    enum Piece {
        /// Speech; `voice` is the voice tag's name, `lineStart` whether it opens a caption line
        /// (where a `Name:` label or a dialogue dash may stand).
        case speech(voice: String?, text: String, lineStart: Bool)
        /// A sound, already in brackets.
        case sound(voice: String?, text: String)
    }

    /// Sets the document's blocks to the turns the cues make, warning about label-like words
    /// kept as text.
    static func read(_ cues: [CaptionCue], into document: inout SourceDocument) {
        let turns = blocks(from: cues)
        document.blocks = turns.blocks
        let rejected = turns.rejectedLabels
        if !rejected.isEmpty {
            let more = rejected.count > 10 ? " and \(rejected.count - 10) more" : ""
            document.warnings.append("kept as text, not speaker labels (each starts one caption line): \(rejected.prefix(10).joined(separator: ", "))\(more)")
        }
    }

    /// The turns the cues make, and label-like words that were kept as text (for warnings).
    static func blocks(from cues: [CaptionCue]) -> (blocks: [SourceBlock], rejectedLabels: [String]) {
        let pieces = cues.map(Self.pieces)
        var labels = CaptionSpeakerLabels()
        for case .speech(nil, let text, true) in pieces.joined() {
            labels.note(Self.withoutDash(text[...]).text)
        }
        labels.decide()
        var builder = SpokenTurnBuilder()
        for (cue, cuePieces) in zip(cues, pieces) {
            let start = cue.timing?.start, end = cue.timing?.end
            for piece in cuePieces {
                switch piece {
                case .sound(let voice, let text):
                    if let voice { builder.add(text, label: voice, start: start, end: end) }
                    else { builder.addSound(text, start: start, end: end) }
                case .speech(let voice?, let text, _):
                    builder.add(text, label: voice, start: start, end: end)
                case .speech(nil, let text, let lineStart):
                    var rest = text[...]
                    if lineStart {
                        let dash = Self.withoutDash(rest)
                        if dash.found { builder.startTurn(label: nil, time: start) }
                        rest = dash.text
                        if let labelled = labels.label(rest) {
                            if labelled.rest.isEmpty {
                                builder.startTurn(label: labelled.label, time: start)
                                continue
                            }
                            builder.add(String(labelled.rest), label: labelled.label, start: start, end: end)
                            continue
                        }
                    }
                    builder.add(String(rest), label: nil, start: start, end: end)
                }
            }
        }
        return (builder.finish(), labels.rejected)
    }

    /// A cue's text as pieces: split at voice tags (`<v Name>` opens a voice until `</v>`, the
    /// next voice or the cue's end), each line a piece of its own so that labels and sounds are
    /// seen where they stand.
    static func pieces(of cue: CaptionCue) -> [Piece] {
        var pieces: [Piece] = []
        var voice: String?
        for line in cue.lines {
            var lineStart = true
            let rest = Substring(line)
            var segment = rest.startIndex
            func emit(_ upTo: Substring.Index) {
                let raw = rest[segment..<upTo]
                defer { segment = upTo }
                if let sound = CaptionMarkup.stageDirection(raw) {
                    pieces.append(.sound(voice: voice, text: sound))
                    lineStart = false
                    return
                }
                let text = CaptionMarkup.plainText(raw)
                guard !text.isEmpty else { return }
                pieces.append(.speech(voice: voice, text: text, lineStart: lineStart))
                lineStart = false
            }
            var search = rest.startIndex
            while let open = rest.utf8[search...].firstIndex(of: UInt8(ascii: "<")) {
                let tail = rest[open...]
                if let tag = CaptionMarkup.voice(tail) {
                    emit(open)
                    voice = tag.name.isEmpty ? nil : tag.name
                    segment = tag.end
                    search = tag.end
                } else if tail.prefix(4).lowercased() == "</v>" {
                    emit(open)
                    voice = nil
                    segment = rest.index(open, offsetBy: 4)
                    search = segment
                } else {
                    search = rest.index(after: open)
                }
            }
            emit(rest.endIndex)
        }
        return pieces
    }

    /// The text without a leading dialogue dash (`- `, `-Word`) or broadcast speaker mark (`>>`),
    /// and whether there was one. `--`, `-5` and `->` are text.
    static func withoutDash(_ text: Substring) -> (text: Substring, found: Bool) {
        if text.hasPrefix(">>") && !text.hasPrefix(">>>") {
            return (TextDecoding.trimmingLeadingWhitespace(text.dropFirst(2)), true)
        }
        guard text.first == "-", let next = text.dropFirst().first, next == " " || next.isLetter || next == "\"" || next == "\u{201C}" else {
            return (text, false)
        }
        return (TextDecoding.trimmingLeadingWhitespace(text.dropFirst()), true)
    }
}
