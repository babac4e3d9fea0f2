import Foundation

/// Quotes as Markdown for a notes vault: per quote, the question as a heading, the answer as a
/// quote block, a citation line (speaker, interview, date, turn time, source), the user's note,
/// and the quote's id as an Obsidian block id (`^parley-…`), which is how a later export knows
/// the quote is there.
///
/// ```markdown
/// ### What do you use?
///
/// > Mostly vim and make.
/// >
/// > — Bo, *A chat about tools*, 2021-03-04, at 12:10 · [source](https://example.org/chat)
///
/// **Note:** the bit about make
///
/// ^parley-a-chat-about-tools-3f2a9c1e-1
/// ```
enum MarkdownExport {
    static func render(_ entries: [ExportEntry]) -> String {
        entries.map(render).joined(separator: "\n\n") + "\n"
    }

    static func render(_ entry: ExportEntry) -> String {
        var lines = ["### " + oneLine(entry.question), ""]
        for (index, paragraph) in entry.text.components(separatedBy: "\n\n").enumerated() {
            if index > 0 { lines.append(">") }
            lines += paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
        }
        lines += [">", "> — " + citation(entry)]
        if let note = entry.note {
            // A note line that starts with `^` is escaped, so a note can never pass for a block id.
            let noteLines = note.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.drop { $0 == " " }.hasPrefix("^") ? "\\" + $0.drop { $0 == " " } : $0 }
            lines += [""] + ["**Note:** " + (noteLines.first.map(String.init) ?? "")] + noteLines.dropFirst().map(String.init)
        }
        lines += ["", "^" + entry.id]
        return lines.joined(separator: "\n")
    }

    /// `Bo, *Title*, 2021-03-04, at 12:10 · [source](url)`, leaving out what is not known.
    static func citation(_ entry: ExportEntry) -> String {
        var parts: [String] = []
        if let speaker = entry.speaker { parts.append(oneLine(speaker)) }
        parts.append("*" + oneLine(entry.title) + "*")
        if let date = entry.date { parts.append(date) }
        if let time = entry.time { parts.append("at " + time) }
        var line = parts.joined(separator: ", ")
        if let source = entry.source { line += " · [source](<\(source.replacingOccurrences(of: ">", with: "%3E"))>)" }
        return line
    }

    /// A one-line field (a heading, a name): line breaks become spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Every `^parley-…` block id in the text.
    static func ids(in text: String) -> Set<String> {
        var found: Set<String> = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("^parley-") else { continue }
            found.insert(String(trimmed.dropFirst().prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }))
        }
        return found
    }
}
