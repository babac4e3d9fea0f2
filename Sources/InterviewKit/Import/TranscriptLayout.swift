/// Transcripts whose turns open with a speaker label (`**Name:**`, `Name:`, alone on their line
/// or not, with or without timestamps), and articles whose answers are labelled by the speaker
/// while the interviewer's questions are not.
///
/// In a transcript a question is a turn by the host (known from the metadata, from the labels
/// themselves, from who says "welcome", or else the first speaker) and the turns by others
/// that follow are its answers. Unlabelled paragraphs continue the previous speaker.
enum TranscriptLayout {
    enum Item {
        case turn(name: String, lines: [String], bold: Bool)
        case text([String])
        case heading(level: Int, text: String)
    }

    static func importIfLabelled(_ document: inout ImportDocument) -> LayoutResult? {
        let paragraphs = document.paragraphs
        // 1. Which labels are real: bold ones, and plain ones that repeat or the metadata names.
        var counts: [String: (bold: Int, plain: Int)] = [:]
        for paragraph in paragraphs {
            for line in paragraph.lines {
                guard let first = line.unicodeScalars.first, first == "*" || first == "[" || first == "(" || first == "\\" || first.properties.isAlphabetic || ("0"..."9").contains(first) else { continue }
                guard let label = SpeakerLabel.parse(line) else { continue }
                var entry = counts[label.name] ?? (0, 0)
                if label.bold { entry.bold += 1 } else { entry.plain += 1 }
                counts[label.name] = entry
            }
        }
        let declared = Set(document.metadata.people.map(\.name))
        var accepted = Set<String>()
        for (name, count) in counts where !PageNoise.markerWords.contains(name.lowercased()) {
            if count.bold > 0 || count.plain >= 2 || declared.contains(name) { accepted.insert(name) }
        }
        let plainOnly = accepted.filter { (counts[$0]?.bold ?? 0) == 0 }
        if plainOnly.count == 1, accepted.count == 1, let only = plainOnly.first, (counts[only]?.plain ?? 0) < 3, !declared.contains(only) {
            accepted.removeAll()
        }
        let turnCount = accepted.reduce(0) { $0 + (counts[$1]?.bold ?? 0) + (counts[$1]?.plain ?? 0) }
        guard turnCount >= 2 else { return nil }

        // 2. Items: turns, unlabelled paragraphs and headings.
        var items: [Item] = []
        for paragraph in paragraphs {
            if paragraph.lines.count == 1, let heading = heading(paragraph.first) {
                items.append(.heading(level: heading.level, text: heading.text))
                continue
            }
            var current: [String] = []
            var currentLabel: SpeakerLabel?
            func flush() {
                if let label = currentLabel {
                    items.append(.turn(name: label.name, lines: current, bold: label.bold))
                } else if !current.isEmpty {
                    items.append(.text(current))
                }
                current = []
                currentLabel = nil
            }
            for line in paragraph.lines {
                if let label = SpeakerLabel.parse(line), accepted.contains(label.name) {
                    flush()
                    currentLabel = label
                    let text = label.lineText
                    if !text.isEmpty { current.append(text) }
                } else if currentLabel != nil, current.count == 1, Timestamp.isOnlyTimestamps(current[0]) {
                    // `Name [00:12]` alone on its line: the timestamp opens the text below it.
                    current[0] += " " + line
                } else {
                    current.append(line)
                }
            }
            flush()
        }

        items = attachLoneLabels(items, document: &document)

        // 3. Who asks.
        var names: [String] = []
        var seen = Set<String>()
        for case .turn(let name, _, _) in items where seen.insert(name).inserted { names.append(name) }
        if names.count == 1, declared.count <= 1 {
            return monologue(items: items, speaker: names[0], document: &document)
        }
        if let result = labelledAnswers(items: items, names: names, document: &document) { return result }
        return transcript(items: items, names: names, document: &document)
    }

    /// Gives a label that stands alone (`**Name:**` then a blank line) the paragraph after it;
    /// a label followed by nothing is listed as noise.
    private static func attachLoneLabels(_ items: [Item], document: inout ImportDocument) -> [Item] {
        var result: [Item] = []
        result.reserveCapacity(items.count)
        var index = 0
        while index < items.count {
            if case .turn(let name, let lines, let bold) = items[index], lines.isEmpty || (lines.count == 1 && Timestamp.isOnlyTimestamps(lines[0])) {
                if index + 1 < items.count, case .text(var next) = items[index + 1] {
                    if let stamp = lines.first { next[0] = stamp + " " + next[0] }
                    result.append(.turn(name: name, lines: next, bold: bold))
                    index += 2
                    continue
                }
                let label = bold ? "**\(name):**" : "\(name):"
                document.noise.append(([label] + lines).joined(separator: " "))
                index += 1
                continue
            }
            result.append(items[index])
            index += 1
        }
        return result
    }

    /// `# Heading` lines, with emphasis removed from the text.
    static func heading(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = line.dropFirst(hashes.count)
        guard rest.first == " " else { return nil }
        let text = QuestionShape.unwrapped(DecodingTrim.trim(rest))
        return text.isEmpty ? nil : (hashes.count, DecodingTrim.trim(text))
    }

    /// The role a label's own wording gives ("Q", "Interviewer", "Audience member").
    static func impliedRole(_ name: String) -> Speaker.Role? {
        let key = name.lowercased()
        if ["q", "interviewer", "question"].contains(key) { return .interviewer }
        if ["a", "interviewee", "answer"].contains(key) { return .interviewee }
        if ["host", "moderator"].contains(key) { return .host }
        if ["guest"].contains(key) { return .guest }
        if key.hasPrefix("audience") || key.hasPrefix("question from") || key.hasPrefix("attendee") { return .audience }
        return nil
    }

    private static func displayName(_ name: String) -> String {
        switch name.lowercased() {
        case "q": "Interviewer"
        case "a": "Interviewee"
        default: name
        }
    }

    // MARK: Ordinary transcripts

    private static func transcript(items: [Item], names: [String], document: inout ImportDocument) -> LayoutResult {
        var roles: [String: Speaker.Role] = [:]
        for person in document.metadata.people {
            if let match = names.first(where: { $0 == person.name || person.name.hasSuffix(" " + $0) || person.name.hasPrefix($0 + " ") }) {
                roles[match] = person.role
            }
        }
        for name in names where roles[name] == nil {
            if let role = impliedRole(name) { roles[name] = role }
        }
        if !roles.values.contains(where: \.asks) {
            let host = welcomingSpeaker(items) ?? names[0]
            roles[host] = .host
        }
        let asksAsInterview = roles.values.contains(.interviewer)
        for name in names where roles[name] == nil { roles[name] = asksAsInterview ? .interviewee : .guest }

        var assembler = InterviewAssembler()
        var ids: [String: String] = [:]
        for name in names {
            ids[name] = assembler.speaker(named: displayName(name), role: roles[name]!)
            // A renamed label ("Q" → "Interviewer") is listed so that the label's text is accounted for.
            if displayName(name) != name { document.metadataLines.append(name + ":") }
        }
        var title: String? = nil
        var intro: [[String]] = []
        enum Place { case none, question, answer(String), section }
        var place = Place.none
        var sawTurn = false
        for item in items {
            switch item {
            case .heading(let level, let text):
                if !sawTurn, title == nil, document.metadata.title == nil, level == 1, intro.isEmpty {
                    title = text
                    document.metadataLines.append(text)
                    continue
                }
                if !intro.isEmpty { assembler.addSection(.intro, intro); intro = [] }
                assembler.addSection(text, [], allowEmpty: true)
                place = .section
            case .text(let lines):
                switch place {
                case .none: intro.append(lines)
                case .question: assembler.extendQuestion([lines])
                case .answer(let id): assembler.answer(id, [lines])
                case .section: _ = assembler.extendLastSection([lines])
                }
            case .turn(let name, let lines, _):
                sawTurn = true
                if !intro.isEmpty { assembler.addSection(.intro, intro); intro = [] }
                let id = ids[name]!
                let asks = roles[name]!.asks || roles[name]! == .audience
                if asks || !assembler.hasExchanges {
                    if case .question = place, assembler.lastQuestionSpeaker == id, !assembler.lastExchangeHasAnswers {
                        assembler.extendQuestion([lines])
                    } else {
                        assembler.ask(id, [lines])
                    }
                    place = .question
                } else {
                    assembler.answer(id, [lines], newTurn: true)
                    place = .answer(id)
                }
            }
        }
        if !intro.isEmpty { assembler.addSection(.intro, intro) }
        return LayoutResult(name: "transcript with speaker labels", assembler: assembler, title: document.title(found: title),
                            date: document.metadata.date, source: document.metadata.source, tags: document.metadata.tags)
    }
}
