import Foundation

/// Builds the quotes to export from bookmarks or from search hits.
public enum ExportEntries {
    /// One entry per bookmark, newest first as given. An answer still in its interview is
    /// quoted whole, with its question and turn time as they are now; an orphaned bookmark (its
    /// interview or answer gone) is exported from what the bookmark kept: its excerpt and
    /// question.
    ///
    /// - Parameter interviews: the library's interviews by id.
    public static func bookmarks(_ bookmarks: [Bookmark], interviews: [String: Interview]) -> [ExportEntry] {
        let timestamp = Date.ISO8601FormatStyle(includingFractionalSeconds: false)
        return zip(bookmarks, BookmarkPlaces.of(bookmarks, interviews: interviews)).map { bookmark, place in
            let interview = interviews[bookmark.interviewID]
            let created = bookmark.created.formatted(timestamp)
            if let interview, case .attached(let exchange, let answer) = place {
                var entry = answerEntry(interview, exchange: exchange, answer: answer)
                entry.note = bookmark.note
                entry.bookmarked = created
                return entry
            }
            return ExportEntry(
                id: ExportEntry.id(interview: bookmark.interviewID, question: bookmark.question, answer: bookmark.answerIndex),
                interview: bookmark.interviewID, title: interview?.title ?? bookmark.interviewID,
                date: interview?.date, source: interview?.source, speaker: bookmark.speaker,
                question: bookmark.question, text: bookmark.excerpt, exchange: bookmark.exchangeIndex + 1,
                answer: bookmark.answerIndex + 1, note: bookmark.note, bookmarked: created
            )
        }
    }

    /// One entry per answer the hits fall in, in the order of the hits, each answer once: an
    /// answer hit quotes its answer, a question hit every answer of its exchange, and a section
    /// hit its paragraph.
    public static func hits(_ hits: [SearchHit], interviews: [String: Interview]) -> [ExportEntry] {
        var seen: Set<String> = []
        var entries: [ExportEntry] = []
        for hit in hits {
            guard let interview = interviews[hit.interviewID] else { continue }
            var found: [ExportEntry] = []
            switch hit.location {
            case .answer(let exchange, let answer, _) where interview.exchanges.indices.contains(exchange)
                && interview.exchanges[exchange].answers.indices.contains(answer):
                found = [answerEntry(interview, exchange: exchange, answer: answer)]
            case .question(let exchange) where interview.exchanges.indices.contains(exchange):
                found = interview.exchanges[exchange].answers.indices.map { answerEntry(interview, exchange: exchange, answer: $0) }
            case .section(let section, let paragraph) where interview.sections.indices.contains(section)
                && interview.sections[section].paragraphs.indices.contains(paragraph):
                found = [sectionEntry(interview, section: section, paragraph: paragraph)]
            default:
                // The index is older than the file: the place is gone, so there is nothing to quote.
                continue
            }
            for entry in found where seen.insert(entry.id).inserted { entries.append(entry) }
        }
        return entries
    }

    static func answerEntry(_ interview: Interview, exchange: Int, answer: Int) -> ExportEntry {
        let item = interview.exchanges[exchange]
        let reply = item.answers[answer]
        return ExportEntry(
            id: ExportEntry.id(interview: interview.id, question: item.question.text, answer: answer),
            interview: interview.id, title: interview.title, date: interview.date, source: interview.source,
            speaker: interview.name(of: reply.speaker), question: item.question.text,
            text: reply.paragraphs.joined(separator: "\n\n"), exchange: exchange + 1, answer: answer + 1,
            time: reply.time.map(\.description)
        )
    }

    static func sectionEntry(_ interview: Interview, section: Int, paragraph: Int) -> ExportEntry {
        let part = interview.sections[section]
        return ExportEntry(
            id: ExportEntry.id(interview: interview.id, question: "§\(section + 1). " + part.title, answer: paragraph),
            interview: interview.id, title: interview.title, date: interview.date, source: interview.source,
            speaker: nil, question: part.title, text: part.paragraphs[paragraph]
        )
    }
}
