/// The body grammar of a canonical file (docs/FORMAT.md) as a line-by-line state machine.
///
/// Every line is looked at once and every piece of text is appended in place, never copied again,
/// so reading is linear however the file is shaped: a question's `>` lines are collected and
/// joined once when the question ends, and answers grow inside `exchanges` rather than in a
/// copy of the last exchange's answers (which made an answer of 100,000 paragraphs take
/// minutes).
struct BodyReader {
    let file: String?
    let roles: DefaultSpeakers
    let idsByName: [String: String]
    let turnStart: Escaping.LineStart
    private(set) var sections: [Section] = []
    private(set) var exchanges: [Exchange] = []

    private enum Place { case start, section, question, answers }
    private var place = Place.start
    private var paragraph: [String] = []
    private var paragraphLine = 0
    /// The open question's lines after its heading line, joined when the question ends.
    private var questionLines: [String] = []

    init(interview: Interview, file: String?) {
        self.file = file
        roles = DefaultSpeakers(interview)
        idsByName = Dictionary(interview.speakers.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        turnStart = Escaping.LineStart(labels: Set(idsByName.keys), markers: true)
    }

    private func fail(_ line: Int, _ message: String) -> FormatError {
        FormatError(file: file, line: line, message)
    }

    mutating func consume(_ line: String, lineNumber: Int) throws {
        if Self.isBlank(line) {
            try endBlock()
            if place == .question { place = .answers }
            return
        }
        if let level = Escaping.headingLevel(line) {
            try endBlock()
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
            questionLines.append(rest.hasPrefix(" ") ? String(rest.dropFirst()) : String(rest))
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
        try endBlock()
    }

    /// Ends what a blank line, a heading or the end of the file ends: the open question's
    /// continuation lines, or the open paragraph.
    private mutating func endBlock() throws {
        if place == .question, !questionLines.isEmpty {
            exchanges[exchanges.count - 1].question.text += "\n" + questionLines.joined(separator: "\n")
            questionLines = []
        }
        try endParagraph()
    }

    private mutating func openExchange(heading: String, lineNumber: Int) throws {
        var text = heading
        var asker = roles.asker
        if let (name, rest) = Escaping.splitLabel(text, labels: turnStart.labels) {
            asker = idsByName[name]
            text = rest
        }
        let time = try readTime(&text, lineNumber: lineNumber)
        guard let asker else {
            throw fail(lineNumber, "expected `## **Name:** question`: this interview has no single interviewer or host to ask it")
        }
        text = Escaping.unescape(text, at: turnStart)
        guard !text.isEmpty else { throw fail(lineNumber, "expected the question's text after `##`") }
        exchanges.append(Exchange(question: Question(speaker: asker, text: text, time: time), answers: []))
        place = .question
    }

    /// Takes a time marker off the front of a turn's first line; a marker-shaped text that is
    /// not a time is an error at this line, so a typo never turns a time into text.
    private func readTime(_ text: inout String, lineNumber: Int) throws -> Timecode? {
        switch TimeMarker.read(text[...]) {
        case nil:
            return nil
        case .malformed(let found):
            throw fail(lineNumber, TimeMarker.problem(found))
        case .time(let time, let rest):
            text = String(rest)
            return time
        }
    }

    private mutating func endParagraph() throws {
        guard !paragraph.isEmpty else { return }
        defer { paragraph = [] }
        switch place {
        case .start, .question:
            return
        case .section:
            let text = paragraph.map { Escaping.unescape($0, at: .plain) }.joined(separator: "\n")
            sections[sections.count - 1].paragraphs.append(text)
        case .answers:
            try endAnswerParagraph()
        }
    }

    /// A paragraph below a question: a label or a time marker starts a new answer (a marker
    /// alone, by the speaker of the answer before it); anything else continues the current one.
    private mutating func endAnswerParagraph() throws {
        var first = paragraph[0]
        var speaker: String?
        if let (name, rest) = Escaping.splitLabel(first, labels: turnStart.labels) {
            speaker = idsByName[name]
            first = rest
        }
        let time = try readTime(&first, lineNumber: paragraphLine)
        var lines = [Escaping.unescape(first, at: turnStart)]
        lines += paragraph.dropFirst().map { Escaping.unescape($0, at: .plain) }
        let text = lines.joined(separator: "\n")
        let last = exchanges.count - 1
        // Only counts and ids are taken from the answers: a local copy of the array would make
        // the appends below copy it whole.
        let answerCount = exchanges[last].answers.count
        if speaker == nil, time != nil, answerCount > 0 {
            speaker = exchanges[last].answers[answerCount - 1].speaker
        }
        if let speaker {
            exchanges[last].answers.append(Answer(speaker: speaker, paragraphs: [text], time: time))
        } else if answerCount == 0 {
            guard let answerer = roles.answerer else {
                throw fail(paragraphLine, "expected `**Name:**` before this answer: the interview has no single interviewee to give it to")
            }
            exchanges[last].answers.append(Answer(speaker: answerer, paragraphs: [text], time: time))
        } else {
            exchanges[last].answers[answerCount - 1].paragraphs.append(text)
        }
    }
}
