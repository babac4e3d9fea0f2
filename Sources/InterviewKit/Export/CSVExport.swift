/// Quotes as CSV (RFC 4180): a header row, then one record per quote; every field quoted, so
/// commas, quotes and line breaks in the text survive a spreadsheet. Numbers count from 1.
enum CSVExport {
    static let columns = ["id", "interview", "title", "date", "speaker", "question", "text", "exchange", "answer", "time", "source", "note", "bookmarked"]

    static func render(_ entries: [ExportEntry], header: Bool) -> String {
        var records = header ? [columns.map(quoted).joined(separator: ",")] : []
        for entry in entries {
            let fields: [String?] = [
                entry.id, entry.interview, entry.title, entry.date, entry.speaker, entry.question, entry.text,
                entry.exchange.map(String.init), entry.answer.map(String.init), entry.time, entry.source, entry.note, entry.bookmarked,
            ]
            records.append(fields.map { quoted($0 ?? "") }.joined(separator: ","))
        }
        return records.map { $0 + "\r\n" }.joined()
    }

    static func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The first field of every record, in one pass over the text that follows quoting (a
    /// quoted field may hold line breaks), the header's `id` left out.
    static func ids(in text: String) -> Set<String> {
        var found: Set<String> = []
        var field = ""
        var inQuotes = false
        var atFirstField = true
        var previousWasQuote = false
        for character in text {
            if inQuotes {
                if character == "\"" { inQuotes = false; previousWasQuote = true; continue }
                if atFirstField { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                // A doubled quote inside a quoted field is one quote.
                if previousWasQuote, atFirstField { field.append("\"") }
                inQuotes = true
            case ",":
                if atFirstField { found.insert(field) }
                atFirstField = false
            case "\n", "\r\n", "\r":
                if atFirstField, !field.isEmpty { found.insert(field) }
                field = ""
                atFirstField = true
            default:
                if atFirstField { field.append(character) }
            }
            previousWasQuote = false
        }
        if atFirstField, !field.isEmpty { found.insert(field) }
        found.remove("id")
        return found
    }
}
