/// Markdown Q&A posts whose questions are headings (`## What got you started?`).
struct HeadingQAReader: FormatReader {
    let name = "Markdown Q&A with question headings"

    func fit(_ input: ImportInput) -> ReaderFit {
        var questions = 0
        var headings = 0
        for line in input.proseBody {
            guard line.first == "#", let heading = MarkdownHeading.parse(line) else { continue }
            headings += 1
            if QuestionShape.classify(Paragraph(lines: [heading.text], start: 0)) != .none { questions += 1 }
        }
        guard questions >= 2 else { return .none }
        // Above any Q&A post (at most 0.45): headings that ask are the surer sign.
        return ReaderFit(score: 0.46 + 0.03 * Double(questions) / Double(headings), reasons: ["\(questions) of \(headings) headings ask"])
    }

    func read(_ input: ImportInput) throws -> SourceDocument {
        try readProse(input, with: HeadingQALayout.importHeadings)
    }
}

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
                if MarkdownHeading.parse(line) != nil {
                    if !current.isEmpty { paragraphs.append(Paragraph(lines: current, start: paragraph.start + offset - current.count)) }
                    paragraphs.append(Paragraph(lines: [line], start: paragraph.start + offset))
                    current = []
                } else {
                    current.append(line)
                }
            }
            if !current.isEmpty { paragraphs.append(Paragraph(lines: current, start: paragraph.start)) }
        }
        let headings = paragraphs.map { $0.lines.count == 1 ? MarkdownHeading.parse($0.first) : nil }
        var isQuestion = headings.map { heading -> Bool in
            guard let heading else { return false }
            return QuestionShape.classify(Paragraph(lines: [heading.text], start: 0)) != .none
        }
        QuestionSeries.complete(&isQuestion, headings: headings)
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

        var assembler = DocumentBuilder()
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
        return LayoutResult(builder: assembler, title: document.title(found: title), date: document.metadata.date)
    }
}

/// In a series of question headings, a heading at the same level between them is a question too,
/// even without its `?` (`### Can you tell us about yourself (hobbies, education, etc)`), unless
/// it names a section ("Comments", "About the author").
enum QuestionSeries {
    static let sectionWords: Set<String> = [
        "introduction", "intro", "comments", "comment", "about", "bio", "biography", "links", "resources", "conclusion",
        "notes", "summary", "references", "related", "credits", "transcript", "show notes", "closing", "contents",
    ]

    static func complete(_ isQuestion: inout [Bool], headings: [(level: Int, text: String)?]) {
        var levels: [Int: Int] = [:]
        for (index, asks) in isQuestion.enumerated() where asks { levels[headings[index]!.level, default: 0] += 1 }
        guard let (level, count) = levels.max(by: { $0.value < $1.value }), count >= 3,
              let last = isQuestion.lastIndex(of: true) else { return }
        for index in 0...last where !isQuestion[index] {
            guard let heading = headings[index], heading.level == level else { continue }
            let lower = heading.text.lowercased()
            let words = heading.text.split(separator: " ").count
            if words < 3 || sectionWords.contains(where: { lower == $0 || lower.hasPrefix($0 + " ") }) { continue }
            if CommentsHeader.matches(Paragraph(lines: [heading.text], start: 0)) { continue }
            isQuestion[index] = true
        }
    }
}
