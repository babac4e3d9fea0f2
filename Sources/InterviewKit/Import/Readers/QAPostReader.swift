/// Written Q&A posts: question paragraphs, each followed by its answer.
struct QAPostReader: FormatReader {
    let name = "Q&A blog post"

    func fit(_ input: ImportInput) -> ReaderFit {
        let paragraphs = input.prose.paragraphs
        let questions = paragraphs.filter { QuestionShape.classify($0) != .none }.count
        guard questions >= 2 else { return .none }
        return ReaderFit(score: 0.25 + 0.2 * min(1, Double(questions) / 3), reasons: ["\(questions) of \(paragraphs.count) paragraphs are shaped as questions"])
    }

    func read(_ input: ImportInput) throws -> SourceDocument {
        try readProse(input, with: QAPostLayout.importPost)
    }
}

import Foundation

/// Written Q&A posts: an introduction, then question paragraphs (ending in `?` or `:`, or
/// requests like "Tell us about…") each followed by answer paragraphs, maybe a closing thanks
/// and a comments section.
///
/// A paragraph that looks like a question is only taken as one in context: a question is
/// followed by an answer, so a question-like paragraph right before another question is the
/// end of the previous answer (a rhetorical question), and requests and colon prompts must sit
/// between answers.
enum QAPostLayout {
    static func importPost(_ document: inout ImportDocument) -> LayoutResult? {
        let paragraphs = document.paragraphs
        guard !paragraphs.isEmpty else { return nil }
        let end = paragraphs.indices.dropFirst().first { CommentsHeader.matches(paragraphs[$0]) } ?? paragraphs.count
        var asks = paragraphs[..<end].map { QuestionShape.classify($0) }
        let count = end
        for index in 0..<count {
            switch asks[index] {
            case .request:
                let before = index > 0 && asks[index - 1] == .none
                let after = index + 1 < count && asks[index + 1] == .none
                if !(before && after) { asks[index] = .none }
            case .prompt:
                if !(index + 1 < count && asks[index + 1] == .none) { asks[index] = .none }
            default: break
            }
        }
        // A question-like paragraph followed straight by another, after an answer, is the end
        // of that answer.
        var seenQuestion = false
        for index in 0..<count where asks[index] != .none {
            if seenQuestion, index + 1 < count, asks[index + 1] != .none, index > 0, asks[index - 1] == .none {
                asks[index] = .none
                continue
            }
            seenQuestion = true
        }
        let questions = asks.indices.filter { asks[$0] != .none }
        guard questions.count >= 2, let first = questions.first else { return nil }

        // Introduction, with a greeting exchange at its end if there is one.
        var introEnd = first
        var greeting: Int?
        if first >= 2, let candidate = (1..<first).last(where: { isGreeting(paragraphs[$0]) }),
           first - candidate - 1 >= 1, first - candidate - 1 <= 2,
           paragraphs[(candidate + 1)..<first].allSatisfy({ $0.characterCount <= 300 }) {
            greeting = candidate
            introEnd = candidate
        }
        let introParagraphs = Array(paragraphs[..<introEnd])
        let introText = paragraphs[..<first].map(\.flat).joined(separator: "\n")
        let firstAnswer = first + 1 < count ? paragraphs[first + 1].flat : ""
        let names = QANames.find(title: document.metadata.title ?? document.leadingTitle, intro: introText, firstAnswer: firstAnswer, document: &document)

        var assembler = DocumentBuilder()
        let interviewee = assembler.speaker(named: names.interviewee, role: .interviewee)
        let interviewer = assembler.speaker(named: names.interviewer, role: .interviewer)
        assembler.addSection(.intro, introParagraphs.map(\.lines))
        if let greeting {
            assembler.ask(interviewer, [paragraphs[greeting].lines])
            assembler.answer(interviewee, paragraphs[(greeting + 1)..<first].map(\.lines))
        }

        // Closing thanks after the last answer.
        var closingStart = count
        if count - 1 > first, asks[count - 1] == .none, asks[count - 2] == .none, ClosingLine.matches(paragraphs[count - 1]) {
            closingStart = count - 1
        }
        var answer: [Paragraph] = []
        func flushAnswer() {
            let kept = Deduplication.adjacent(answer, document: &document)
            assembler.answer(interviewee, kept.map(\.lines))
            answer = []
        }
        for index in first..<closingStart {
            if asks[index] != .none {
                if !answer.isEmpty { flushAnswer() }
                if !assembler.lastExchangeHasAnswers, assembler.hasExchanges, index > first, asks[index - 1] != .none {
                    assembler.extendQuestion([unwrap(paragraphs[index])])
                } else {
                    assembler.ask(interviewer, [unwrap(paragraphs[index])])
                }
            } else {
                answer.append(paragraphs[index])
            }
        }
        if !answer.isEmpty { flushAnswer() }
        if closingStart < count { assembler.addSection(.closing, paragraphs[closingStart..<count].map(\.lines)) }
        if end < paragraphs.count { assembler.addSection(.comments, paragraphs[end...].map(\.lines)) }
        return LayoutResult(builder: assembler, title: document.title(), date: document.metadata.date)
    }

    /// A question written in bold (`**What?**`) loses the emphasis markers.
    private static func unwrap(_ paragraph: Paragraph) -> [String] {
        guard paragraph.lines.count == 1 else { return paragraph.lines }
        return [QuestionShape.unwrapped(paragraph.first)]
    }

    /// "Hi NAME, welcome to…", "Hello NAME!", "Welcome to the show.": the interviewer's
    /// greeting before the first question.
    static func isGreeting(_ paragraph: Paragraph) -> Bool {
        guard paragraph.characterCount <= 300 else { return false }
        let lower = paragraph.flat.lowercased()
        let openings = ["hi ", "hi,", "hello", "hey ", "hey,", "good day", "good morning", "good afternoon", "good evening", "welcome"]
        return openings.contains(where: lower.hasPrefix) || lower.contains("welcome to")
    }
}

/// Paragraphs a copied page repeats: a truncated copy next to the full one, or the same
/// paragraph twice. Only the fuller copy is kept; the other is listed as noise.
enum Deduplication {
    static func adjacent(_ paragraphs: [Paragraph], document: inout ImportDocument) -> [Paragraph] {
        guard paragraphs.count >= 2 else { return paragraphs }
        var kept: [Paragraph] = []
        for paragraph in paragraphs {
            guard let previous = kept.last else { kept.append(paragraph); continue }
            let a = normalised(previous.text), b = normalised(paragraph.text)
            if a.count >= 20, a.count <= b.count, a.count <= 4000, b.contains(a) {
                document.noise.append(previous.text)
                document.warnings.append("dropped a paragraph the page repeats: “\(previous.text.prefix(60))”")
                kept[kept.count - 1] = paragraph
            } else if b.count >= 20, b.count < a.count, b.count <= 4000, a.contains(b) {
                document.noise.append(paragraph.text)
                document.warnings.append("dropped a paragraph the page repeats: “\(paragraph.text.prefix(60))”")
            } else if let overlap = truncatedTail(of: previous.text, before: paragraph.text) {
                // The page cut a paragraph short and then gave it again in full.
                document.noise.append(overlap.fragment)
                document.warnings.append("dropped a fragment the page repeats: “\(overlap.fragment.prefix(60))”")
                kept[kept.count - 1] = Paragraph(lines: overlap.kept.components(separatedBy: "\n"), start: previous.start)
                kept.append(paragraph)
            } else {
                kept.append(paragraph)
            }
        }
        return kept
    }

    /// A paragraph ending in an unfinished sentence that the next paragraph starts with.
    private static func truncatedTail(of text: String, before next: String) -> (kept: String, fragment: String)? {
        guard let last = text.last, !".?!…:;\"”’)".contains(last) else { return nil }
        let window = text.suffix(400)
        guard let boundary = window.range(of: ". ", options: .backwards) ?? window.range(of: "? ", options: .backwards) ?? window.range(of: "! ", options: .backwards) else { return nil }
        let fragment = String(window[boundary.upperBound...])
        guard fragment.count >= 15, next.hasPrefix(fragment) else { return nil }
        let kept = String(text[..<boundary.upperBound]).trimmingCharacters(in: .whitespaces)
        return kept.isEmpty ? nil : (kept, fragment)
    }

    private static func normalised(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
