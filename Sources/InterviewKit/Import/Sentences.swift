/// Splits prose into sentences at `.`, `?`, `!` and `…` followed by a space, keeping common
/// abbreviations ("Mr.", "e.g.") inside their sentence.
enum Sentences {
    private static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "prof", "inc", "no", "approx"]

    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var word = ""
        var pendingEnd = false
        for character in text {
            if pendingEnd {
                if character == " " || character == "\n" || character == "\t" {
                    let trimmed = DecodingTrim.trim(current)
                    if !trimmed.isEmpty { sentences.append(trimmed) }
                    current = ""
                    word = ""
                    pendingEnd = false
                    continue
                }
                if !(character == "\"" || character == "”" || character == "’" || character == ")" || character == "." || character == "?" || character == "!") {
                    pendingEnd = false
                }
            }
            current.append(character)
            if character == "?" || character == "!" || character == "…" {
                pendingEnd = true
            } else if character == "." {
                pendingEnd = !abbreviations.contains(word.lowercased()) && !(word.count == 1 && word.first!.isUppercase)
            }
            if character.isLetter || (character == "." && !word.isEmpty) { word.append(character) } else if character == " " { word = "" }
        }
        let trimmed = DecodingTrim.trim(current)
        if !trimmed.isEmpty { sentences.append(trimmed) }
        return sentences
    }

    /// Whether a sentence asks: it ends with a question mark, possibly inside quotes or markup.
    static func isQuestion(_ sentence: String) -> Bool {
        isQuestion(lines: [sentence])
    }

    /// `isQuestion(lines.joined(separator: " "))` without joining them: the last line with
    /// anything but closing marks decides. The joining space ends any character before it and
    /// is itself a closing mark, so the lines' characters are the joined text's.
    static func isQuestion(lines: [String]) -> Bool {
        for line in lines.reversed() {
            if let asks = endsAsking(line) { return asks }
        }
        return false
    }

    /// Whether the line's last character before its closing marks is a question mark; nil
    /// when it holds closing marks only. The end of the line is read on its bytes while they
    /// are ASCII with ASCII before them (each then a character of its own), which settles
    /// nearly every line at its last byte; anything else is read by characters.
    private static func endsAsking(_ line: String) -> Bool? {
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let last = bytes.index(before: end)
            let byte = bytes[last]
            guard byte < 0x80, last == bytes.startIndex || bytes[bytes.index(before: last)] < 0x80 else { break }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: " "): end = last
            case UInt8(ascii: "?"): return true
            default: return false
            }
        }
        var text = line[..<end]
        while let last = text.last, "\"”’)*_ ".contains(last) { text = text.dropLast() }
        guard let last = text.last else { return nil }
        return last == "?" || last == "？"
    }
}

/// How much a paragraph looks like an interviewer's question in a written Q&A.
enum QuestionShape {
    /// Openings of questions phrased as requests ("Tell us about your setup.").
    static let requestOpenings = [
        "tell us", "tell me", "talk to me", "talk to us", "talk about", "talk us through", "describe",
        "explain", "walk us", "walk me", "give us", "share with us", "share your", "let's talk",
        "let’s talk", "please tell", "please describe", "please share", "introduce yourself",
        "say a few words",
    ]

    /// Paragraphs that cannot be questions whatever they end with: list items, quotes, code.
    static func isListOrCode(_ paragraph: Paragraph) -> Bool {
        let first = TextDecoding.trimmingLeadingWhitespace(paragraph.first)
        if TextDecoding.indentation(paragraph.first) >= 2 { return true }
        for marker in ["• ", "- ", "* ", "+ ", "> ", "```", "◦ ", "– "] where first.hasPrefix(marker) { return true }
        if let dot = first.prefix(4).firstIndex(where: { $0 == "." || $0 == ")" }), first[..<dot].allSatisfy(\.isNumber), !first[..<dot].isEmpty { return true }
        return false
    }

    /// The paragraph text without wrapping emphasis (`**What is it?**`).
    static func unwrapped(_ text: String) -> String {
        var body = Substring(text)
        for mark in ["**", "__", "*", "_"] where body.hasPrefix(mark) && body.hasSuffix(mark) && body.count > mark.count * 2 {
            body = body.dropFirst(mark.count).dropLast(mark.count)
            break
        }
        return String(body)
    }

    enum Kind { case none, asks, request, prompt }

    /// Classifies one paragraph on its own; the layout then checks it against its neighbours.
    static func classify(_ paragraph: Paragraph) -> Kind {
        guard paragraph.lines.count <= 3, paragraph.characterCount <= 600, !isListOrCode(paragraph) else { return .none }
        let text = unwrapped(paragraph.flat)
        let lower = text.lowercased()
        if Sentences.isQuestion(text) {
            let sentences = Sentences.split(text)
            let statements = sentences.filter { !Sentences.isQuestion($0) }.count
            // Someone speaking of themselves without addressing anyone is answering, even
            // when their sentence ends in a question mark.
            let words = Set(lower.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init))
            let firstPerson = words.contains("i") || words.contains("my") || words.contains("i'm") || words.contains("i’m")
            let addressed = words.contains { $0 == "you" || $0 == "your" || $0.hasPrefix("you'") || $0.hasPrefix("you’") }
            if firstPerson && !addressed { return .none }
            return statements <= 2 && text.count <= 500 ? .asks : .none
        }
        let trimmedEnd = text.hasSuffix(":") || text.hasSuffix("：")
        if trimmedEnd, text.count <= 200, !lower.hasPrefix("i ") {
            let words = lower.split(separator: " ")
            let addressed = words.contains { $0 == "you" || $0 == "your" || $0.hasPrefix("you") }
            if addressed || requestOpenings.contains(where: lower.hasPrefix) || startsWithQuestionWord(lower) { return .prompt }
        }
        if text.count <= 200, Sentences.split(text).count <= 2, requestOpenings.contains(where: lower.hasPrefix) {
            return .request
        }
        return .none
    }

    static func startsWithQuestionWord(_ lower: String) -> Bool {
        let first = lower.prefix { $0.isLetter }
        return ["what", "why", "how", "when", "where", "which", "who", "whom", "whose", "can", "could", "would", "will", "do", "does", "did", "is", "are", "have", "has", "should"].contains(String(first))
    }
}
