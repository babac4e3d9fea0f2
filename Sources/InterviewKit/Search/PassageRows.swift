import Foundation

/// One indexed text: a question, an answer paragraph or a section paragraph, with what ranks
/// and filters it (its question, speaker and the interview's title).
struct PassageRow: Hashable, Sendable {
    var kind: IndexSchema.Kind
    /// Exchange index for questions and answers, section index for sections.
    var block: Int
    var answer: Int
    var paragraph: Int
    /// The passage's own words; empty for a question, whose words are in `question`.
    var text: String
    var question: String
    var title: String
    var speaker: String

    var location: TextLocation {
        Self.location(kind: kind, block: block, answer: answer, paragraph: paragraph)
    }

    /// Where a row is, from the columns of the `passage` table.
    static func location(kind: IndexSchema.Kind, block: Int, answer: Int, paragraph: Int) -> TextLocation {
        switch kind {
        case .question: .question(exchange: block)
        case .answer: .answer(exchange: block, answer: answer, paragraph: paragraph)
        case .section: .section(block, paragraph: paragraph)
        }
    }

    /// The rows of one interview, in reading order within each kind.
    ///
    /// A question is one row whose words sit in the `question` column, weighed above answers.
    /// Each answer paragraph carries its question too, so that `swift actors` finds an answer
    /// about actors under a question about Swift: only its first `contextWords` words, though,
    /// because in transcripts a "question" can be a host's monologue, and copying it whole
    /// into every paragraph of every answer more than doubled the index (measured on podcast
    /// transcripts: 53 MB of copied questions for 40 MB of answers). Text is stored NFC-normalised, so that a
    /// decomposed accent cannot split a word in the tokenizer, and with the two private-use
    /// characters that mark matches in snippets replaced, so that they always mean a match.
    static func rows(of interview: Interview) -> [PassageRow] {
        let title = clean(interview.title)
        var rows: [PassageRow] = []
        for (exchangeIndex, exchange) in interview.exchanges.enumerated() {
            let question = clean(exchange.question.text)
            let context = leadingWords(of: question)
            rows.append(PassageRow(
                kind: .question, block: exchangeIndex, answer: 0, paragraph: 0, text: "", question: question,
                title: title, speaker: clean(interview.name(of: exchange.question.speaker))))
            for (answerIndex, answer) in exchange.answers.enumerated() {
                let speaker = clean(interview.name(of: answer.speaker))
                for (paragraphIndex, paragraph) in answer.paragraphs.enumerated() {
                    rows.append(PassageRow(
                        kind: .answer, block: exchangeIndex, answer: answerIndex, paragraph: paragraphIndex,
                        text: clean(paragraph), question: context, title: title, speaker: speaker))
                }
            }
        }
        for (sectionIndex, section) in interview.sections.enumerated() {
            for (paragraphIndex, paragraph) in section.paragraphs.enumerated() {
                rows.append(PassageRow(
                    kind: .section, block: sectionIndex, answer: 0, paragraph: paragraphIndex,
                    text: clean(paragraph), question: "", title: title, speaker: ""))
            }
        }
        return rows
    }

    static let contextWords = 40

    /// The first `contextWords` words of a text, joined by single spaces.
    static func leadingWords(of text: String) -> String {
        // Forty words take more than this many bytes only in the rarest texts: skip the split.
        if text.utf8.count < contextWords * 3 { return text }
        let words = text.split(maxSplits: contextWords, whereSeparator: \.isWhitespace)
        return words.count <= contextWords ? text : words.prefix(contextWords).joined(separator: " ")
    }

    static func clean(_ text: String) -> String {
        var result = needsComposition(text) ? text.precomposedStringWithCanonicalMapping : text
        if result.unicodeScalars.contains(where: { $0 == SnippetMarkers.open || $0 == SnippetMarkers.close }) {
            result = String(String.UnicodeScalarView(result.unicodeScalars.map {
                $0 == SnippetMarkers.open || $0 == SnippetMarkers.close ? "\u{FFFD}" : $0
            }))
        }
        return result
    }

    /// Whether NFC could change the text: only combining marks and conjoining Hangul jamo
    /// compose. Checking first spares Foundation's normaliser, which was a sixth of the
    /// indexing time, for the common text that has neither.
    static func needsComposition(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return false }
        return text.unicodeScalars.contains { scalar in
            scalar.value >= 0x300 && (scalar.properties.canonicalCombiningClass != .notReordered
                || (0x1100...0x11FF).contains(scalar.value) || (0x0900...0x0DFF).contains(scalar.value)
                || (0x3099...0x309A).contains(scalar.value))
        }
    }
}
