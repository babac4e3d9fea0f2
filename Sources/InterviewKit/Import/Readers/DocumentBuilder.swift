/// Builds a `SourceDocument` for layouts that mark questions and answers themselves (Q&A
/// posts, question headings, labelled-answer articles, video pages), with the vocabulary those
/// layouts think in: declare a speaker, open a section, ask, answer.
///
/// It records blocks only; `StructureInference` turns them into an interview. Speakers are
/// named, not numbered: a block's label is the speaker's name as declared here.
struct DocumentBuilder {
    private(set) var blocks: [SourceBlock] = []
    private(set) var people: [(name: String, role: Speaker.Role)] = []
    private(set) var exchangeCount = 0
    private var lastAnswerer: String?
    private var lastAsker: String?
    private var sectionIsOpen = false

    /// Declares a speaker; the returned key names them in `ask` and `answer`.
    mutating func speaker(named rawName: String, role: Speaker.Role) -> String {
        let name = InterviewAssembler.cleanName(rawName)
        if !people.contains(where: { $0.name == name }) { people.append((name, role)) }
        return name
    }

    var hasExchanges: Bool { exchangeCount > 0 }
    var lastExchangeHasAnswers: Bool { lastAnswerer != nil }
    var lastQuestionSpeaker: String? { lastAsker }

    /// Text outside the questions and answers, under a heading.
    mutating func addSection(_ title: String, _ paragraphs: [[String]], allowEmpty: Bool = false) {
        let clean = paragraphs.filter { !InterviewAssembler.clean($0).isEmpty }
        guard !clean.isEmpty || allowEmpty else { return }
        blocks.append(.heading(level: 1, text: title))
        blocks += clean.map(SourceBlock.text)
        sectionIsOpen = true
    }

    mutating func addSection(_ kind: Section.Kind, _ paragraphs: [[String]]) {
        addSection(kind.title, paragraphs)
    }

    /// Text that continues the section just opened; false when no section is open here.
    mutating func extendLastSection(_ paragraphs: [[String]]) -> Bool {
        guard sectionIsOpen else { return false }
        blocks += paragraphs.map(SourceBlock.text)
        return true
    }

    /// Starts an exchange; false when the question has no text.
    @discardableResult
    mutating func ask(_ speaker: String, _ paragraphs: [[String]], time: Timecode? = nil) -> Bool {
        guard paragraphs.contains(where: { !InterviewAssembler.clean($0).isEmpty }) else { return false }
        blocks.append(.question(Turn(label: speaker, time: time, paragraphs: paragraphs)))
        exchangeCount += 1
        lastAsker = speaker
        lastAnswerer = nil
        sectionIsOpen = false
        return true
    }

    /// More paragraphs of the question just asked.
    mutating func extendQuestion(_ paragraphs: [[String]]) {
        guard hasExchanges else { return }
        blocks += paragraphs.map(SourceBlock.text)
    }

    /// An answer to the last question; the same speaker answering again continues their answer.
    mutating func answer(_ speaker: String, _ paragraphs: [[String]], time: Timecode? = nil) {
        guard hasExchanges, paragraphs.contains(where: { !InterviewAssembler.clean($0).isEmpty }) else { return }
        blocks.append(.answer(Turn(label: speaker, time: time, paragraphs: paragraphs)))
        lastAnswerer = speaker
    }

    /// The document: what the prose preparation found, plus these blocks and speakers.
    func document(from prepared: ImportDocument, title: String?, date: String?) -> SourceDocument {
        var document = SourceDocument(prose: prepared)
        if let title { document.title = title }
        if let date { document.date = date }
        // Layouts that declare speakers name them; the rest keep the metadata's people.
        if !people.isEmpty { document.people = people }
        document.blocks = blocks
        return document
    }
}
