/// Splits typed text into search terms and `OR`s for `SearchQuery`.
///
/// Every input lexes: control characters count as spaces, a quote without its pair closes at
/// the end, stars are only special at a word's ends, and a field name without a value is a word.
/// Characters are compared as whole graphemes: a quote carrying a combining mark (`"\u{301}`)
/// is text, which `MatchPattern.quote` then escapes scalar by scalar.
enum QueryLexer {
    enum Lexeme: Hashable {
        case term(SearchQuery.Term, negated: Bool)
        case or
    }

    static let quotes: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}"]
    static let fields: [String: SearchQuery.Field] = [
        "speaker": .speaker, "by": .speaker, "in": .title, "title": .title, "q": .question, "question": .question,
    ]

    static func isSpace(_ character: Character) -> Bool {
        character.isWhitespace || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
    }

    static func lexemes(of text: String) -> [Lexeme] {
        var result: [Lexeme] = []
        var rest = Substring(text)
        var negateNext = false
        while true {
            rest = rest.drop(while: isSpace)
            guard let first = rest.first else { break }
            var negated = negateNext
            negateNext = false
            // `-word` leaves out; a lone `-` is nothing; `--word` (an option-like word, typed
            // after `--` on the command line) is text, not the exclusion of `-word`.
            if first == "-", rest.dropFirst().first != "-" {
                rest = rest.dropFirst()
                if let next = rest.first, !isSpace(next) { negated = true } else { continue }
            }
            var field = SearchQuery.Field.any
            if let colon = rest.prefix(while: { !isSpace($0) && !quotes.contains($0) }).firstIndex(of: ":"),
               let named = fields[rest[rest.startIndex..<colon].lowercased()] {
                let value = rest[rest.index(after: colon)...]
                if let next = value.first, !isSpace(next) {
                    field = named
                    rest = value
                }
            }
            let word: Substring
            var quoted = false
            if let open = rest.first, quotes.contains(open) {
                let body = rest.dropFirst()
                let end = body.firstIndex(where: { quotes.contains($0) }) ?? body.endIndex
                word = body[body.startIndex..<end]
                rest = end == body.endIndex ? body[end...] : body[body.index(after: end)...]
                quoted = true
            } else {
                let end = rest.firstIndex(where: isSpace) ?? rest.endIndex
                word = rest[rest.startIndex..<end]
                rest = rest[end...]
            }
            var isPrefix = false
            var textPart = word
            if quoted {
                if rest.first == "*" {
                    isPrefix = true
                    rest = rest.drop(while: { $0 == "*" })
                }
            } else {
                if !negated, field == .any, word == "OR" { result.append(.or); continue }
                if !negated, field == .any, word == "AND" { continue }
                if !negated, field == .any, word == "NOT" { negateNext = true; continue }
                isPrefix = word.last == "*"
                textPart = textPart.drop(while: { $0 == "*" })
                while textPart.last == "*" { textPart = textPart.dropLast() }
            }
            if field == .speaker { isPrefix = true }
            let cleaned = String(textPart.map { isSpace($0) ? " " : $0 })
            guard cleaned.contains(where: { !isSpace($0) }) else { continue }
            result.append(.term(SearchQuery.Term(text: cleaned, field: field, isPrefix: isPrefix), negated: negated))
        }
        return result
    }
}
