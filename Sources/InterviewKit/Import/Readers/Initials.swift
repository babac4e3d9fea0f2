/// Initials that a transcript introduces for a speaker (`Ada Lovelace (AL):`, then `AL:`), and
/// the check that a short label is the initials of a full name.
enum Initials {
    /// `(AL)` → `AL`: one to four capital letters in parentheses.
    static func inParentheses<S: StringProtocol>(_ text: S) -> String? {
        guard text.first == "(", text.last == ")" else { return nil }
        let inner = text.dropFirst().dropLast()
        guard (1...4).contains(inner.count), inner.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        return String(inner)
    }

    /// Whether `label` is the initials of `name` ("AL" for "Ada Lovelace", "JDS" for "Jane D. Smith").
    static func abbreviate(_ label: String, _ name: String) -> Bool {
        let words = name.split(separator: " ").filter { $0.first?.isUppercase ?? false }
        guard words.count >= 2, label.count == words.count else { return false }
        return zip(label, words).allSatisfy { letter, word in word.first.map { String($0).uppercased() == String(letter) } ?? false }
    }
}
