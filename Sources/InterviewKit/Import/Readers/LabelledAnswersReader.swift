/// Articles that label only the answers (`Surname: …`) and put the interviewer's questions in
/// plain paragraphs between them: the labels are answerers, the plain question-like paragraphs
/// before them are the questions.
struct LabelledAnswersReader: FormatReader {
    let name = "article with labelled answers"

    func fit(_ input: ImportInput) -> ReaderFit {
        guard let (_, scan) = Self.layout(input) else { return .none }
        // Preferred to the plain transcript reading of the same labels: this is the more specific layout.
        let transcript = LabelledTranscriptReader.score(scan)
        return ReaderFit(score: transcript.score + 0.02, reasons: ["labels only answer; plain question paragraphs come before them"] + transcript.reasons)
    }

    func read(_ input: ImportInput) throws -> SourceDocument {
        guard let (result, _) = Self.layout(input) else { throw ReaderMismatch(reader: name) }
        return result.0.document(result.1)
    }

    private static func layout(_ input: ImportInput) -> ((LayoutResult, ImportDocument), LabelledLines)? {
        var prepared = input.prose
        let scan = input.labelled
        guard scan.turnCount >= 2 else { return nil }
        var names: [String] = []
        var seen = Set<String>()
        for case .turn(let name, _, _, _) in scan.items where seen.insert(name).inserted { names.append(name) }
        guard names.count >= 1, let result = labelledAnswers(items: scan.items, names: names, document: &prepared) else { return nil }
        return ((result, prepared), scan)
    }

    /// Articles whose labelled speakers never ask, with question-like plain paragraphs right
    /// before labelled answers; nil when the text does not look like that.
    static func labelledAnswers(items: [LabelledLines.Item], names: [String], document: inout ImportDocument) -> LayoutResult? {
        // The first question is in the plain text before the first answer: a text that opens
        // with a label is not this layout. Asked first because it is the cheapest check, and
        // most transcripts fail it.
        guard let firstTurn = items.firstIndex(where: { if case .turn = $0 { true } else { false } }), firstTurn > 0 else { return nil }
        if document.metadata.people.contains(where: { $0.role.asks }) { return nil }
        if names.contains(where: { SpeakerDirectory.impliedRole($0, pressBriefing: false) != nil }) { return nil }
        if someoneAsks(items) { return nil }
        var slots = 0
        var sameSpeakerSlots = 0
        var anyBold = false
        for (index, item) in items.enumerated() {
            guard case .turn(let name, _, _, _) = item else { continue }
            if index > 0, case .text(let before) = items[index - 1], QuestionShape.classify(Paragraph(lines: before, start: 0)) != .none {
                slots += 1
                // Who spoke before the question: the same person answering again means the
                // question was not theirs.
                var back = index - 1
                while back > 0, case .text = items[back] { back -= 1 }
                if case .turn(let previous, _, _, _) = items[back], previous == name { sameSpeakerSlots += 1 }
            }
            if case .turn(_, _, let bold, _) = item, bold { anyBold = true }
        }
        guard slots >= 2, sameSpeakerSlots >= 1 || (!anyBold && slots >= 3) else { return nil }

        // The introduction: everything before the first question.
        var lead: [[String]] = []
        for item in items[..<firstTurn] {
            switch item {
            case .text(let lines): lead.append(lines)
            case .heading(_, let text): lead.append([text])
            case .turn: break
            }
        }
        let introText = lead.map { $0.joined(separator: " ") }.joined(separator: "\n")
        let allText = items.compactMap { item -> String? in if case .text(let lines) = item { lines.joined(separator: " ") } else { nil } }.joined(separator: "\n")

        var assembler = DocumentBuilder()
        var ids: [String: String] = [:]
        let interviewerName = PersonNames.first(after: PersonNames.interviewerCues, in: introText)
        for name in names {
            var full = name
            if !name.contains(" "), let found = PersonNames.fullName(forSurname: name, in: introText) ?? PersonNames.fullName(forSurname: name, in: allText) {
                full = found
            }
            ids[name] = assembler.speaker(named: full, role: .interviewee)
        }
        if interviewerName == nil { document.warnings.append("the interviewer is not named in the text; called them \"Interviewer\"") }
        let interviewer = assembler.speaker(named: interviewerName ?? "Interviewer", role: .interviewer)

        let (introParagraphs, firstQuestion) = splitQuestion(lead)
        assembler.addSection(.intro, introParagraphs)
        assembler.ask(interviewer, firstQuestion)

        var lastSpeaker: String?
        var run: [[String]] = []
        func closeRun(before next: String?) {
            defer { run = [] }
            guard !run.isEmpty else { return }
            guard let previous = lastSpeaker else { return }
            let candidate = run[run.count - 1]
            let asks = next != nil && (QuestionShape.classify(Paragraph(lines: candidate, start: 0)) != .none || next == previous)
            if asks {
                let (continuation, question) = splitQuestion(run)
                assembler.answer(ids[previous]!, continuation)
                assembler.ask(interviewer, question)
            } else {
                assembler.answer(ids[previous]!, run)
            }
        }
        for item in items[firstTurn...] {
            switch item {
            case .text(let lines): run.append(lines)
            case .heading(_, let text): run.append([text])
            case .turn(let name, let lines, _, _):
                closeRun(before: name)
                assembler.answer(ids[name]!, [lines])
                lastSpeaker = name
            }
        }
        closeRun(before: nil)
        return LayoutResult(builder: assembler, title: document.title(), date: document.metadata.date)
    }

    /// Whether a labelled speaker asks: two or more of their turns, and a quarter of them at
    /// least, end in a question. Then the labels are not only answerers and the layout does not
    /// hold. Every speaker's turns are counted first, so the question check (the costly part)
    /// stops at the first speaker who reaches their threshold: in a transcript where the host
    /// is labelled too, that is within the first few questions.
    private static func someoneAsks(_ items: [LabelledLines.Item]) -> Bool {
        var turnCounts: [String: Int] = [:]
        for case .turn(let name, _, _, _) in items { turnCounts[name, default: 0] += 1 }
        var questions: [String: Int] = [:]
        for case .turn(let name, let lines, _, _) in items where Sentences.isQuestion(lines: lines) {
            let asked = questions[name, default: 0] + 1
            questions[name] = asked
            if asked >= 2, asked * 4 >= turnCounts[name, default: 1] { return true }
        }
        return false
    }

    /// Splits a run of plain paragraphs into what comes before the question and the question:
    /// the last paragraph, with the question-like paragraphs right before it.
    private static func splitQuestion(_ run: [[String]]) -> ([[String]], [[String]]) {
        var start = run.count - 1
        while start > 0, QuestionShape.classify(Paragraph(lines: run[start - 1], start: 0)) == .asks { start -= 1 }
        return (Array(run[..<start]), Array(run[start...]))
    }
}
