import InterviewKit
import TerminalUI

/// An interview as plain text for the terminal or a pipe: title, people, then every section and
/// exchange in reading order.
///
/// Each field is sanitised on its own before emphasis is added, so only our escape codes are
/// printed: one-line fields (title, names, section titles) as one line, so a `\n` or U+2028 in
/// a title cannot start a line of its own; paragraphs keep their line breaks.
enum PlainText {
    static func render(_ interview: Interview, emphasis: (String) -> String = { $0 }) -> String {
        let line = { (field: String) in Sanitizer.line(field) }
        let text = { (paragraph: String) in Sanitizer.clean(paragraph, keepNewlines: true) }
        var out: [String] = [emphasis(line(interview.title))]
        let meta = [interview.date, interview.source].compactMap { $0 }
        if !meta.isEmpty { out.append(line(meta.joined(separator: " · "))) }
        for speaker in interview.speakers { out.append("  \(line(speaker.name)) (\(speaker.role.rawValue))") }
        var number = 0
        for block in interview.blocks {
            out.append("")
            switch block {
            case .section(let index):
                let section = interview.sections[index]
                out.append(emphasis("[\(line(section.title))]"))
                section.paragraphs.forEach { out.append(""); out.append(text($0)) }
            case .exchange(let index):
                number += 1
                let exchange = interview.exchanges[index]
                out.append(emphasis("Q\(number). \(line(interview.name(of: exchange.question.speaker))): ") + text(exchange.question.text))
                for answer in exchange.answers {
                    out.append("")
                    out.append(emphasis(line(interview.name(of: answer.speaker)) + ":"))
                    out.append(text(answer.paragraphs.joined(separator: "\n\n")))
                }
            }
        }
        return out.joined(separator: "\n")
    }
}
