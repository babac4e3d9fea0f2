/// Special cases of labelled text: articles that label only the answers (`Surname: …`) and put
/// the interviewer's questions in plain paragraphs between them, and single-speaker transcripts.
extension TranscriptLayout {
    /// The speaker who opens the show ("Welcome to…", "I'm your host…") among the first turns.
    static func welcomingSpeaker(_ items: [Item]) -> String? {
        let cues = ["welcome to", "welcome back", "welcome everyone", "welcome, everyone", "and welcome", "i'm your host", "i’m your host", "this is your host", "you're listening to", "you’re listening to"]
        var turns = 0
        for case .turn(let name, let lines, _) in items {
            turns += 1
            if turns > 6 { break }
            let text = (lines.first ?? "").lowercased()
            if text.hasPrefix("welcome") || cues.contains(where: text.contains) { return name }
        }
        return nil
    }

    static func monologue(items: [Item], speaker: String, document: inout ImportDocument) -> LayoutResult {
        var assembler = InterviewAssembler()
        _ = assembler.speaker(named: speaker, role: .host)
        var title: String?
        for item in items {
            switch item {
            case .heading(let level, let text):
                if title == nil, document.metadata.title == nil, level == 1, assembler.sections.isEmpty {
                    title = text
                    document.metadataLines.append(text)
                } else {
                    assembler.addSection(text, [], allowEmpty: true)
                }
            case .text(let lines), .turn(_, let lines, _):
                if !assembler.extendLastSection([lines]) { assembler.addSection(.talk, [lines]) }
            }
        }
        document.warnings.append("only one speaker (\(speaker)) talks: imported as a talk, with no questions")
        return LayoutResult(name: "single-speaker transcript", assembler: assembler, title: document.title(found: title),
                            date: document.metadata.date, source: document.metadata.source, tags: document.metadata.tags)
    }

    /// Articles whose labelled speakers never ask, with question-like plain paragraphs right
    /// before labelled answers; nil when the text does not look like that.
    static func labelledAnswers(items: [Item], names: [String], document: inout ImportDocument) -> LayoutResult? {
        if document.metadata.people.contains(where: { $0.role.asks }) { return nil }
        if names.contains(where: { impliedRole($0) != nil }) { return nil }
        var turnsEndingInQuestion: [String: Int] = [:]
        var turnCounts: [String: Int] = [:]
        var slots = 0
        var sameSpeakerSlots = 0
        var anyBold = false
        for (index, item) in items.enumerated() {
            guard case .turn(let name, let lines, _) = item else { continue }
            turnCounts[name, default: 0] += 1
            if Sentences.isQuestion(lines.joined(separator: " ")) { turnsEndingInQuestion[name, default: 0] += 1 }
            if index > 0, case .text(let before) = items[index - 1], QuestionShape.classify(Paragraph(lines: before, start: 0)) != .none {
                slots += 1
                // Who spoke before the question: the same person answering again means the
                // question was not theirs.
                var back = index - 1
                while back > 0, case .text = items[back] { back -= 1 }
                if case .turn(let previous, _, _) = items[back], previous == name { sameSpeakerSlots += 1 }
            }
            if case .turn(_, _, let bold) = item, bold { anyBold = true }
        }
        for name in names where (turnsEndingInQuestion[name] ?? 0) >= 2 && (turnsEndingInQuestion[name] ?? 0) * 4 >= (turnCounts[name] ?? 1) {
            return nil
        }
        guard slots >= 2, sameSpeakerSlots >= 1 || (!anyBold && slots >= 3), let firstTurn = items.firstIndex(where: { if case .turn = $0 { true } else { false } }) else { return nil }

        // The introduction: everything before the first question.
        var lead: [[String]] = []
        for item in items[..<firstTurn] {
            switch item {
            case .text(let lines): lead.append(lines)
            case .heading(_, let text): lead.append([text])
            case .turn: break
            }
        }
        guard !lead.isEmpty else { return nil }
        let introText = lead.map { $0.joined(separator: " ") }.joined(separator: "\n")
        let allText = items.compactMap { item -> String? in if case .text(let lines) = item { lines.joined(separator: " ") } else { nil } }.joined(separator: "\n")

        var assembler = InterviewAssembler()
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
            case .turn(let name, let lines, _):
                closeRun(before: name)
                assembler.answer(ids[name]!, [lines], newTurn: name != lastSpeaker || assembler.exchanges.last?.answers.isEmpty == true)
                lastSpeaker = name
            }
        }
        closeRun(before: nil)
        return LayoutResult(name: "article with labelled answers", assembler: assembler, title: document.title(),
                            date: document.metadata.date, source: document.metadata.source, tags: document.metadata.tags)
    }

    /// Splits a run of plain paragraphs into what comes before the question and the question:
    /// the last paragraph, with the question-like paragraphs right before it.
    private static func splitQuestion(_ run: [[String]]) -> ([[String]], [[String]]) {
        var start = run.count - 1
        while start > 0, QuestionShape.classify(Paragraph(lines: run[start - 1], start: 0)) == .asks { start -= 1 }
        return (Array(run[..<start]), Array(run[start...]))
    }
}
