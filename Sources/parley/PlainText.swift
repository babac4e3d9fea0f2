import InterviewKit

/// An interview as plain text for the terminal or a pipe: title, people, then every section and
/// exchange in reading order. Every piece of text is made safe here (control characters
/// visible) before `emphasis` wraps it, so escape codes that `emphasis` adds survive.
enum PlainText {
    /// - Parameters:
    ///   - emphasis: marks titles and speaker labels (given safe text).
    ///   - body: turns the Markdown of a question or of an answer's paragraphs (joined by a blank
    ///     line) into safe output: rendered, or as written with `--raw`.
    static func render(
        _ interview: Interview, emphasis: (String) -> String = { $0 }, body: (String) -> String = Console.safe
    ) -> String {
        func mark(_ text: String) -> String { emphasis(Console.safe(text)) }
        var out: [String] = [mark(interview.title)]
        let meta = [interview.date, interview.source].compactMap { $0 }
        if !meta.isEmpty { out.append(Console.safe(meta.joined(separator: " · "))) }
        for speaker in interview.speakers { out.append(Console.safe("  \(speaker.name) (\(speaker.role.rawValue))")) }
        var number = 0
        for block in interview.blocks {
            out.append("")
            switch block {
            case .section(let index):
                let section = interview.sections[index]
                out.append(mark("[\(section.title)]"))
                section.paragraphs.forEach { out.append(""); out.append(body($0)) }
            case .exchange(let index):
                number += 1
                let exchange = interview.exchanges[index]
                out.append(mark("Q\(number). \(interview.name(of: exchange.question.speaker)): ") + body(exchange.question.text))
                for answer in exchange.answers {
                    out.append("")
                    out.append(mark(interview.name(of: answer.speaker) + ":"))
                    out.append(body(answer.paragraphs.joined(separator: "\n\n")))
                }
            }
        }
        return out.joined(separator: "\n")
    }
}
