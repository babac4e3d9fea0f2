import InterviewKit

/// An interview as plain text for the terminal or a pipe: title, people, then every section and
/// exchange in reading order. A turn's time in the recording stands beside its speaker
/// (`Bo · 12:04`), as in the reader.
enum PlainText {
    static func render(_ interview: Interview, emphasis: (String) -> String = { $0 }) -> String {
        var out: [String] = [emphasis(interview.title)]
        let meta = [interview.date, interview.source, interview.media].compactMap { $0 }
        if !meta.isEmpty { out.append(meta.joined(separator: " · ")) }
        for speaker in interview.speakers { out.append("  \(speaker.name) (\(speaker.role.rawValue))") }
        var number = 0
        for block in interview.blocks {
            out.append("")
            switch block {
            case .section(let index):
                let section = interview.sections[index]
                out.append(emphasis("[\(section.title)]"))
                section.paragraphs.forEach { out.append(""); out.append($0) }
            case .exchange(let index):
                number += 1
                let exchange = interview.exchanges[index]
                let asker = speaker(interview.name(of: exchange.question.speaker), time: exchange.question.time)
                out.append(emphasis("Q\(number). \(asker): ") + exchange.question.text)
                for answer in exchange.answers {
                    out.append("")
                    let name = interview.name(of: answer.speaker)
                    out.append(emphasis(answer.time == nil ? name + ":" : speaker(name, time: answer.time)))
                    out.append(answer.paragraphs.joined(separator: "\n\n"))
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
