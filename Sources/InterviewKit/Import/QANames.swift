/// Who asked and who answered in a written Q&A, from the title ("… of the Week: NAME"), the
/// introduction ("we welcome NAME", "contacted by NAME from"), the greeting and the first
/// answer ("I'm NAME"), falling back to the metadata and then to role names.
enum QANames {
    static func find(title: String?, intro: String, firstAnswer: String, document: inout ImportDocument) -> (interviewer: String, interviewee: String) {
        let declaredAsker = document.metadata.people.first { $0.role.asks }?.name
        let declaredAnswerer = document.metadata.people.first { $0.role.answers || $0.role == .unknown }?.name
        var interviewee = declaredAnswerer ?? titleName(title) ?? PersonNames.first(after: PersonNames.intervieweeCues, in: intro)
        if interviewee == nil {
            interviewee = PersonNames.first(after: [#"(?i:\bI(?:'|’)m)\s+"#, #"(?i:\bmy name is)\s+"#], in: firstAnswer)
        }
        if interviewee == nil { interviewee = titleNameAfterPreposition(title) }
        var interviewer = declaredAsker ?? PersonNames.first(after: PersonNames.interviewerCues, in: intro)
        if let asker = interviewer, let answerer = interviewee, PersonNames.normalised(asker) == PersonNames.normalised(answerer) {
            interviewer = nil
        }
        if interviewer == nil { document.warnings.append("the interviewer is not named in the text; called them \"Interviewer\"") }
        if interviewee == nil { document.warnings.append("the interviewee is not named in the text; called them \"Interviewee\"") }
        return (interviewer ?? "Interviewer", interviewee ?? "Interviewee")
    }

    /// The name after the last colon of a title like "Developer of the Week: Jane Doe".
    static func titleName(_ title: String?) -> String? {
        guard let title, let colon = title.lastIndex(of: ":") else { return nil }
        return plausibleName(String(title[title.index(after: colon)...]))
    }

    /// The name closing a title like "An interview with Jane Doe" or "Five questions for Jane
    /// Doe": weaker evidence than a colon, so it is the last place looked.
    static func titleNameAfterPreposition(_ title: String?) -> String? {
        guard let title else { return nil }
        for word in [" with ", " for "] {
            if let range = title.range(of: word, options: .backwards), let name = plausibleName(String(title[range.upperBound...])) { return name }
        }
        return nil
    }

    private static func plausibleName(_ text: String) -> String? {
        let candidate = PersonNames.clean(text)
        let words = candidate.split(separator: " ")
        guard PersonNames.isPlausible(candidate),
              words.allSatisfy({ $0.first?.isUppercase == true || ["van", "von", "de", "der", "da", "di", "du", "del", "la", "le"].contains(String($0)) })
        else { return nil }
        return candidate
    }
}

/// Headings and lines that open the comments below a post ("2 thoughts on “…”", "Comments").
enum CommentsHeader {
    static func matches(_ paragraph: Paragraph) -> Bool {
        guard paragraph.lines.count == 1 else { return false }
        var text = DecodingTrim.trim(paragraph.first)
        while text.hasPrefix("#") { text = DecodingTrim.trim(text.dropFirst()) }
        guard text.count <= 160 else { return false }
        let lower = text.lowercased()
        if ["comments", "responses", "discussion", "join the discussion", "reader comments", "replies", "comment"].contains(lower) { return true }
        let words = lower.split(separator: " ")
        guard words.count >= 2 else { return false }
        let counted = Int(words[0]) != nil || ["one", "two", "three", "four", "five", "no"].contains(String(words[0]))
        let noun = ["thought", "thoughts", "comment", "comments", "response", "responses", "reply", "replies", "reaction", "reactions"].contains(String(words[1]))
        return counted && noun && (words.count == 2 || ["on", "to", "for"].contains(String(words[2])))
    }
}

/// The closing line of an interview ("Thank you for your time!").
enum ClosingLine {
    static func matches(_ paragraph: Paragraph) -> Bool {
        let lower = paragraph.flat.lowercased()
        guard paragraph.characterCount <= 200 else { return false }
        return lower.hasPrefix("thanks for") || lower.hasPrefix("thank you for") || lower.hasPrefix("thanks again")
            || lower.hasPrefix("thank you so much") || lower.hasPrefix("thanks so much") || lower.hasPrefix("many thanks")
    }
}
