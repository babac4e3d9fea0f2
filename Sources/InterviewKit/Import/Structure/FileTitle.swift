/// A title made from a file name, for transcripts that carry none.
///
/// Short names are show names and read best in title case (`go-time-100.md` → "Go Time 100");
/// longer ones are episode titles written as a slug and read best as a sentence, with the
/// names after "with" capitalised (`042_open_source_with_ada_lovelace.vtt` → "Open source with
/// Ada Lovelace"). A leading episode number goes; a temporary file's name never becomes a title.
enum FileTitle {
    static let untitled = "Untitled interview"

    static func make(_ fileName: String) -> String {
        var base = Substring(fileName.split(separator: "/").last ?? Substring(fileName))
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = base[..<dot] }
        guard !isTemporary(base) else { return untitled }
        var words = base.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " || $0 == "." }).map(String.init)
        if words.count > 1, words[0].allSatisfy(\.isASCIIDigit) { words.removeFirst() }
        guard !words.isEmpty else { return untitled }
        if words.count <= 4 { return words.map(titleCased).joined(separator: " ") }
        var names = false
        let sentence = words.enumerated().map { index, word -> String in
            defer { if ["with", "featuring", "feat", "ft", "and"].contains(word.lowercased()), index > 0 { names = names || word.lowercased() != "and" } }
            if index == 0 || names { return titleCased(word) }
            return mixedCase(word) ? word : word.lowercased()
        }
        return sentence.joined(separator: " ")
    }

    /// `s1e9` → `S1E9`, `rust` → `Rust`; a word already in mixed case (`iOS`) is kept.
    private static func titleCased(_ word: String) -> String {
        if word.contains(where: \.isNumber), word.contains(where: \.isLetter) { return word.uppercased() }
        if mixedCase(word) { return word }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    private static func mixedCase(_ word: String) -> Bool {
        word.dropFirst().contains(where: \.isUppercase)
    }

    /// `tmp.Xk2j9a`, `tmpa8f3k2`, `temp-…`, or one long run of random letters and digits.
    static func isTemporary<S: StringProtocol>(_ base: S) -> Bool {
        let lower = base.lowercased()
        if lower.hasPrefix("tmp") {
            let rest = lower.dropFirst(3)
            if rest.isEmpty || rest.first == "." || rest.first == "_" || rest.first == "-" || rest.contains(where: \.isASCIIDigit) { return true }
        }
        let separators = base.contains { $0 == "-" || $0 == "_" || $0 == " " || $0 == "." }
        let digits = base.filter(\.isASCIIDigit).count
        return !separators && base.count >= 8 && digits >= 2 && digits < base.count
    }
}
