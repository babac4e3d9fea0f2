import Foundation

/// Finds people's names in prose by the phrases that introduce them ("contacted by NAME from",
/// "we welcome NAME", "Good day, NAME,"), so that speakers come from how pages are written, not
/// from a list of known people.
enum PersonNames {
    /// Two to four capitalised words, allowing particles (`van`, `de`), initials, hyphens and a
    /// trailing apostrophe written for an accent (`Nicola’`).
    static let name = #"(\p{Lu}[\p{L}\p{M}'’\-]*\.?(?:[ \t]+(?:(?:van|von|de|der|den|da|di|du|del|la|le|St\.)[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-]*\.?){1,3})"#

    /// Phrases before the name of the person interviewed.
    static let intervieweeCues = [
        #"(?i:\bwe welcome)\s+"#, #"(?i:\bplease welcome)\s+"#, #"(?i:\bwelcome)\s+"#,
        #"(?i:\b(?:good (?:day|morning|afternoon|evening)|hello|hi|hey),)\s+"#,
        #"(?i:\binterview(?:ed)? with)\s+"#, #"(?i:\bconversation with)\s+"#, #"(?i:\bchat(?:ted)? with)\s+"#,
        #"(?i:\bQ&A with)\s+"#, #"(?i:\bmeet)\s+"#, #"(?i:\bI(?:'|’)m)\s+"#, #"(?i:\bI am)\s+"#, #"(?i:\bmy name is)\s+"#,
    ]

    /// Phrases before the name of the person who asked.
    static let interviewerCues = [
        #"(?i:\bcontacted by)\s+"#, #"(?i:\binterviewed by)\s+"#, #"(?i:\bquestions (?:from|by))\s+"#,
        #"(?i:\basked by)\s+"#, #"(?i:\binterview(?:s)? (?:conducted )?by)\s+"#,
        #"(?i:\b(?:sat down|spoke|talked|chatted|met)(?:\s+\S+){0,3}?\s+with)\s+"#,
    ]

    /// The first name that follows one of the cues, trying the cues in order.
    static func first(after cues: [String], in text: String) -> String? {
        for cue in cues {
            if let found = all(after: cue, in: text).first { return found }
        }
        return nil
    }

    static func all(after cue: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: cue + name) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            guard let found = Range(match.range(at: 1), in: text) else { return nil }
            return clean(String(text[found]))
        }.filter(isPlausible)
    }

    /// `Firstname Surname` for a label that gives only the surname, from the first place the
    /// text writes it in full.
    static func fullName(forSurname surname: String, in text: String) -> String? {
        let escaped = NSRegularExpression.escapedPattern(for: surname)
        guard let regex = try? NSRegularExpression(pattern: #"((?:\p{Lu}[\p{L}\p{M}'’\-]*[ \t]+){1,2})"# + escaped + #"\b"#) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        for match in regex.matches(in: text, range: range) {
            guard let found = Range(match.range, in: text) else { continue }
            let candidate = clean(String(text[found]))
            if isPlausible(candidate) { return candidate }
        }
        return nil
    }

    static func clean(_ name: String) -> String {
        var text = DecodingTrim.trim(name)
        while text.hasSuffix(".") || text.hasSuffix("-") { text.removeLast() }
        return text
    }

    /// Rejects phrases that match the pattern but are not names ("The Python", "Python Software").
    static func isPlausible(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count) else { return false }
        let stop: Set<String> = ["The", "This", "That", "Our", "My", "Your", "We", "It", "In", "On", "At", "To", "And", "A", "An", "Of", "For", "With", "Thanks", "Thank", "Welcome", "Hello", "Hi", "Mr", "Mrs", "Ms", "Dr"]
        return !words.contains { stop.contains(String($0)) }
    }

    /// A name with typographic apostrophes made plain, so it can be typed and searched.
    static func normalised(_ name: String) -> String {
        DecodingTrim.trim(name.replacingOccurrences(of: "\u{2019}", with: "'"))
    }
}
