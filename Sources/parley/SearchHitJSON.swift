import InterviewKit

/// One hit of `parley search --json`, numbered from 1 as the text output and the bookmarks
/// are: exchange 1 is the first question, answer 1 its first answer, paragraph 1 the first.
///
/// `matches` are character offsets into `snippet`, half-open and from 0, as string slicing
/// wants them; every number a person would read is from 1.
struct SearchHitJSON: Encodable {
    var interview: String
    var title: String
    /// `question`, `answer` or `section`.
    var kind: String
    var exchange: Int?
    var answer: Int?
    var section: Int?
    var paragraph: Int?
    var speaker: String
    var question: String
    var snippet: String
    var matches: [[Int]]
    var rank: Double

    init(_ hit: SearchHit) {
        interview = hit.interviewID
        title = hit.interviewTitle
        switch hit.location {
        case .question(let exchange):
            kind = "question"
            self.exchange = exchange + 1
        case .answer(let exchange, let answer, let paragraph):
            kind = "answer"
            self.exchange = exchange + 1
            self.answer = answer + 1
            self.paragraph = paragraph + 1
        case .section(let section, let paragraph):
            kind = "section"
            self.section = section + 1
            self.paragraph = paragraph + 1
        }
        speaker = hit.speaker
        question = hit.question
        snippet = hit.snippet
        matches = hit.matches.map { [$0.lowerBound, $0.upperBound] }
        rank = hit.rank
    }
}
