import Foundation
@testable import InterviewKit

/// An interview and bookmarks for the export tests: Unicode everywhere, a panel answer with a
/// turn time, Markdown and characters that CSV and JSON must quote, and an orphaned bookmark.
enum ExportFixtures {
    static let interview = Interview(
        id: "talk-2024", title: "Ünïcode «talk» — 対談, with \"quotes\"", date: "2024-05-06",
        source: "https://example.org/talk?x=1&y=2",
        speakers: [
            Speaker(id: "host", name: "Hōst", role: .interviewer),
            Speaker(id: "zoe", name: "Zoë Ørsted", role: .interviewee),
            Speaker(id: "li", name: "李雷", role: .interviewee),
        ],
        exchanges: [
            Exchange(question: Question(speaker: "host", text: "Where did it start?"),
                     answers: [Answer(speaker: "zoe", paragraphs: ["In a *garage*, with two laptops."])]),
            Exchange(question: Question(speaker: "host", text: "Why a terminal,\nof all things?", time: Timecode(milliseconds: 700_000)),
                     answers: [
                        Answer(speaker: "zoe", paragraphs: ["Text wants a calm screen.", "And \"commas, quotes\"\nand lines."],
                               time: Timecode(milliseconds: 724_000)),
                        Answer(speaker: "li", paragraphs: ["同意。"], time: Timecode(milliseconds: 750_500)),
                     ]),
        ]
    )

    static let created = Date(timeIntervalSince1970: 1_780_000_000)

    /// Newest first: the panel's second answer with a note, its first answer (two paragraphs,
    /// a line break, quotes and commas), and a bookmark whose interview is gone.
    static var bookmarks: [Bookmark] {
        var panel = Bookmark(interview: interview, exchange: 1, answer: 1, created: created.addingTimeInterval(20))
        panel.note = "Short, and to the point.\nSee also the garage."
        let first = Bookmark(interview: interview, exchange: 1, answer: 0, created: created.addingTimeInterval(10))
        let orphan = Bookmark(
            interviewID: "gone", questionFingerprint: BookmarkFingerprint.of(question: "Lost?"), answerIndex: 0,
            speaker: "Nobody", created: created, excerpt: "An answer kept only here.", exchangeIndex: 4,
            question: "Lost?", note: "orphaned but exported"
        )
        return [panel, first, orphan]
    }

    static var entries: [ExportEntry] {
        ExportEntries.bookmarks(bookmarks, interviews: [interview.id: interview])
    }

    /// The golden file for `format`, next to this source file.
    static func golden(_ format: ExportFormat) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/bookmarks." + (format == .markdown ? "md" : format == .json ? "jsonl" : "csv"))
    }
}
