import Foundation

/// Reads and writes the canonical interview file: Markdown with YAML front matter.
///
/// The grammar is in docs/FORMAT.md. In short: `# Title` starts a section, `## Question` starts an
/// exchange (lines right below it starting with `>` continue the question), and paragraphs below
/// a question are answers, opened by `**Name:**` where the answerer is not the interview's single
/// interviewee. A `[12:04]` marker after the label gives a turn's start time. Writing is canonical, so `write(read(text)) == text` for any file `write` made,
/// and `read(write(model)) == model` for any valid model.
public enum InterviewFormat {
    public static let fileExtension = "md"

    // MARK: Reading

    /// Linear in the text's length, however it is shaped (one answer of 200,000 paragraphs, or
    /// 50,000 exchanges): nothing already read is copied again.
    public static func read(_ text: String, file: String? = nil) throws -> Interview {
        let lines = Self.lines(of: text)
        guard lines.first == FrontMatter.delimiter else {
            throw FormatError(file: file, line: 1, "expected `---` to open the YAML front matter")
        }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0] == FrontMatter.delimiter }) else {
            throw FormatError(file: file, line: lines.count, "expected `---` to close the front matter")
        }
        var interview = try FrontMatter.read(lines[1..<close].joined(separator: "\n"), firstLine: 2, file: file)
        var body = BodyReader(interview: interview, file: file)
        for index in (close + 1)..<lines.count {
            try body.consume(lines[index], lineNumber: index + 1)
        }
        try body.finish(lineNumber: lines.count)
        interview.sections = body.sections
        interview.exchanges = body.exchanges
        return interview
    }

    /// The lines of a text: split at each LF, a CR right before it dropped (CRLF files read as
    /// LF ones; a CR anywhere else stays). Done on the UTF-8 bytes: Foundation's
    /// `components(separatedBy:)` and `replacingOccurrences` were a third of indexing time.
    static func lines(of text: String) -> [String] {
        let slices = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        return slices.enumerated().map { index, slice in
            let line = index < slices.count - 1 && slice.last == 0x0D ? slice.dropLast() : slice
            return String(Substring(line))
        }
    }

    public static func read(contentsOf url: URL) throws -> Interview {
        let data = try contents(of: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(file: url.path, line: 1, notUTF8)
        }
        return try read(text, file: url.path)
    }

    // MARK: Writing

    /// Linear in the interview's size: names are looked up once, and `out` grows by appending.
    public static func write(_ interview: Interview) -> String {
        let roles = DefaultSpeakers(interview)
        var out = FrontMatter.delimiter + "\n" + FrontMatter.write(interview) + FrontMatter.delimiter + "\n"
        func block(_ text: String) { out += "\n" + text + "\n" }
        let namesByID = Dictionary(interview.speakers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func label(_ speakerID: String) -> String { Escaping.label(namesByID[speakerID] ?? speakerID) }
        let turnStart = Escaping.LineStart(labels: Set(interview.speakers.map(\.name)), markers: true)
        for item in interview.blocks {
            switch item {
            case .section(let index):
                let section = interview.sections[index]
                block("# " + section.title)
                for paragraph in section.paragraphs { block(Escaping.paragraph(paragraph, at: .plain)) }
            case .exchange(let index):
                let exchange = interview.exchanges[index]
                let question = exchange.question
                var lines = question.text.pieces(betweenLineFeeds: 1).map(String.init)
                var heading = Escaping.line(lines.removeFirst(), at: turnStart)
                if let time = question.time { heading = TimeMarker.text(time) + heading }
                if question.speaker != roles.asker { heading = label(question.speaker) + heading }
                block((["## " + heading] + lines.map { $0.isEmpty ? ">" : "> " + $0 }).joined(separator: "\n"))
                for (answerIndex, answer) in exchange.answers.enumerated() {
                    for (paragraphIndex, paragraph) in answer.paragraphs.enumerated() {
                        var text = Escaping.paragraph(paragraph, at: turnStart)
                        if paragraphIndex == 0 {
                            if let time = answer.time { text = TimeMarker.text(time) + text }
                            if answerIndex > 0 || answer.speaker != roles.answerer { text = label(answer.speaker) + text }
                        }
                        block(text)
                    }
                }
            }
        }
        return out
    }
}

/// Who asks and who answers when the file does not say: the single speaker in an asking role
/// and the single speaker in an answering role, if there is exactly one of each.
struct DefaultSpeakers {
    let asker: String?
    let answerer: String?

    init(_ interview: Interview) {
        let askers = interview.speakers.filter { $0.role.asks }
        let answerers = interview.speakers.filter { $0.role.answers }
        asker = askers.count == 1 ? askers[0].id : nil
        answerer = answerers.count == 1 ? answerers[0].id : nil
    }
}
