/// Video pages copied as text: metadata fields, a transcript marker, an unlabelled transcript.
struct VideoPageReader: FormatReader {
    let name = "video page with an unlabelled transcript"

    func fit(_ input: ImportInput) -> ReaderFit {
        let body = Array(input.proseBody.prefix(400))
        guard let marker = body.firstIndex(where: VideoPageLayout.isTranscriptMarker) else { return .none }
        let keys = body[..<marker].filter(VideoPageLayout.isKey).count
        guard keys >= 2 else { return .none }
        return ReaderFit(score: 0.9, reasons: ["\(keys) page fields, then a transcript marker"])
    }

    func read(_ input: ImportInput) throws -> SourceDocument {
        var document = ImportDocument(fileName: input.fileName, metadata: input.metadata, paragraphs: [])
        document.metadataLines = input.metadata.lines
        document.warnings = input.metadata.warnings
        guard let result = VideoPageLayout.importPage(lines: Array(input.proseBody), document: &document) else { throw ReaderMismatch(reader: name) }
        return result.document(document)
    }
}

/// Video pages copied as text: a block of metadata fields (`Title`, `Author`, `Release Date`,
/// `Abstract` on their own lines, each followed by its value), then a transcript marker and an
/// automatic transcript without speaker labels: a talk, usually followed by audience questions.
///
/// Automatic captions break lines anywhere, so the transcript is rejoined and cut into
/// sentences. The audience part starts after the speakers invite questions ("time for
/// questions", "Question?"); each question runs to its first `?`, each answer to the next
/// "another question" cue; a closing run of thanks becomes its own section.
enum VideoPageLayout {
    static let keys: Set<String> = [
        "title", "title of series", "series", "part number", "number of parts", "author", "authors", "speaker",
        "speakers", "license", "identifiers", "doi", "publisher", "release date", "published", "recorded", "date",
        "language", "subject area", "genre", "abstract", "description", "formal metadata", "content metadata",
        "duration", "event", "conference", "views", "keywords", "tags",
    ]
    private static let consumedKeys: Set<String> = ["title", "author", "authors", "speaker", "speakers", "release date", "published", "recorded", "date"]
    private static let proseKeys: Set<String> = ["abstract", "description"]

    static func isKey(_ line: String) -> Bool {
        line.utf8.count <= 30 && keys.contains(DecodingTrim.trim(line).lowercased())
    }

    static func isTranscriptMarker(_ line: String) -> Bool {
        // Every marker opens with `t`, `v`, `a` or `s` once lowercased, and only those ASCII
        // letters lowercase to them: other lines (nearly all) leave without being trimmed.
        guard let first = line.unicodeScalars.first(where: { !TextDecoding.isBlank($0) }),
              "tvasTVAS".unicodeScalars.contains(first) else { return false }
        let lower = DecodingTrim.trim(line).lowercased()
        return lower.count <= 60 && (lower == "transcript" || lower.hasPrefix("transcript:") || lower.hasPrefix("transcript (")
            || lower == "video transcript" || lower.hasPrefix("auto-generated transcript") || lower == "show transcript")
    }

    static func importPage(lines: [String], document: inout ImportDocument) -> LayoutResult? {
        let limit = min(lines.count, 400)
        guard let marker = (0..<limit).first(where: { isTranscriptMarker(lines[$0]) }) else { return nil }
        guard (0..<marker).filter({ isKey(lines[$0]) }).count >= 2 else { return nil }

        // Metadata fields and whatever else the page header holds.
        var fields: [(key: String, value: [String])] = []
        var header: [String] = []
        var index = 0
        while index < marker {
            let line = lines[index]
            if isKey(line) {
                let key = DecodingTrim.trim(line).lowercased()
                document.metadataLines.append(line)
                var value: [String] = []
                var next = index + 1
                while next < marker, !lines[next].isEmpty, !isKey(lines[next]) {
                    if proseKeys.contains(key), !value.isEmpty, PageNoise.isNoise(lines[next]) { break }
                    if PageNoise.isKeywordCloud(lines[next]) { break }
                    value.append(lines[next])
                    next += 1
                }
                fields.append((key, value))
                index = next
                continue
            }
            if !line.isEmpty { header.append(line) }
            index += 1
        }
        document.noise.append(lines[marker])
        func value(_ key: String) -> String? {
            fields.first { $0.key == key && !$0.value.isEmpty }.map { $0.value.joined(separator: " ") }
        }
        let title = value("title")
        var intro: [[String]] = []
        for line in header {
            if PageNoise.isNoise(line) { document.noise.append(line) }
            else if let title, DecodingTrim.trim(line) == title { document.metadataLines.append(line) }
            else { intro.append([line]) }
        }
        var notes: [[String]] = []
        for field in fields where !field.value.isEmpty {
            if consumedKeys.contains(field.key) { document.metadataLines += field.value; continue }
            if proseKeys.contains(field.key) { intro.append(field.value); continue }
            let name = field.key.prefix(1).uppercased() + field.key.dropFirst()
            notes.append(["\(name): " + field.value.joined(separator: " ")])
        }
        var date = document.metadata.date
        for key in ["release date", "published", "recorded", "date"] where date == nil {
            if let text = value(key) { date = DateText.parse(text) }
        }

        // People: declared fields, or the "Name/Name - Title" opening of the abstract.
        var people = document.metadata.people.map(\.name)
        for key in ["speakers", "speaker", "authors", "author"] where people.isEmpty {
            if let text = value(key) { people = splitNames(text) }
        }
        if people.isEmpty, let abstract = value("abstract") ?? value("description"), let dash = abstract.range(of: " - ") {
            let lead = String(abstract[..<dash.lowerBound])
            if lead.count <= 120 { people = splitNames(lead).filter(PersonNames.isPlausible) }
        }

        // The transcript, rejoined and cut into sentences.
        var spoken: [String] = []
        for line in lines[(marker + 1)...] where !line.isEmpty {
            if PageNoise.isNoise(line) { document.noise.append(line) } else { spoken.append(DecodingTrim.trim(line)) }
        }
        let sentences = Sentences.split(spoken.joined(separator: " "))
        guard !sentences.isEmpty else { return nil }

        var assembler = DocumentBuilder()
        let speakerIDs = people.map { assembler.speaker(named: $0, role: .guest) }
        assembler.addSection(.intro, intro)
        let segments = AudienceQuestions.split(sentences)
        assembler.addSection(.talk, group(segments.talk))
        if !segments.exchanges.isEmpty {
            let audience = assembler.speaker(named: "Audience", role: .audience)
            let answerer: String
            if speakerIDs.count == 1 {
                answerer = speakerIDs[0]
            } else if speakerIDs.isEmpty {
                answerer = assembler.speaker(named: "Speaker", role: .guest)
                document.warnings.append("the page names no speakers; answers are given to \"Speaker\"")
            } else {
                // Not "A and B": a name search for either person must not claim answers that
                // nobody can attribute to them.
                answerer = assembler.speaker(named: "The speakers", role: .unknown)
                document.warnings.append("the transcript does not say which of \(people.joined(separator: ", ")) answers; answers are given to \"The speakers\"")
            }
            for exchange in segments.exchanges {
                assembler.ask(audience, group(exchange.question))
                assembler.answer(answerer, group(exchange.answer))
            }
        } else {
            document.warnings.append("found no audience questions after the talk; imported the transcript as a talk")
        }
        assembler.addSection(.closing, group(segments.closing))
        assembler.addSection(.notes, notes)
        return LayoutResult(builder: assembler, title: title ?? document.title(), date: date)
    }

    /// Sentences grouped into readable paragraphs of a few sentences each.
    static func group(_ sentences: [String]) -> [[String]] {
        var paragraphs: [[String]] = []
        var current: [String] = []
        var length = 0
        for sentence in sentences {
            current.append(sentence)
            length += sentence.count
            if current.count >= 6 || length >= 700 {
                paragraphs.append([current.joined(separator: " ")])
                current = []
                length = 0
            }
        }
        if !current.isEmpty { paragraphs.append([current.joined(separator: " ")]) }
        return paragraphs
    }
}

/// Finds the audience questions at the end of a talk's transcript.
enum AudienceQuestions {
    struct Segments {
        var talk: [String]
        var exchanges: [(question: [String], answer: [String])]
        var closing: [String]
    }

    static func split(_ sentences: [String]) -> Segments {
        let lower = sentences.map { $0.lowercased() }
        func invites(_ index: Int) -> Bool {
            let text = lower[index]
            if text == "question?" || text == "questions?" || text == "any questions?" { return true }
            guard text.contains("question") else { return false }
            return ["time for questions", "take questions", "take some questions", "any questions", "open it up", "open up for questions", "questions from the audience", "q&a"].contains(where: text.contains)
        }
        func nextQuestionCue(_ index: Int) -> Bool {
            ["another question", "next question", "last question", "one more question", "final question", "other question", "more questions"].contains(where: lower[index].contains)
        }
        func isThanks(_ index: Int) -> Bool {
            let words = sentences[index].split(separator: " ").count
            guard words <= 12 else { return false }
            return ["thank", "good night", "goodbye", "bye", "applause", "have a good", "have a great", "cheers"].contains(where: lower[index].contains)
        }
        // Closing thanks at the very end.
        var closingStart = sentences.count
        while closingStart > 0, isThanks(closingStart - 1) { closingStart -= 1 }
        if closingStart < sentences.count, !(closingStart..<sentences.count).contains(where: { lower[$0].contains("thank") }) {
            closingStart = sentences.count
        }
        // Where questions are invited: the last invitation in a cluster, then any short
        // acknowledgements of it.
        let searchFrom = sentences.count / 3
        guard var start = (searchFrom..<closingStart).first(where: { invites($0) && hasQuestion(after: $0, in: sentences, limit: closingStart) }) else {
            return Segments(talk: sentences, exchanges: [], closing: [])
        }
        while let next = (start + 1..<min(start + 7, closingStart)).first(where: invites) { start = next }
        start += 1
        while start < closingStart, sentences[start].split(separator: " ").count <= 2, !Sentences.isQuestion(sentences[start]), isAcknowledgement(lower[start]) { start += 1 }

        var exchanges: [(question: [String], answer: [String])] = []
        var question: [String] = []
        var answer: [String] = []
        var asking = true
        var index = start
        while index < closingStart {
            let sentence = sentences[index]
            if asking {
                if !question.isEmpty, question.contains(where: Sentences.isQuestion), !Sentences.isQuestion(sentence) {
                    asking = false
                    answer = [sentence]
                } else {
                    question.append(sentence)
                }
            } else if nextQuestionCue(index) {
                var cut = index
                while cut > 0, answer.count > 1, sentences[cut - 1].split(separator: " ").count <= 4, isAcknowledgement(lower[cut - 1]) {
                    cut -= 1
                    answer.removeLast()
                }
                exchanges.append((question, answer))
                question = Array(sentences[cut...index])
                answer = []
                asking = true
            } else {
                answer.append(sentence)
            }
            index += 1
        }
        if !question.isEmpty || !answer.isEmpty {
            if answer.isEmpty, let last = exchanges.popLast() {
                exchanges.append((last.question, last.answer + question))
            } else {
                exchanges.append((question, answer))
            }
        }
        return Segments(talk: Array(sentences[..<start]), exchanges: exchanges, closing: Array(sentences[closingStart...]))
    }

    private static func isAcknowledgement(_ lower: String) -> Bool {
        ["okay", "ok", "thank", "thanks", "yes", "yeah", "sure", "right", "great", "alright", "all right"].contains(where: lower.hasPrefix)
    }

    private static func hasQuestion(after index: Int, in sentences: [String], limit: Int) -> Bool {
        (index + 1..<min(index + 15, limit)).contains { Sentences.isQuestion(sentences[$0]) }
    }
}
