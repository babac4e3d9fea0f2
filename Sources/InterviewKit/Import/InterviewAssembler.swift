/// Collects speakers, sections and exchanges as a layout finds them, and turns them into an
/// `Interview` that the canonical writer accepts: unique speaker ids and names, clean
/// paragraphs, sections placed by position, no empty answers.
struct InterviewAssembler {
    private(set) var speakers: [Speaker] = []
    private(set) var sections: [Section] = []
    private(set) var exchanges: [Exchange] = []

    /// The id of the speaker with this name, declaring them on first use.
    mutating func speaker(named rawName: String, role: Speaker.Role) -> String {
        let name = InterviewAssembler.cleanName(rawName)
        if let existing = speakers.first(where: { $0.name == name }) { return existing.id }
        let base = Slug.make(name, maxLength: 40, fallback: "speaker")
        var id = base
        var counter = 2
        while speakers.contains(where: { $0.id == id }) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        speakers.append(Speaker(id: id, name: name, role: role))
        return id
    }

    mutating func setRole(_ role: Speaker.Role, of id: String) {
        if let index = speakers.firstIndex(where: { $0.id == id }) { speakers[index].role = role }
    }

    func role(of id: String) -> Speaker.Role? { speakers.first { $0.id == id }?.role }

    /// A name fit for the front matter and for `**Name:**` labels: one line, plain apostrophes,
    /// no markup that would confuse the label syntax.
    static func cleanName(_ raw: String) -> String {
        var name = PersonNames.normalised(raw.replacingOccurrences(of: "\n", with: " "))
        name = name.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: ":", with: "")
        name = DecodingTrim.trim(name)
        return name.isEmpty ? "Unnamed speaker" : name
    }

    var hasExchanges: Bool { !exchanges.isEmpty }
    var lastAnswerSpeaker: String? { exchanges.last?.answers.last?.speaker }
    var lastExchangeHasAnswers: Bool { !(exchanges.last?.answers.isEmpty ?? true) }
    var lastQuestionSpeaker: String? { exchanges.last?.question.speaker }

    /// Adds text outside the questions and answers; merges with the previous section when it
    /// has the same title and nothing came between.
    mutating func addSection(_ title: String, _ paragraphs: [[String]], allowEmpty: Bool = false) {
        let clean = paragraphs.flatMap(InterviewAssembler.clean)
        guard !clean.isEmpty || allowEmpty else { return }
        let heading = DecodingTrim.trim(title.replacingOccurrences(of: "\n", with: " "))
        let finalTitle = heading.isEmpty ? Section.Kind.notes.title : heading
        if let last = sections.last, last.title == finalTitle, last.position == exchanges.count, !clean.isEmpty {
            sections[sections.count - 1].paragraphs += clean
            return
        }
        sections.append(Section(title: finalTitle, paragraphs: clean, position: exchanges.count))
    }

    mutating func addSection(_ kind: Section.Kind, _ paragraphs: [[String]]) {
        addSection(kind.title, paragraphs)
    }

    /// Appends paragraphs to the last section (text that continues it).
    mutating func extendLastSection(_ paragraphs: [[String]]) -> Bool {
        guard let last = sections.last, last.position == exchanges.count else { return false }
        sections[sections.count - 1].paragraphs += paragraphs.flatMap(InterviewAssembler.clean)
        return true
    }

    /// Starts an exchange with a question; returns false when the text was empty.
    @discardableResult
    mutating func ask(_ speaker: String, _ paragraphs: [[String]], time: Timecode? = nil) -> Bool {
        let clean = paragraphs.flatMap(InterviewAssembler.clean)
        guard !clean.isEmpty else { return false }
        exchanges.append(Exchange(question: Question(speaker: speaker, text: clean.joined(separator: "\n\n"), time: time), answers: []))
        return true
    }

    /// Adds paragraphs to the open question (a question that runs over several paragraphs).
    mutating func extendQuestion(_ paragraphs: [[String]]) {
        let clean = paragraphs.flatMap(InterviewAssembler.clean)
        guard !clean.isEmpty, !exchanges.isEmpty else { return }
        exchanges[exchanges.count - 1].question.text += "\n\n" + clean.joined(separator: "\n\n")
    }

    /// Adds an answer to the last exchange, continuing the last answer if the same person is
    /// still speaking and `newTurn` is false.
    mutating func answer(_ speaker: String, _ paragraphs: [[String]], newTurn: Bool = false, time: Timecode? = nil) {
        let clean = paragraphs.flatMap(InterviewAssembler.clean)
        guard !clean.isEmpty, !exchanges.isEmpty else { return }
        let last = exchanges.count - 1
        // Mutated in place: copying the answers out and back would make long exchanges quadratic.
        if !newTurn, let lastAnswer = exchanges[last].answers.last, lastAnswer.speaker == speaker {
            exchanges[last].answers[exchanges[last].answers.count - 1].paragraphs += clean
        } else {
            exchanges[last].answers.append(Answer(speaker: speaker, paragraphs: clean, time: time))
        }
    }

    /// Paragraph lines made valid: trailing blanks trimmed, shared indentation removed, blank
    /// lines splitting the paragraph in two.
    static func clean(_ lines: [String]) -> [String] {
        var result: [String] = []
        var current: [String] = []
        for line in lines {
            let trimmed = TextDecoding.trimmingTrailingWhitespace(line)
            if trimmed.isEmpty {
                if !current.isEmpty { result.append(Paragraphs.dedent(current).joined(separator: "\n")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { result.append(Paragraphs.dedent(current).joined(separator: "\n")) }
        return result
    }

    func build(title: String, date: String?, source: String?, media: String? = nil, tags: [String]) -> Interview {
        let cleanTitle = DecodingTrim.trim(title.replacingOccurrences(of: "\n", with: " "))
        let finalTitle = cleanTitle.isEmpty ? "Untitled interview" : cleanTitle
        var seenTags = Set<String>()
        let cleanTags = tags.map { DecodingTrim.trim($0.replacingOccurrences(of: "\n", with: " ")) }
            .filter { !$0.isEmpty && seenTags.insert($0).inserted }
        return Interview(
            id: Slug.make(finalTitle), title: finalTitle, date: date, source: source, media: media, tags: cleanTags,
            speakers: speakers, sections: sections, exchanges: exchanges
        )
    }
}
