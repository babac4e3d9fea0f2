/// Transcripts whose turns open with a speaker label, in any of the shapes `SpeakerLabel`
/// reads: `Name:`, `**Name:**`, `Name (00:00:36):` alone on its line, `[00:01:02] Name:`,
/// `MS. SMITH:`, `Q    …`, `nick:`, `Mr. SMITH.` and the rest. Labels count by recurrence
/// (`LabelledLines`); the turns' times come out of the text into `Turn.time`.
struct LabelledTranscriptReader: FormatReader {
    let name = "transcript with speaker labels"

    func fit(_ input: ImportInput) -> ReaderFit {
        Self.score(input.labelled)
    }

    /// Labels that open a good share of the paragraphs, or many turns, make a transcript; a
    /// few labels inside a post's answers do not outweigh its questions.
    static func score(_ scan: LabelledLines) -> ReaderFit {
        guard scan.turnCount >= 2 else { return .none }
        let share = scan.labelledShare
        let shapes = scan.shapes.map(\.rawValue).sorted().joined(separator: ", ")
        let score = share >= 0.15 || scan.turnCount >= 8 ? 0.5 + 0.45 * share : 0.2 + share
        return ReaderFit(score: score, reasons: [
            "\(scan.turnCount) turns by \(scan.accepted.count) labels (\(shapes))",
            "\(ReaderChoice.percent(share)) of paragraphs open with a label",
        ])
    }

    func read(_ input: ImportInput) throws -> SourceDocument {
        let prepared = input.prose
        let scan = input.labelled
        var document = SourceDocument(prose: prepared)
        document.noise += scan.noise
        document.blocks = Self.blocks(scan.items, noise: &document.noise)
        return document
    }

    /// Items as blocks, with the time marks that stay in the text taken out. A paragraph that
    /// opens with a time inside someone's turn is a new turn by them at that time.
    static func blocks(_ items: [LabelledLines.Item], noise: inout [String]) -> [SourceBlock] {
        var blocks: [SourceBlock] = []
        blocks.reserveCapacity(items.count)
        var speaker: String?
        for item in items {
            switch item {
            case .heading(let level, let text):
                blocks.append(.heading(level: level, text: text))
                speaker = nil
            case .turn(let name, let lines, _, let time):
                speaker = name
                blocks.append(.turn(Turn(label: name, time: time, paragraphs: [InlineMarks.clean(lines, noise: &noise)])))
            case .text(var lines):
                if let speaker, let (time, rest) = LabelledLines.leadingTime(lines[0]) {
                    if rest.isEmpty { lines.removeFirst() } else { lines[0] = rest }
                    // A time mark with nothing after it (the end of a recording) is set aside.
                    if lines.isEmpty { noise.append(time.setAsideMark) }
                    if !lines.isEmpty {
                        blocks.append(.turn(Turn(label: speaker, time: time, paragraphs: [InlineMarks.clean(lines, noise: &noise)])))
                    }
                } else {
                    blocks.append(.text(InlineMarks.clean(lines, noise: &noise)))
                }
            }
        }
        return blocks
    }
}

/// Marks a transcript leaves inside its text: escaped brackets (`\[laughs\]` is `[laughs]`)
/// and time marks in the middle of a sentence, which are taken out and listed as noise.
enum InlineMarks {
    static func clean(_ lines: [String], noise: inout [String]) -> [String] {
        lines.map { clean($0, noise: &noise) }
    }

    static func clean(_ line: String, noise: inout [String]) -> String {
        guard ByteSearch.contains(line, 0x5C) || ByteSearch.contains(line, 0x5B) else { return line }
        var result = ""
        result.reserveCapacity(line.utf8.count)
        var rest = Substring(line)
        while let index = firstMark(in: rest) {
            result += rest[..<index]
            let tail = rest[index...]
            if let length = Timestamp.leadingLength(tail) {
                noise.append(String(tail.prefix(length)))
                rest = tail.dropFirst(length)
                // One space where the mark stood between words, none where it ended the text.
                if result.last == " ", rest.first == " " { rest = rest.dropFirst() }
                continue
            }
            if tail.hasPrefix("\\[") || tail.hasPrefix("\\]") {
                result.append(tail[tail.index(after: tail.startIndex)])
                rest = tail.dropFirst(2)
                continue
            }
            result.append(tail[tail.startIndex])
            rest = tail.dropFirst()
        }
        result += rest
        return TextDecoding.trimmingTrailingWhitespace(result)
    }

    /// The first `\\` or `[` character, found on the bytes. A byte with ASCII on both sides is a
    /// character of its own; next to anything else (a combining mark may follow it) the text is
    /// searched by characters, as a character-level search would find it.
    private static func firstMark(in text: Substring) -> Substring.Index? {
        let bytes = text.utf8
        guard let found = bytes.firstIndex(where: { $0 == 0x5C || $0 == 0x5B }) else { return nil }
        let after = bytes.index(after: found)
        let asciiBefore = found == bytes.startIndex || bytes[bytes.index(before: found)] < 0x80
        let asciiAfter = after == bytes.endIndex || bytes[after] < 0x80
        return asciiBefore && asciiAfter ? found : text.firstIndex(where: { $0 == "\\" || $0 == "[" })
    }
}
