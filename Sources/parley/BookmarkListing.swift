import Foundation
import InterviewKit
import TerminalUI

/// The lines `parley bookmarks` prints, as text columns or JSON Lines.
struct BookmarkListing {
    var bookmarks: [Bookmark]
    var lookup: BookmarkLookup

    /// `interview-id  #exchange  speaker  excerpt`, the first three columns padded to line up
    /// (by display width, so CJK names and emoji do not skew them). Every field is sanitised
    /// before it is measured; the excerpt is running text, so its line breaks become spaces.
    func textLines() -> [String] {
        let rows = bookmarks.map { bookmark -> [String] in
            let place = lookup.place(of: bookmark)
            let mark = place?.isOrphaned == true ? "[orphaned] " : ""
            return [
                Sanitizer.line(bookmark.interviewID), "#" + Self.position(of: bookmark, place),
                Sanitizer.line(bookmark.speaker),
                mark + Sanitizer.flowed(bookmark.excerpt) + (bookmark.note.map { "  [note: \(Sanitizer.flowed($0))]" } ?? ""),
            ]
        }
        let widths = (0..<3).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { row[$0] + String(repeating: " ", count: widths[$0] - DisplayWidth.of(row[$0])) }
                .joined(separator: "  ") + "  " + row[3]
        }
    }

    func jsonLines() throws -> [String] {
        let timestamp = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        return try bookmarks.map { bookmark in
            let place = lookup.place(of: bookmark)
            let (exchange, answer) = Self.numbers(of: bookmark, place)
            let entry = Entry(
                interview: bookmark.interviewID, exchange: exchange, answer: answer, speaker: bookmark.speaker,
                excerpt: bookmark.excerpt, question: bookmark.question, note: bookmark.note,
                created: bookmark.created.formatted(timestamp), fingerprint: bookmark.questionFingerprint,
                orphaned: place.map(\.isOrphaned)
            )
            return try Console.json(entry)
        }
    }

    /// One JSON line. `note` and `orphaned` are encoded as `null` (not left out) when there is
    /// none or it is unknown, so every line has the same keys.
    private struct Entry: Encodable {
        var interview: String
        var exchange: Int
        var answer: Int
        var speaker: String
        var excerpt: String
        var question: String
        var note: String?
        var created: String
        var fingerprint: String
        var orphaned: Bool?

        enum CodingKeys: String, CodingKey {
            case interview, exchange, answer, speaker, excerpt, question, note, created, fingerprint, orphaned
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(interview, forKey: .interview)
            try container.encode(exchange, forKey: .exchange)
            try container.encode(answer, forKey: .answer)
            try container.encode(speaker, forKey: .speaker)
            try container.encode(excerpt, forKey: .excerpt)
            try container.encode(question, forKey: .question)
            try container.encode(note, forKey: .note)
            try container.encode(created, forKey: .created)
            try container.encode(fingerprint, forKey: .fingerprint)
            try container.encode(orphaned, forKey: .orphaned)
        }
    }

    /// Exchange and answer numbered from 1: where the answer is now, or where it was last seen.
    static func numbers(of bookmark: Bookmark, _ place: BookmarkPlace?) -> (exchange: Int, answer: Int) {
        if case .attached(let exchange, let answer) = place { return (exchange + 1, answer + 1) }
        return (bookmark.exchangeIndex + 1, bookmark.answerIndex + 1)
    }

    /// `12`, or `12.2` for a later answer of a panel exchange.
    static func position(of bookmark: Bookmark, _ place: BookmarkPlace?) -> String {
        let (exchange, answer) = numbers(of: bookmark, place)
        return answer == 1 ? "\(exchange)" : "\(exchange).\(answer)"
    }
}
