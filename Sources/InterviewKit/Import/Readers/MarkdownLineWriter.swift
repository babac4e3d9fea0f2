/// Writes an HTML page's text as the Markdown-ish lines the prose readers know: paragraphs
/// separated by blank lines, `#` headings, `- ` list items, `**bold**`, `*italic*`, `` `code` ``
/// and `[text](url)`.
///
/// HTML collapses whitespace and lets emphasis open before a space or close after one
/// (`<b>Name: </b>text`); Markdown does not. So spaces and marks are held back until the next
/// word: a space is written only between words, a mark opens right before its first word and
/// closes before any space that follows, and a mark with no words (`<b> </b>`) writes nothing.
/// That is what keeps `<p><b>Name:</b> text</p>` in the `**Name:** text` shape labels are read by.
struct MarkdownLineWriter {
    private(set) var lines: [String] = []
    private var line: [UInt8] = []
    /// Whether the line holds a word yet (leading blanks and held-back prefixes do not count).
    private var lineHasText = false
    private var pendingSpace = false
    /// Written before the line's first word: heading hashes, a list marker.
    var prefix = ""
    /// Marks open at this point, outermost first, each with whether it is written on this line.
    private var marks: [(opener: String, closer: String, written: Bool)] = []
    /// Headings and preformatted text take no marks: `## **Why?**` would hide the question.
    var plain = false

    /// Opens a mark that wraps the words that follow until `closeMark`.
    mutating func openMark(_ opener: String, closer: String) {
        marks.append((opener, closer, false))
    }

    /// Closes the innermost mark; callers close marks in the order they opened them.
    mutating func closeMark() {
        guard let mark = marks.popLast() else { return }
        if mark.written { line += mark.closer.utf8 }
    }

    /// A separator between table cells on one line.
    mutating func separate(_ separator: String) {
        guard lineHasText else { return }
        line += " \(separator)".utf8
        pendingSpace = true
    }

    /// A run of HTML whitespace between words.
    mutating func space() {
        if lineHasText { pendingSpace = true }
    }

    /// A word (a run of text without HTML whitespace), already decoded.
    mutating func word(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        if !lineHasText {
            line += prefix.utf8
            lineHasText = true
        } else if pendingSpace {
            line.append(0x20)
        }
        pendingSpace = false
        for index in marks.indices where !plain && !marks[index].written {
            line += marks[index].opener.utf8
            marks[index].written = true
        }
        line += bytes
    }

    /// Preformatted text, written as it is: its line breaks end lines and its indentation stays.
    mutating func preformatted(_ byte: UInt8) {
        switch byte {
        case 0x0A:
            if lineHasText { endLine() } else { line.removeAll(keepingCapacity: true); blankLine() }
        case 0x0D:
            break
        case 0x20, 0x09:
            line.append(byte)
        default:
            lineHasText = true
            line.append(byte)
        }
    }

    /// Ends the line if it has words (`<br>`, a list item, a table row). With `blankIfEmpty`,
    /// an empty line becomes a paragraph break (`<br><br>`).
    mutating func lineBreak(blankIfEmpty: Bool = false) {
        if lineHasText {
            endLine()
            prefix = ""
        } else if blankIfEmpty {
            blankLine()
        }
    }

    /// Ends the paragraph (`<p>`, `<div>`, a heading).
    mutating func paragraphBreak() {
        endLine()
        prefix = ""
        blankLine()
    }

    /// The lines written, the last one ended.
    mutating func finish() -> [String] {
        endLine()
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Ends the line, closing its marks so each line's emphasis stands alone; marks still open
    /// reopen before the next word.
    private mutating func endLine() {
        if lineHasText {
            for index in marks.indices.reversed() where marks[index].written {
                line += marks[index].closer.utf8
                marks[index].written = false
            }
            while let last = line.last, last == 0x20 || last == 0x09 { line.removeLast() }
            lines.append(String(decoding: line, as: UTF8.self))
        }
        line.removeAll(keepingCapacity: true)
        lineHasText = false
        pendingSpace = false
    }

    private mutating func blankLine() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }
}
