/// Turns what a reader found (blocks of turns, questions, answers, headings and text) into an
/// interview: who hosts and who answers, which turns are questions, where sections go.
///
/// Reading and inferring are separate so that every layout gets the same judgement: a WebVTT
/// file and a `Name:` transcript with the same turns make the same interview.
enum StructureInference {
    struct Outcome {
        var interview: Interview
        var warnings: [String]
        var metadataLines: [String]
    }

    static func interview(from document: SourceDocument, fileName: String) -> Outcome {
        var warnings = document.warnings
        var metadataLines = document.metadataLines
        var title = document.title
        var assembler = InterviewAssembler()
        let spoken = document.blocks.contains { if case .turn = $0 { true } else { false } }
        if spoken {
            let roles = TurnRoles(document)
            // A label shown as a role (`Q` as "Interviewer") is accounted for as metadata.
            metadataLines += roles.renamedLabels.map { $0 + ":" }
            if roles.speakers.count <= 1, document.people.count <= 1 {
                let speaker = roles.speakers.first
                title = talk(document, speaker: speaker, title: title, into: &assembler, metadataLines: &metadataLines)
                warnings.append(speaker.map { "only one speaker (\($0)) talks: imported as a talk, with no questions" }
                    ?? "no turn names a speaker: imported as a talk, with no questions")
            } else {
                for name in roles.speakers { _ = assembler.speaker(named: name, role: roles.role(of: name)) }
                title = place(document, roles: roles, title: title, into: &assembler, metadataLines: &metadataLines)
            }
        } else {
            for person in document.people { _ = assembler.speaker(named: person.name, role: person.role) }
            let names = Dictionary(document.people.map { ($0.name, $0.name) }, uniquingKeysWith: { first, _ in first })
            title = place(document, roles: TurnRoles(explicit: names), title: title, into: &assembler, metadataLines: &metadataLines)
        }
        if assembler.sections.isEmpty, assembler.exchanges.isEmpty {
            let paragraphs = document.blocks.flatMap(\.paragraphs)
            assembler.addSection("Text", paragraphs)
        }
        let interview = assembler.build(title: title ?? FileTitle.make(fileName), date: document.date, source: document.source,
                                        media: document.media, tags: document.tags)
        return Outcome(interview: interview, warnings: warnings, metadataLines: metadataLines)
    }

    /// Places blocks in reading order: text before the first turn is the introduction, a
    /// heading opens a section, a turn asks or answers by its speaker's role and its words.
    private static func place(_ document: SourceDocument, roles: TurnRoles, title found: String?, into assembler: inout InterviewAssembler, metadataLines: inout [String]) -> String? {
        var title = found
        var intro: [[String]] = []
        enum Place { case none, question, answer(String), section }
        var place = Place.none
        var sawTurn = false
        var pendingSection: (title: String, paragraphs: [[String]])?
        // Speaker ids by label, so that a transcript of many turns cleans each name once.
        var ids: [String?: String] = [:]
        func speakerID(_ label: String?) -> String {
            if let known = ids[label] { return known }
            let name = roles.name(of: label)
            let id = assembler.speaker(named: name, role: roles.role(of: name))
            ids[label] = id
            return id
        }
        func flushSection() {
            if let section = pendingSection { assembler.addSection(section.title, section.paragraphs, allowEmpty: true) }
            pendingSection = nil
        }
        func flushIntro() {
            if !intro.isEmpty { assembler.addSection(.intro, intro); intro = [] }
        }
        for block in document.blocks {
            if case .text(let lines) = block, pendingSection != nil {
                pendingSection!.paragraphs.append(lines)
                continue
            }
            flushSection()
            switch block {
            case .heading(let level, let text):
                if !sawTurn, title == nil, level == 1, intro.isEmpty, assembler.sections.isEmpty {
                    title = text
                    metadataLines.append(text)
                    continue
                }
                flushIntro()
                pendingSection = (text, [])
                place = .section
            case .text(let lines):
                switch place {
                case .none: intro.append(lines)
                case .question: assembler.extendQuestion([lines])
                case .answer(let id): assembler.answer(id, [lines])
                case .section: _ = assembler.extendLastSection([lines])
                }
            case .question(let turn):
                sawTurn = true
                flushIntro()
                let id = speakerID(turn.label)
                if assembler.ask(id, turn.paragraphs, time: turn.time) { place = .question }
            case .answer(let turn):
                sawTurn = true
                flushIntro()
                let id = speakerID(turn.label)
                if !assembler.hasExchanges { assembler.addSection(.intro, turn.paragraphs); continue }
                assembler.answer(id, turn.paragraphs, time: turn.time)
                place = .answer(id)
            case .turn(let turn):
                sawTurn = true
                flushIntro()
                let name = roles.name(of: turn.label)
                let id = speakerID(turn.label)
                let asker = roles.role(of: name).asks || roles.role(of: name) == .audience
                let continuesQuestion = assembler.lastQuestionSpeaker == id && !assembler.lastExchangeHasAnswers
                if asker, continuesQuestion {
                    // The asker goes on before anyone answers: one question in several turns.
                    assembler.extendQuestion(turn.paragraphs)
                    // A question holds one time, its start: a later one is set aside, not lost.
                    if let time = turn.time { metadataLines.append(time.setAsideMark) }
                    place = .question
                } else if asker, !assembler.hasExchanges || roles.role(of: name) == .audience || TurnWords.asks(turn) || TurnWords.isSubstantial(turn) {
                    // Each audience turn is someone new asking, whatever its words.
                    if assembler.ask(id, turn.paragraphs, time: turn.time) { place = .question }
                } else if !assembler.hasExchanges {
                    // An answerer speaks before anyone asks: their turn opens the first exchange,
                    // so that it keeps its speaker.
                    if assembler.ask(id, turn.paragraphs, time: turn.time) { place = .question }
                } else {
                    assembler.answer(id, turn.paragraphs, newTurn: true, time: turn.time)
                    place = .answer(id)
                }
            }
        }
        flushSection()
        if !intro.isEmpty, !assembler.hasExchanges, assembler.sections.isEmpty {
            // Nothing but text: one section holds it all.
            assembler.addSection("Text", intro)
            intro = []
        }
        flushIntro()
        return title
    }

    /// One speaker throughout: a talk, in one section per heading.
    private static func talk(_ document: SourceDocument, speaker: String?, title found: String?, into assembler: inout InterviewAssembler, metadataLines: inout [String]) -> String? {
        if let speaker { _ = assembler.speaker(named: speaker, role: .host) }
        var title = found
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                if title == nil, level == 1, assembler.sections.isEmpty {
                    title = text
                    metadataLines.append(text)
                } else {
                    assembler.addSection(text, [], allowEmpty: true)
                }
            default:
                // Sections hold no times: the turns' times are set aside, not lost.
                if case .turn(let turn) = block, let time = turn.time { metadataLines.append(time.setAsideMark) }
                let paragraphs = block.paragraphs
                if !assembler.extendLastSection(paragraphs) { assembler.addSection(.talk, paragraphs) }
            }
        }
        return title
    }
}

extension SourceBlock {
    /// The text a block carries, as paragraphs of lines.
    var paragraphs: [[String]] {
        switch self {
        case .turn(let turn), .question(let turn), .answer(let turn): turn.paragraphs
        case .heading(_, let text): [[text]]
        case .text(let lines): [lines]
        }
    }
}
