import Foundation

/// Reads and writes the canonical interview file: Markdown with YAML front matter.
///
/// The grammar is in docs/FORMAT.md. In short: `# Title` starts a section, `## Question` starts an
/// exchange (lines right below it starting with `>` continue the question), and paragraphs below
/// a question are answers, opened by `**Name:**` where the answerer is not the interview's single
/// interviewee. Writing is canonical, so `write(read(text)) == text` for any file `write` made,
/// and `read(write(model)) == model` for any valid model.
public enum InterviewFormat {
    public static let fileExtension = "md"

    // MARK: Reading

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

    public static func write(_ interview: Interview) -> String {
        let roles = DefaultSpeakers(interview)
        var out = FrontMatter.delimiter + "\n" + FrontMatter.write(interview) + FrontMatter.delimiter + "\n"
        func block(_ text: String) { out += "\n" + text + "\n" }
        let names = Set(interview.speakers.map(\.name))
        for item in interview.blocks {
            switch item {
            case .section(let index):
                let section = interview.sections[index]
                block("# " + section.title)
                for paragraph in section.paragraphs { block(Escaping.paragraph(paragraph, labels: [])) }
            case .exchange(let index):
                let exchange = interview.exchanges[index]
                let question = exchange.question
                var lines = question.text.components(separatedBy: "\n")
                var heading = Escaping.line(lines.removeFirst(), labels: names)
                if question.speaker != roles.asker {
                    heading = Escaping.label(interview.name(of: question.speaker)) + heading
                }
                block((["## " + heading] + lines.map { $0.isEmpty ? ">" : "> " + $0 }).joined(separator: "\n"))
                for (answerIndex, answer) in exchange.answers.enumerated() {
                    for (paragraphIndex, paragraph) in answer.paragraphs.enumerated() {
                        var text = Escaping.paragraph(paragraph, labels: names)
                        if paragraphIndex == 0, answerIndex > 0 || answer.speaker != roles.answerer {
                            text = Escaping.label(interview.name(of: answer.speaker)) + text
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

/// What the body's line-level grammar recognises, and how text that looks like it is escaped.
///
/// A text line that would be read as structure (a `#`/`##` heading anywhere, a `**Name:**` label
/// at the start of an answer or question) is written with a leading backslash, as Markdown
/// escapes it; so is a line that starts with a backslash that the reader would remove.
enum Escaping {
    static func isHeading(_ line: String) -> Bool {
        headingLevel(line) != nil
    }

    /// 1 for `# …`, 2 for `## …`, nil otherwise.
    static func headingLevel(_ line: String) -> Int? {
        if line == "#" || line.hasPrefix("# ") { return 1 }
        if line == "##" || line.hasPrefix("## ") { return 2 }
        return nil
    }

    /// The speaker name and the rest, for a line that opens with `**Name:** `.
    static func splitLabel(_ line: String, labels: Set<String>) -> (name: String, rest: String)? {
        // Searched as bytes: exactly what `label(_:)` writes, whatever follows it.
        let bytes = line.utf8
        guard line.hasPrefix("**"), let end = bytes.firstRange(of: ":** ".utf8) else { return nil }
        let nameStart = bytes.index(bytes.startIndex, offsetBy: 2)
        guard nameStart <= end.lowerBound else { return nil }
        let name = String(Substring(bytes[nameStart..<end.lowerBound]))
        guard labels.contains(name) else { return nil }
        return (name, String(Substring(bytes[end.upperBound...])))
    }

    static func label(_ name: String) -> String { "**\(name):** " }

    private static func isStructure(_ line: Substring, labels: Set<String>) -> Bool {
        isHeading(String(line)) || splitLabel(String(line), labels: labels) != nil
    }

    /// Whether `unescape` would change the line: it starts with a backslash followed by
    /// structure or by another backslash.
    private static func startsWithEscape(_ line: Substring, labels: Set<String>) -> Bool {
        guard line.first == "\\" else { return false }
        let rest = line.dropFirst()
        return rest.first == "\\" || isStructure(rest, labels: labels)
    }

    static func line(_ line: String, labels: Set<String>) -> String {
        let text = line[...]
        return isStructure(text, labels: labels) || startsWithEscape(text, labels: labels) ? "\\" + line : line
    }

    static func unescape(_ line: String, labels: Set<String>) -> String {
        startsWithEscape(line[...], labels: labels) ? String(line.dropFirst()) : line
    }

    /// Escapes a paragraph: its first line against labels and headings, the others against headings.
    static func paragraph(_ paragraph: String, labels: Set<String>) -> String {
        paragraph.components(separatedBy: "\n").enumerated().map { index, text in
            Escaping.line(text, labels: index == 0 ? labels : [])
        }.joined(separator: "\n")
    }
}

/// The body grammar as a line-by-line state machine.
private struct BodyReader {
    let interview: Interview
    let file: String?
    let roles: DefaultSpeakers
    let labels: Set<String>
    var sections: [Section] = []
    var exchanges: [Exchange] = []

    private enum Place { case start, section, question, answers }
    private var place = Place.start
    private var paragraph: [String] = []
    private var paragraphLine = 0

    init(interview: Interview, file: String?) {
        self.interview = interview
        self.file = file
        roles = DefaultSpeakers(interview)
        labels = Set(interview.speakers.map(\.name))
    }

    private func fail(_ line: Int, _ message: String) -> FormatError {
        FormatError(file: file, line: line, message)
    }

    private func speakerID(named name: String) -> String? {
        interview.speakers.first { $0.name == name }?.id
    }

    mutating func consume(_ line: String, lineNumber: Int) throws {
        if Self.isBlank(line) {
            try endParagraph()
            if place == .question { place = .answers }
            return
        }
        if let level = Escaping.headingLevel(line) {
            try endParagraph()
            let text = String(line.dropFirst(level + 1))
            if level == 1 {
                guard !text.isEmpty else { throw fail(lineNumber, "expected a section title after `#`") }
                sections.append(Section(title: text, paragraphs: [], position: exchanges.count))
                place = .section
            } else {
                try openExchange(heading: text, lineNumber: lineNumber)
            }
            return
        }
        if place == .question {
            guard line.hasPrefix(">") else {
                throw fail(lineNumber, "expected `> ` to continue the question, or a blank line before the answer")
            }
            let rest = line.dropFirst()
            var question = exchanges[exchanges.count - 1].question
            question.text += "\n" + (rest.hasPrefix(" ") ? String(rest.dropFirst()) : String(rest))
            exchanges[exchanges.count - 1].question = question
            return
        }
        if place == .start {
            throw fail(lineNumber, "expected a heading (`# Section` or `## Question`) before any text")
        }
        if paragraph.isEmpty { paragraphLine = lineNumber }
        paragraph.append(line)
    }

    /// Whether a line holds only spaces and tabs (`CharacterSet.whitespaces`: tab and the
    /// Unicode space separators).
    static func isBlank(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || ($0.value > 0x7F && $0.properties.generalCategory == .spaceSeparator) }
    }

    mutating func finish(lineNumber: Int) throws {
        try endParagraph()
    }

    private mutating func openExchange(heading: String, lineNumber: Int) throws {
        var text = heading
        var asker = roles.asker
        if let (name, rest) = Escaping.splitLabel(text, labels: labels) {
            asker = speakerID(named: name)
            text = rest
        }
        guard let asker else {
            throw fail(lineNumber, "expected `## **Name:** question`: this interview has no single interviewer or host to ask it")
        }
        text = Escaping.unescape(text, labels: labels)
        guard !text.isEmpty else { throw fail(lineNumber, "expected the question's text after `##`") }
        exchanges.append(Exchange(question: Question(speaker: asker, text: text), answers: []))
        place = .question
    }

    private mutating func endParagraph() throws {
        guard !paragraph.isEmpty else { return }
        defer { paragraph = [] }
        switch place {
        case .start, .question:
            return
        case .section:
            let text = paragraph.map { Escaping.unescape($0, labels: []) }.joined(separator: "\n")
            sections[sections.count - 1].paragraphs.append(text)
        case .answers:
            var lines = paragraph
            var speaker: String?
            if let (name, rest) = Escaping.splitLabel(lines[0], labels: labels) {
                speaker = speakerID(named: name)
                lines[0] = Escaping.unescape(rest, labels: labels)
            } else {
                lines[0] = Escaping.unescape(lines[0], labels: labels)
            }
            for index in lines.indices.dropFirst() { lines[index] = Escaping.unescape(lines[index], labels: []) }
            let text = lines.joined(separator: "\n")
            var answers = exchanges[exchanges.count - 1].answers
            if let speaker {
                answers.append(Answer(speaker: speaker, paragraphs: [text]))
            } else if answers.isEmpty {
                guard let answerer = roles.answerer else {
                    throw fail(paragraphLine, "expected `**Name:**` before this answer: the interview has no single interviewee to give it to")
                }
                answers.append(Answer(speaker: answerer, paragraphs: [text]))
            } else {
                answers[answers.count - 1].paragraphs.append(text)
            }
            exchanges[exchanges.count - 1].answers = answers
        }
    }
}
