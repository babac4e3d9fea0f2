import InterviewKit
import TerminalUI

/// An interview as plain text for the terminal or a pipe: title, people, then every section and
/// exchange in reading order. A turn's time in the recording stands beside its speaker
/// (`Bo · 12:04`), as in the reader.
///
/// Every piece of text is made safe here before `emphasis` wraps it, so escape codes that
/// `emphasis` adds survive: one-line fields (title, names, section titles) as one line, so a
/// `\n` or U+2028 in a title cannot start a line of its own; paragraphs by `body`, which keeps
/// their line breaks.
enum PlainText {
    /// - Parameters:
    ///   - emphasis: marks titles and speaker labels (given safe text).
    ///   - body: turns the Markdown of a question or of an answer's paragraphs (joined by a blank
    ///     line) into safe output: rendered, or as written with `--raw`.
    static func render(
        _ interview: Interview, emphasis: (String) -> String = { $0 }, body: (String) -> String = Console.text
    ) -> String {
        func mark(_ text: String) -> String { emphasis(Console.safe(text)) }
        var out: [String] = [mark(interview.title)]
        let meta = [interview.date, interview.source, interview.media].compactMap { $0 }
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
                let asker = speaker(interview.name(of: exchange.question.speaker), time: exchange.question.time)
                out.append(mark("Q\(number). \(asker): ") + body(exchange.question.text))
                for answer in exchange.answers {
                    out.append("")
                    let name = interview.name(of: answer.speaker)
                    out.append(mark(answer.time == nil ? name + ":" : speaker(name, time: answer.time)))
                    out.append(body(answer.paragraphs.joined(separator: "\n\n")))
                }
            }
        }
        return out.joined(separator: "\n")
    }

    /// `Bo` or, when the turn's start is known, `Bo · 12:04`.
    static func speaker(_ name: String, time: Timecode?) -> String {
        time.map { "\(name) · \($0)" } ?? name
    }
}
