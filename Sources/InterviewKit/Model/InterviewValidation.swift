/// The rules a model must follow for `InterviewFormat.write` to produce a file that reads back
/// as the same model. Importers and editors check their output with `validate()` rather than
/// discovering a broken file later.
extension Interview {
    /// Every problem found, as a sentence naming where it is; empty when the model is valid.
    public func validate() -> [String] {
        var problems: [String] = []
        if !Slug.isValid(id) { problems.append("id `\(id)` is not a slug of lowercase letters, digits and single hyphens") }
        if !Self.isSingleLine(title) { problems.append("title must be one non-empty line without surrounding spaces") }
        if let date, !FrontMatter.isValidDate(date) { problems.append("date `\(date)` is not YYYY, YYYY-MM or YYYY-MM-DD") }
        for tag in tags where !Self.isSingleLine(tag) { problems.append("tag `\(tag)` must be one non-empty line") }
        var ids = Set<String>(), names = Set<String>()
        for speaker in speakers {
            if !Slug.isValid(speaker.id) { problems.append("speaker id `\(speaker.id)` is not a slug") }
            if !ids.insert(speaker.id).inserted { problems.append("speaker id `\(speaker.id)` is used twice") }
            if !names.insert(speaker.name).inserted { problems.append("speaker name `\(speaker.name)` is used twice") }
            if !Self.isSingleLine(speaker.name) || speaker.name.contains(":**") || speaker.name.contains("**") {
                problems.append("speaker name `\(speaker.name)` must be one line without `**` or `:**`")
            }
        }
        for (number, exchange) in exchanges.enumerated() {
            let place = "question \(number + 1)"
            if !ids.contains(exchange.question.speaker) { problems.append("\(place): asker `\(exchange.question.speaker)` is not a declared speaker") }
            let lines = exchange.question.text.components(separatedBy: "\n")
            if lines.first?.isEmpty ?? true { problems.append("\(place): the first line of the question is empty") }
            problems += Self.lineProblems(lines, allowEmpty: true, place: place)
            problems += Self.timeProblems(exchange.question.time, place: place)
            for (answerNumber, answer) in exchange.answers.enumerated() {
                let answerPlace = "\(place), answer \(answerNumber + 1)"
                if !ids.contains(answer.speaker) { problems.append("\(answerPlace): speaker `\(answer.speaker)` is not declared") }
                if answer.paragraphs.isEmpty { problems.append("\(answerPlace): has no paragraphs") }
                problems += Self.timeProblems(answer.time, place: answerPlace)
                for paragraph in answer.paragraphs { problems += Self.paragraphProblems(paragraph, place: answerPlace) }
            }
        }
        var lastPosition = 0
        for (number, section) in sections.enumerated() {
            let place = "section \(number + 1) (\(section.title))"
            if !Self.isSingleLine(section.title) { problems.append("\(place): the title must be one non-empty line") }
            if section.position < lastPosition || section.position > exchanges.count {
                problems.append("\(place): position \(section.position) is out of order or past the last exchange")
            }
            lastPosition = section.position
            for paragraph in section.paragraphs { problems += Self.paragraphProblems(paragraph, place: place) }
        }
        return problems
    }

    /// A turn's time must fit the file's `[h:mm:ss]` marker. No order is required: a question
    /// may be timed after an answer (edited recordings, questions read out later).
    private static func timeProblems(_ time: Timecode?, place: String) -> [String] {
        guard let time, time > TimeMarker.largest else { return [] }
        return ["\(place): time \(time) is past \(TimeMarker.largest), the largest a file can hold"]
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// One non-empty line without surrounding blanks. Every Unicode line break counts, not only
    /// `\n`: a title with U+2028 is printed by a terminal as two lines, one of them made up.
    private static func isSingleLine(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return !text.unicodeScalars.contains(where: isLineBreak) && !isBlank(first) && !isBlank(last)
    }

    /// LF, CR, NEL (U+0085), LINE SEPARATOR and PARAGRAPH SEPARATOR.
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func paragraphProblems(_ paragraph: String, place: String) -> [String] {
        if paragraph.isEmpty { return ["\(place): a paragraph is empty"] }
        // Fast path for the common case: ASCII lines that are neither blank nor end in blanks.
        var lineStart = true, lastByte: UInt8 = 0, onlyBlank = true, plain = true
        for byte in paragraph.utf8 {
            if byte >= 0x80 || byte == 0x0D { plain = false; break }
            if byte == 0x0A {
                if lineStart || onlyBlank || lastByte == 0x20 || lastByte == 0x09 { plain = false; break }
                lineStart = true; onlyBlank = true
            } else {
                lineStart = false
                if byte != 0x20 && byte != 0x09 { onlyBlank = false }
            }
            lastByte = byte
        }
        if plain, !onlyBlank, lastByte != 0x20, lastByte != 0x09 { return [] }
        return lineProblems(paragraph.components(separatedBy: "\n"), allowEmpty: false, place: place)
    }

    /// Lines may not end in blanks or be only blanks (the reader would end the paragraph there);
    /// empty lines are allowed only in a question after its first line (written as `>`).
    private static func lineProblems(_ lines: [String], allowEmpty: Bool, place: String) -> [String] {
        var problems: [String] = []
        for (index, line) in lines.enumerated() {
            if line.isEmpty {
                if !allowEmpty { problems.append("\(place): line \(index + 1) is empty") }
                continue
            }
            if line.unicodeScalars.allSatisfy(isBlank) { problems.append("\(place): line \(index + 1) holds only whitespace"); continue }
            if let last = line.unicodeScalars.last, isBlank(last) { problems.append("\(place): line \(index + 1) ends in whitespace") }
            if line.contains("\r") { problems.append("\(place): line \(index + 1) holds a carriage return") }
        }
        return problems
    }
}
