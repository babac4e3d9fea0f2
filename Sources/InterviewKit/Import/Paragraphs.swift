/// A run of non-blank lines in the source, with the line it started on.
///
/// Layouts reason about paragraphs, because that is how copied pages and transcripts separate
/// questions, answers and turns; lines are kept so that lists and code keep their shape.
struct Paragraph: Hashable, Sendable {
    var lines: [String]
    /// 0-based index of the first line in the source.
    var start: Int

    var text: String { lines.joined(separator: "\n") }
    /// The paragraph as one line of prose, for pattern matching.
    var flat: String { lines.count == 1 ? lines[0] : lines.map { DecodingTrim.trim($0) }.joined(separator: " ") }
    var first: String { lines[0] }
    var characterCount: Int { lines.reduce(0) { $0 + $1.utf8.count } }
}

/// Short alias so that paragraph helpers read well.
enum DecodingTrim {
    static func trim<S: StringProtocol>(_ text: S) -> String { TextDecoding.trimmed(text) }
}

enum Paragraphs {
    /// Groups lines into paragraphs at blank lines; `range` limits the lines considered.
    static func split(_ lines: [String], range: Range<Int>? = nil) -> [Paragraph] {
        let range = range ?? lines.indices
        var result: [Paragraph] = []
        var current: [String] = []
        var start = range.lowerBound
        for index in range {
            let line = lines[index]
            if line.isEmpty {
                if !current.isEmpty { result.append(Paragraph(lines: current, start: start)) }
                current = []
            } else {
                if current.isEmpty { start = index }
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(Paragraph(lines: current, start: start)) }
        return result
    }

    /// Removes the indentation all lines share, so list items and comments copied with their
    /// page indentation read as text while code keeps its relative indentation.
    static func dedent(_ lines: [String]) -> [String] {
        let minimum = lines.map(TextDecoding.indentation).min() ?? 0
        guard minimum > 0 else { return lines }
        return lines.map { String(String.UnicodeScalarView($0.unicodeScalars.dropFirst(minimum))) }
    }
}
