import InterviewKit
import TerminalUI

/// Finds a search hit's occurrence in the detail document: the match in the hit's own
/// paragraph, so opening a hit in paragraph 150 of an answer lands there, not on the first
/// match of the answer.
enum HitLanding {
    /// The id of the detail block the hit is in (see `DetailContent`).
    static func blockID(of hit: SearchHit) -> String? {
        switch hit.location {
        case .question: "question"
        case .answer(_, let answer, _): "answer-\(answer)"
        case .section(_, let paragraph): "paragraph-\(paragraph)"
        }
    }

    /// The index in `layout.matches` of the hit's occurrence: the first match in its paragraph,
    /// else the first in its block; nil when the block shows no match.
    static func match(of hit: SearchHit, in document: TextDocument, layout: DocumentLayout, interview: Interview) -> Int? {
        guard let id = blockID(of: hit), let blockIndex = layout.blockIndex(id: id, in: document) else { return nil }
        let block = document.blocks[blockIndex]
        var paragraph = 0..<Int.max
        if case .answer(let exchange, let answer, let number) = hit.location,
           interview.exchanges.indices.contains(exchange), interview.exchanges[exchange].answers.indices.contains(answer),
           let range = paragraphRange(number, of: interview.exchanges[exchange].answers[answer], in: block.text) {
            paragraph = range
        }
        let inBlock = layout.matches.indices.filter { layout.matches[$0].block == blockIndex }
        return inBlock.first { paragraph.contains(block.highlights[layout.matches[$0].highlight].lowerBound) } ?? inBlock.first
    }

    /// Where paragraph `number` of `answer` is in the answer's rendered text, in characters.
    /// The shown paragraphs are joined by a blank line, which rendering keeps; a paragraph that
    /// only defines link references is not shown (`DetailContent`), so it has no place.
    static func paragraphRange(_ number: Int, of answer: Answer, in text: String) -> Range<Int>? {
        guard answer.paragraphs.indices.contains(number), !InlineMarkdown.isOnlyDefinitions(answer.paragraphs[number]) else { return nil }
        let shownBefore = answer.paragraphs[..<number].filter { !InlineMarkdown.isOnlyDefinitions($0) }.count
        var starts = [0]
        var previous: Character?
        for (offset, character) in text.enumerated() {
            if character == "\n", previous == "\n" { starts.append(offset + 1) }
            previous = character
        }
        guard starts.indices.contains(shownBefore) else { return nil }
        let end = starts.indices.contains(shownBefore + 1) ? starts[shownBefore + 1] : text.count
        return starts[shownBefore]..<end
    }
}
