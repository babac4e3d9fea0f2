extension Interview {
    /// What makes this interview impossible to write and read back unchanged; empty when valid.
    public func validate() -> [String] {
        var problems: [String] = []
        if !Slug.isValid(id) { problems.append("id `\(id)` is not a slug") }
        if title.isEmpty || title.contains("\n") { problems.append("title must be one non-empty line") }
        let ids = speakers.map(\.id)
        if Set(ids).count != ids.count { problems.append("speaker ids repeat") }
        if Set(speakers.map(\.name)).count != speakers.count { problems.append("speaker names repeat") }
        for (index, exchange) in exchanges.enumerated() {
            let place = "question \(index + 1)"
            if !ids.contains(exchange.question.speaker) { problems.append("\(place): unknown asker `\(exchange.question.speaker)`") }
            if exchange.question.text.components(separatedBy: "\n").first?.isEmpty ?? true {
                problems.append("\(place): the question's first line is empty")
            }
            for answer in exchange.answers {
                if !ids.contains(answer.speaker) { problems.append("\(place): unknown answerer `\(answer.speaker)`") }
                if answer.paragraphs.isEmpty { problems.append("\(place): an answer has no text") }
                problems += answer.paragraphs.compactMap { Self.paragraphProblem($0).map { "\(place): \($0)" } }
            }
        }
        var lastPosition = 0
        for section in sections {
            if section.position < lastPosition || section.position > exchanges.count {
                problems.append("section `\(section.title)` is out of order")
            }
            lastPosition = section.position
            problems += section.paragraphs.compactMap { Self.paragraphProblem($0).map { "section `\(section.title)`: \($0)" } }
        }
        return problems
    }

    private static func paragraphProblem(_ paragraph: String) -> String? {
        let lines = paragraph.components(separatedBy: "\n")
        if lines.contains(where: { $0.allSatisfy(\.isWhitespace) }) { return "a paragraph has a blank line" }
        if lines.contains(where: { $0.last?.isWhitespace == true }) { return "a paragraph line ends in white space" }
        return nil
    }
}
