/// Markdown copies of Q&A posts whose questions are headings (`## What got you started?`),
/// with the answers as the paragraphs under them. Headings that are not questions become
/// sections ("Comments", "About the guest").
enum HeadingQALayout {
    static func importHeadings(_ document: inout ImportDocument) -> LayoutResult? {
        // Headings may share a paragraph with the text under them; give them their own.
        var paragraphs: [Paragraph] = []
        for paragraph in document.paragraphs {
            var current: [String] = []
            for (offset, line) in paragraph.lines.enumerated() {
                if TranscriptLayout.heading(line) != nil {
                    if !current.isEmpty { paragraphs.append(Paragraph(lines: current, start: paragraph.start + offset - current.count)) }
                    paragraphs.append(Paragraph(lines: [line], start: paragraph.start + offset))
                    current = []
                } else {
                    current.append(line)
                }
            }
            if !current.isEmpty { paragraphs.append(Paragraph(lines: current, start: paragraph.start)) }
        }
        let headings = paragraphs.map { $0.lines.count == 1 ? TranscriptLayout.heading($0.first) : nil }
        let isQuestion = headings.map { heading -> Bool in
            guard let heading else { return false }
            return QuestionShape.classify(Paragraph(lines: [heading.text], start: 0)) != .none
        }
        guard isQuestion.filter({ $0 }).count >= 2, let first = isQuestion.firstIndex(of: true) else { return nil }

        var title: String?
        var introParagraphs: [[String]] = []
        var leadSections: [(String, [[String]])] = []
        for index in 0..<first {
            if let heading = headings[index] {
                if heading.level == 1, title == nil, document.metadata.title == nil, document.leadingTitle == nil, introParagraphs.isEmpty, leadSections.isEmpty {
                    title = heading.text
                    document.metadataLines.append(paragraphs[index].first)
                } else {
                    leadSections.append((heading.text, []))
                }
            } else if leadSections.isEmpty {
                introParagraphs.append(paragraphs[index].lines)
            } else {
                leadSections[leadSections.count - 1].1.append(paragraphs[index].lines)
            }
        }
        let introText = paragraphs[..<first].map(\.flat).joined(separator: "\n")
        let firstAnswer = first + 1 < paragraphs.count ? paragraphs[first + 1].flat : ""
        let names = QANames.find(title: document.metadata.title ?? title ?? document.leadingTitle, intro: introText, firstAnswer: firstAnswer, document: &document)

        var assembler = InterviewAssembler()
        let interviewee = assembler.speaker(named: names.interviewee, role: .interviewee)
        let interviewer = assembler.speaker(named: names.interviewer, role: .interviewer)
        assembler.addSection(.intro, introParagraphs)
        for (heading, body) in leadSections { assembler.addSection(heading, body, allowEmpty: true) }
        var inSection = false
        for index in first..<paragraphs.count {
            if let heading = headings[index] {
                if isQuestion[index] {
                    assembler.ask(interviewer, [[heading.text]])
                    inSection = false
                } else {
                    if CommentsHeader.matches(Paragraph(lines: [heading.text], start: 0)) {
                        // Titled "Comments" so readers know the kind; a heading like "3 Comments" stays as text.
                        let title = Section.Kind.comments.title
                        assembler.addSection(title, heading.text == title ? [] : [[heading.text]], allowEmpty: true)
                    } else {
                        assembler.addSection(heading.text, [], allowEmpty: true)
                    }
                    inSection = true
                }
            } else if inSection {
                _ = assembler.extendLastSection([paragraphs[index].lines])
            } else {
                assembler.answer(interviewee, [paragraphs[index].lines])
            }
        }
        return LayoutResult(name: "Markdown Q&A with question headings", assembler: assembler, title: document.title(found: title),
                            date: document.metadata.date, source: document.metadata.source, tags: document.metadata.tags)
    }
}
