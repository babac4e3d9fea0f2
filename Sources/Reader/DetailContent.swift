import InterviewKit
import TerminalUI

/// The documents the detail pane shows, made from the model.
///
/// Block ids name what each block is (`question`, `answer-2`, `paragraph-0`), so the controller
/// can tell which answer is on screen when the reader bookmarks "this answer". Text is rendered
/// from its Markdown here, and matches are found in the rendered text, so they land on what is shown.
enum DetailContent {
    /// Which answers of an exchange are marked: the one under the answer cursor (`▸`, what `b`
    /// acts on) and the bookmarked ones (`★`).
    struct AnswerMarks: Hashable, Sendable {
        var cursor: Int?
        var bookmarked: Set<Int> = []

        func label(_ speaker: String, answer: Int) -> String {
            (cursor == answer ? "▸ " : "") + speaker + (bookmarked.contains(answer) ? " ★" : "")
        }
    }

    /// One exchange or section of an interview, with a query's matches highlighted.
    static func document(for interview: Interview, block: Interview.Block, highlight: MatchHighlighter?,
                         marks: AnswerMarks = AnswerMarks()) -> TextDocument {
        let references = InterviewMarkdown.references(in: interview)
        func make(_ id: String, _ kind: TextBlock.Kind, _ markdown: String, after plain: String = "") -> TextBlock {
            let styled = InlineMarkdown.render(markdown, references: references).prefixed(with: plain)
            return TextBlock(id: id, kind: kind, styled: styled, highlights: highlight?.ranges(in: styled.text) ?? [])
        }
        switch block {
        case .exchange(let index):
            let exchange = interview.exchanges[index]
            var blocks = [
                make("question", .heading, exchange.question.text, after: interview.name(of: exchange.question.speaker) + ": ")
            ]
            for (number, answer) in exchange.answers.enumerated() {
                let speech = TextBlock.Kind.speech(speaker: marks.label(interview.name(of: answer.speaker), answer: number),
                                                   time: answer.time?.description)
                blocks.append(make("answer-\(number)", speech, shown(answer.paragraphs).joined(separator: "\n\n")))
            }
            if exchange.answers.isEmpty { blocks.append(make("unanswered", .paragraph, "(no answer)")) }
            return TextDocument(blocks: blocks)
        case .section(let index):
            let section = interview.sections[index]
            return TextDocument(blocks: [make("title", .heading, section.title)]
                + section.paragraphs.enumerated().filter { !InlineMarkdown.isOnlyDefinitions($0.element) }
                    .map { make("paragraph-\($0.offset)", .paragraph, $0.element) })
        }
    }

    /// The paragraphs that show something: one that only defines link references does not.
    private static func shown(_ paragraphs: [String]) -> [String] {
        paragraphs.filter { !InlineMarkdown.isOnlyDefinitions($0) }
    }

    /// What the library list's detail pane shows for an interview: its card.
    static func overview(of summary: InterviewSummary, bookmarks: Int) -> TextDocument {
        var blocks = [TextBlock(id: "title", kind: .heading, text: summary.title)]
        if let date = summary.date { blocks.append(TextBlock(id: "date", kind: .paragraph, text: date)) }
        if !summary.interviewees.isEmpty {
            blocks.append(TextBlock(id: "people", kind: .paragraph, text: "With " + summary.interviewees.joined(separator: ", ")))
        }
        var facts = "\(summary.exchangeCount) questions"
        if bookmarks > 0 { facts += " · \(bookmarks) bookmarked" }
        blocks.append(TextBlock(id: "facts", kind: .paragraph, text: facts + " · Enter to open"))
        return TextDocument(blocks: blocks)
    }

    /// The answer a block id names (`answer-2` → 2); the question counts as the first answer's.
    static func answerIndex(ofBlockID id: String) -> Int? {
        if id == "question" { return 0 }
        guard id.hasPrefix("answer-") else { return nil }
        return Int(id.dropFirst("answer-".count))
    }
}
