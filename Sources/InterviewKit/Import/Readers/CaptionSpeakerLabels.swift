/// `Name:` at the start of a caption's text, the way SubRip files (and WebVTT files without
/// voice tags) name a new speaker: only where the speaker changes, often with the full name the
/// first time and the first name after (`Jane Doe:` … `Jane:`).
///
/// A colon after a first word is also ordinary prose (`He said: …`, `Note: …`), so a candidate
/// is a label by recurrence, not by its look: it starts two or more caption lines, or it comes
/// with its short form (`Jane Doe` and `Jane`), or it is a full name (two to four capitalised
/// words) in a file where labels recur. The label is kept as written; resolving `Jane` to
/// `Jane Doe` is the structure step's job.
struct CaptionSpeakerLabels: Sendable {
    /// Every candidate with how many cue texts it starts, gathered before deciding.
    private var counts: [String: Int] = [:]
    private var accepted: Set<String> = []

    /// The label-shaped prefix of a cue text and the text after it: a name of one to four words
    /// (letters first; digits, `.`, `-`, `'` allowed: `Speaker 2`, `Dr. Jones`), then a colon and
    /// a blank or the end of the line. `http://x`, `10:30`, `a: b` with no blank are not labels.
    static func candidate(_ text: Substring) -> (label: String, rest: Substring)? {
        // Most caption lines have no colon near their start: a look at the bytes settles them.
        guard text.utf8.prefix(64).contains(UInt8(ascii: ":")), let first = text.first, first.isLetter else { return nil }
        guard let colon = text.prefix(42).firstIndex(of: ":") else { return nil }
        let name = text[..<colon]
        let afterColon = text[text.index(after: colon)...]
        if let next = afterColon.first, !(next == " " || next == "\t" || next == "\u{00A0}") { return nil }
        guard name.last != " ", name.split(separator: " ").count <= 4,
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" || $0 == "\u{2019}" })
        else { return nil }
        return (String(name), TextDecoding.trimmingLeadingWhitespace(afterColon))
    }

    /// Counts a cue text's candidate label, if it has one.
    mutating func note(_ text: Substring) {
        guard let candidate = Self.candidate(text) else { return }
        counts[candidate.label, default: 0] += 1
    }

    /// Decides which candidates are labels, once every cue has been noted.
    mutating func decide() {
        accepted = Set(counts.filter { $0.value >= 2 }.keys)
        // A long form beside its short form (`Jane Doe` and `Jane`) is one speaker named twice.
        for label in counts.keys {
            guard let space = label.firstIndex(of: " ") else { continue }
            let firstName = String(label[..<space])
            if counts[firstName] != nil { accepted.formUnion([label, firstName]) }
        }
        guard !accepted.isEmpty else { return }
        for (label, count) in counts where count == 1 {
            let words = label.split(separator: " ")
            if (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) { accepted.insert(label) }
        }
    }

    /// The label and the text after it, when the cue text starts with an accepted label.
    func label(_ text: Substring) -> (label: String, rest: Substring)? {
        guard let candidate = Self.candidate(text), accepted.contains(candidate.label) else { return nil }
        return candidate
    }

    /// Candidates that looked like labels but were kept as text, for the import report.
    var rejected: [String] {
        counts.keys.filter { !accepted.contains($0) }.sorted()
    }
}
