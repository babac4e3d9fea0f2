import InterviewKit
import TerminalUI

/// What `y` and `o` do with the answer under the cursor: copy it with its citation, open a link
/// it holds, or else the interview's media at its time (or the interview's source).
enum AnswerActions {
    /// The answer under the cursor, if the cursor is on a question that has answers.
    static func current(_ state: ReaderState) -> (interview: Interview, exchange: Exchange, answer: Answer)? {
        guard let reading = state.reading, let index = reading.selectedExchange else { return nil }
        let exchange = reading.interview.exchanges[index]
        guard !exchange.answers.isEmpty else { return nil }
        return (reading.interview, exchange, exchange.answers[min(reading.answerCursor, exchange.answers.count - 1)])
    }

    static func copy(_ state: inout ReaderState) -> [ReaderEffect] {
        guard let (interview, _, answer) = current(state) else {
            state.message = "Open a question to copy one of its answers"
            return []
        }
        let speaker = interview.name(of: answer.speaker)
        return [.copy(text: citation(of: answer, in: interview), what: "\(speaker)’s answer with its citation")]
    }

    /// The answer as written, then who said it, where and when: `— Ada, “Title” (2020), source`.
    static func citation(of answer: Answer, in interview: Interview) -> String {
        var cite = "— \(interview.name(of: answer.speaker)), “\(interview.title)”"
        if let date = interview.date { cite += " (\(date))" }
        if let source = interview.source { cite += ", \(source)" }
        return answer.paragraphs.joined(separator: "\n\n") + "\n\n" + cite
    }

    static func open(_ state: inout ReaderState) -> [ReaderEffect] {
        guard let reading = state.reading else { return [] }
        let interview = reading.interview
        if let (_, _, answer) = current(state), let link = firstLink(in: answer, of: interview) {
            return [.openExternally(url: link)]
        }
        if let media = interview.media {
            // A media fragment (`#t=seconds`) starts players at the answer's (or question's) time.
            let time = current(state).flatMap { $0.answer.time ?? $0.exchange.question.time }
            return [.openExternally(url: media + (time.map { "#t=\($0.milliseconds / 1000)" } ?? ""))]
        }
        if let source = interview.source, source.hasPrefix("http://") || source.hasPrefix("https://") {
            return [.openExternally(url: source)]
        }
        state.message = "“\(interview.title)” names no media or web source to open"
        return []
    }

    /// The target of the answer's first link (inline, reference, autolink or bare URL), as the
    /// detail pane renders it: the answer is what the cursor marks, so its link is the one under
    /// it. Linear in the answer's length.
    static func firstLink(in answer: Answer, of interview: Interview) -> String? {
        let references = InterviewMarkdown.references(in: interview)
        for paragraph in answer.paragraphs {
            let runs = InlineMarkdown.render(paragraph, references: references).runs
            if let target = runs.first(where: { $0.style.contains(.link) && $0.target != nil })?.target { return target }
        }
        return nil
    }
}
