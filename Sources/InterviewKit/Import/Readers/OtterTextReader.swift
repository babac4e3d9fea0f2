/// Reads Otter.ai's text export: each turn opens with a header line, the speaker's name, two or
/// more spaces and the time (`Jane Doe  0:03`, `Speaker 2  1:02:07`), then the turn's
/// paragraphs. Also reads the variant with the time alone on the line under the name, and a
/// time alone where Otter did not tell speakers apart.
///
/// Before the first turn the export may carry the conversation's title, a date line
/// (`Tue, 3/8 2:14PM • 45:23`), and `SUMMARY KEYWORDS` and `SPEAKERS` sections; they become the
/// title, date, tags and people. The `Transcribed by https://otter.ai` line at the end is noise.
struct OtterTextReader: FormatReader {
    let name = "Otter.ai text export"

    static let fitWindow = 600

    /// A turn header: who (nil for a time alone) and when, and how many lines it takes.
    struct Header: Equatable {
        var label: String?
        var time: Timecode
        var lineCount: Int
    }

    /// The share of paragraphs in the first lines that open with a header: Otter's own shape
    /// recurs on every turn, so most paragraphs following it is the evidence. The export's own
    /// preamble (a first short paragraph, `SUMMARY KEYWORDS`, `SPEAKERS`) and footer do not count.
    func fit(_ input: ImportInput) -> ReaderFit {
        let window = input.body.prefix(Self.fitWindow)
        var paragraphs = 0, headed = 0, footer = false, first = true
        var index = window.startIndex
        while index < window.endIndex {
            guard !TextDecoding.isBlankLine(window[index]) else { index += 1; continue }
            let start = index
            var end = index
            while end < window.endIndex, !TextDecoding.isBlankLine(window[end]) { end += 1 }
            index = end
            defer { first = false }
            if Self.header(window, at: start) != nil {
                headed += 1
                paragraphs += 1
            } else if Self.isFooter(window[start]) {
                footer = true
            } else if !(Self.isPreambleSection(window[start]) || (first && end - start <= 2)) {
                paragraphs += 1
            }
        }
        guard headed >= 2 || (headed == 1 && paragraphs <= 2) else { return .none }
        let share = Double(headed) / Double(paragraphs)
        var score = share >= 0.5 ? 0.8 + (share - 0.5) * 0.3 : share
        if footer { score += 0.05 }
        var reasons = ["\(headed) of \(paragraphs) paragraphs open with a `Name  0:00` header"]
        if footer { reasons.append("the Otter.ai footer") }
        return ReaderFit(score: min(score, 0.96), reasons: reasons)
    }

    func read(_ input: ImportInput) throws -> SourceDocument {
        var document = SourceDocument(metadata: input.metadata)
        let body = input.body
        var index = body.startIndex
        var preamble: [String] = []
        while index < body.endIndex, Self.header(body, at: index, afterBlank: preamble.last?.isEmpty ?? true) == nil {
            preamble.append(TextDecoding.trimmed(body[index]))
            index += 1
        }
        readPreamble(preamble, into: &document)
        var turn: Turn?
        var paragraph: [String] = []
        func endParagraph() {
            if !paragraph.isEmpty { turn?.paragraphs.append(paragraph) }
            paragraph = []
        }
        func endTurn() {
            endParagraph()
            // A header with nothing under it says nothing; the header itself is in the noise.
            if let finished = turn, !finished.paragraphs.isEmpty { document.blocks.append(.turn(finished)) }
            turn = nil
        }
        var afterBlank = true
        while index < body.endIndex {
            let line = TextDecoding.trimmed(body[index])
            if line.isEmpty {
                endParagraph()
                afterBlank = true
                index += 1
                continue
            }
            if let header = Self.header(body, at: index, afterBlank: afterBlank) {
                endTurn()
                turn = Turn(label: header.label, time: header.time, paragraphs: [])
                document.noise.append(contentsOf: body[index..<(index + header.lineCount)])
                index += header.lineCount
                afterBlank = false
                continue
            }
            if afterBlank, Self.isFooter(line) {
                document.noise.append(body[index])
            } else {
                paragraph.append(line)
            }
            afterBlank = false
            index += 1
        }
        endTurn()
        return document
    }

    /// The header at `index`: `Name  0:03` on one line; `Name` then `0:03` alone; or, after a
    /// blank line, `0:03` alone. Only at a paragraph's start (`afterBlank`), as Otter writes them.
    static func header(_ lines: ArraySlice<String>, at index: Int, afterBlank: Bool = true) -> Header? {
        // A header is a name and a time: a long line is text, and need not be trimmed to see it.
        guard afterBlank, lines[index].utf8.count <= 160 else { return nil }
        let line = TextDecoding.trimmed(lines[index])
        if let time = Timecode(parsing: line) { return Header(label: nil, time: time, lineCount: 1) }
        if let inline = inlineHeader(line) { return Header(label: inline.label, time: inline.time, lineCount: 1) }
        guard index + 1 < lines.endIndex, isName(line[...]),
              let time = Timecode(parsing: TextDecoding.trimmed(lines[index + 1])) else { return nil }
        return Header(label: line, time: time, lineCount: 2)
    }

    /// `Name  0:03`: a name, a gap of two or more blanks (or a tab), a clock time ending the line.
    static func inlineHeader(_ line: String) -> (label: String, time: Timecode)? {
        guard let last = line.last, last.isASCIIDigit else { return nil }
        let timeText = line.reversed().prefix { $0.isASCIIDigit || $0 == ":" }
        guard timeText.count >= 4, let time = Timecode(parsing: String(timeText.reversed())) else { return nil }
        let beforeTime = line.dropLast(timeText.count)
        let gap = beforeTime.reversed().prefix { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
        guard gap.count >= 2 || gap.contains("\t") else { return nil }
        let name = beforeTime.dropLast(gap.count)
        guard isName(name) else { return nil }
        return (String(name), time)
    }

    /// A speaker name as Otter writes one: one to six words, no sentence punctuation at the end,
    /// no colon (`Jane Doe`, `Speaker 1`, `Unknown Speaker`).
    static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, first.isLetter, text.count <= 60, let last = text.last,
              !".,;:!?".contains(last), !text.contains(":") else { return false }
        return text.split(separator: " ").count <= 6
    }

    /// `SUMMARY KEYWORDS`, `KEYWORDS`, `SPEAKERS`: the headings of the export's preamble.
    static func isPreambleSection(_ line: String) -> Bool {
        // Each heading opens with `S` or `K` (or the Kelvin sign, which Unicode equates with
        // `K`): other lines leave without being trimmed.
        let first = line.unicodeScalars.first { !TextDecoding.isBlank($0) }
        guard first == "S" || first == "K" || first == "\u{212A}" else { return false }
        return ["SUMMARY KEYWORDS", "KEYWORDS", "SPEAKERS"].contains(TextDecoding.trimmed(line))
    }

    /// `Transcribed by https://otter.ai`, the export's last line.
    static func isFooter(_ line: String) -> Bool {
        // Only `T` and `t` lowercase to `t`: other lines leave without being lowercased.
        guard line.utf8.first == UInt8(ascii: "t") || line.utf8.first == UInt8(ascii: "T") else { return false }
        let lower = line.lowercased()
        return lower.hasPrefix("transcribed by") && lower.contains("otter.ai")
    }

    /// Title, date line, `SUMMARY KEYWORDS` and `SPEAKERS` before the first turn; any other
    /// text there is kept as text.
    private func readPreamble(_ lines: [String], into document: inout SourceDocument) {
        var section: String?
        var textLines: [String] = []
        let firstLine = lines.firstIndex { !$0.isEmpty } ?? 0
        func endText() {
            if !textLines.isEmpty { document.blocks.append(.text(textLines)) }
            textLines = []
        }
        for (position, line) in lines.enumerated() {
            if line.isEmpty { section = nil; endText(); continue }
            if Self.isPreambleSection(line) {
                endText()
                section = line.uppercased()
                document.metadataLines.append(line)
                continue
            }
            switch section {
            case "SPEAKERS"?:
                document.metadataLines.append(line)
                for name in splitNames(line) where !document.people.contains(where: { $0.name == name }) {
                    document.people.append((name, .unknown))
                }
            case _?:
                document.metadataLines.append(line)
                document.tags += line.split(separator: ",").map { TextDecoding.trimmed($0) }.filter { !$0.isEmpty }
            case nil:
                if position == firstLine, document.title == nil, line.count <= 150, !SpokenTurnBuilder.endsSentence(line) {
                    document.title = line
                    document.metadataLines.append(line)
                } else if position == firstLine + 1, document.title != nil, line.contains("\u{2022}") {
                    document.metadataLines.append(line)
                    if document.date == nil {
                        document.date = DateText.parse(TextDecoding.trimmed(line.prefix { $0 != "\u{2022}" }))
                    }
                } else {
                    textLines.append(line)
                }
            }
        }
        endText()
    }
}
