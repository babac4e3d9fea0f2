import TOMLKit

/// The lines a TOML syntax error spoils, to be left out before parsing again.
///
/// Usually the line the parser stopped on. Two cases reach further: a string, array or inline
/// table never closed runs to the end of the file, so everything from its key on goes; and a
/// broken or conflicting table header takes its whole table, so that its keys are not read as
/// keys of the table before (where `open = …` could rebind the wrong mode's key). The parser
/// reports some header errors on the line after the header; those are moved back to it.
struct BadRegion {
    /// 1-based, inclusive.
    var first: Int
    var last: Int
    var consequence: String

    init(_ error: TOMLParseError, reason: String, lines: [String]) {
        let count = max(1, lines.count)
        first = min(max(1, error.source.begin.line), count)
        last = min(max(first, error.source.end.line), count)
        consequence = "the line is ignored"
        if reason.contains("end-of-file"), let start = TOMLKeyLines(lines: lines).unclosedStatement, start <= first {
            first = start
            last = count
            consequence = "it is never closed, so the rest of the file from here is ignored"
            return
        }
        if reason.contains("table header"), !Self.isHeader(line: first, in: lines),
            let previous = (1..<first).last(where: { !Self.isBlank(line: $0, in: lines) }), Self.isHeader(line: previous, in: lines)
        {
            first = previous
        }
        guard Self.isHeader(line: first, in: lines) else { return }
        last = first
        while last < lines.count, !Self.isHeader(line: last + 1, in: lines) { last += 1 }
        consequence = "this table is ignored"
    }

    private static func trimmed(line: Int, in lines: [String]) -> Substring {
        guard lines.indices.contains(line - 1) else { return "" }
        return lines[line - 1].drop { $0 == " " || $0 == "\t" }
    }

    static func isHeader(line: Int, in lines: [String]) -> Bool {
        trimmed(line: line, in: lines).hasPrefix("[")
    }

    static func isBlank(line: Int, in lines: [String]) -> Bool {
        let text = trimmed(line: line, in: lines)
        return text.isEmpty || text.hasPrefix("#")
    }
}
