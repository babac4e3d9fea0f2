/// The pieces of CommonMark link syntax the inline parser needs: inline destinations and titles,
/// bracketed labels, autolinks (`<https://…>`) and bare URLs (`https://…`, `www.…`).
///
/// Every function scans forward from a position and stops at `end`. A failed link is scanned
/// again as text, so scans that can run far are bounded: destinations and bare URLs by
/// ``longestDestination``, titles by remembering where a title found no closer.
enum LinkSyntax {
    /// No real link target is longer; a longer run is not a destination. It bounds the rescans
    /// of a paragraph full of `[a](` without spaces.
    static let longestDestination = 4096

    /// Where a title opened by each quote character was scanned to the end without a closer:
    /// a later title with that quote cannot close either.
    struct UnclosedTitles {
        var from: [Character: Int] = [:]
    }

    /// Characters a backslash escapes (CommonMark: ASCII punctuation).
    static func isEscapable(_ c: Character) -> Bool {
        guard let ascii = c.asciiValue else { return false }
        return (0x21...0x2F).contains(ascii) || (0x3A...0x40).contains(ascii) || (0x5B...0x60).contains(ascii)
            || (0x7B...0x7E).contains(ascii)
    }

    static func isSpaceOrTab(_ c: Character) -> Bool { c == " " || c == "\t" }

    /// A C0 control or DEL (ASCII checked first: it is almost every character).
    static func isControl(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return ascii < 0x20 || ascii == 0x7F }
        return c.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// `(destination "title")` starting at the `(` at `open`.
    ///
    /// - Parameter allowCut: a search snippet may end inside the parentheses: then the link still
    ///   counts, with `cut` set and the target left out (it is incomplete).
    /// - Returns: the target with escapes removed, and the offset after the `)`.
    static func inlineLink(
        in s: [Character], open: Int, end: Int, allowCut: Bool, unclosedTitles: inout UnclosedTitles
    ) -> (target: String, next: Int, cut: Bool)? {
        var i = open + 1
        i = skipSpaces(s, from: i, end: end, newlines: 1)
        if i == end { return allowCut ? ("", end, true) : nil }
        if s[i] == ")" { return ("", i + 1, false) }
        guard let destination = destination(in: s, at: i, end: end) else { return nil }
        if destination.cut { return allowCut ? ("", end, true) : nil }
        i = destination.next
        let afterDestination = i
        i = skipSpaces(s, from: i, end: end, newlines: 1)
        if i == end { return allowCut ? ("", end, true) : nil }
        if s[i] != ")" {
            let quote = s[i]
            if let from = unclosedTitles.from[quote], i >= from { return allowCut ? ("", end, true) : nil }
            guard i > afterDestination, let title = titleEnd(in: s, at: i, end: end) else { return nil }
            if title.cut { unclosedTitles.from[quote] = min(unclosedTitles.from[quote] ?? i, i) }
            if title.cut { return allowCut ? ("", end, true) : nil }
            i = skipSpaces(s, from: title.next, end: end, newlines: 1)
            if i == end { return allowCut ? ("", end, true) : nil }
            guard s[i] == ")" else { return nil }
        }
        return (destination.target, i + 1, false)
    }

    /// A link destination: `<…>` (no line break, no unescaped `<`) or a run without spaces or
    /// controls whose parentheses balance. `cut` when `end` came first.
    static func destination(in s: [Character], at start: Int, end: Int) -> (target: String, next: Int, cut: Bool)? {
        var target = ""
        var i = start
        if s[start] == "<" {
            i += 1
            while i < end {
                if i - start > longestDestination { return nil }
                let c = s[i]
                if c == ">" { return (target, i + 1, false) }
                if c.isNewline || c == "<" { return nil }
                if c == "\\", i + 1 < end, isEscapable(s[i + 1]) {
                    target.append(s[i + 1])
                    i += 2
                    continue
                }
                target.append(c)
                i += 1
            }
            return (target, end, true)
        }
        var depth = 0
        while i < end {
            if i - start > longestDestination { return nil }
            let c = s[i]
            if c.isWhitespace || isControl(c) { break }
            if c == "\\", i + 1 < end, isEscapable(s[i + 1]) {
                target.append(s[i + 1])
                i += 2
                continue
            }
            if c == "(" {
                depth += 1
                if depth > 32 { return nil }
            } else if c == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            target.append(c)
            i += 1
        }
        if i == end { return (target, end, true) }
        guard i > start, depth == 0 else { return nil }
        return (target, i, false)
    }

    /// A link title in `"…"`, `'…'` or `(…)`, escapes allowed; it may span lines but not a blank line.
    static func titleEnd(in s: [Character], at start: Int, end: Int) -> (next: Int, cut: Bool)? {
        let close: Character
        switch s[start] {
        case "\"": close = "\""
        case "'": close = "'"
        case "(": close = ")"
        default: return nil
        }
        var i = start + 1
        var lineHasText = true
        while i < end {
            let c = s[i]
            if c == "\\", i + 1 < end {
                i += 2
                continue
            }
            if c == close { return (i + 1, false) }
            if close == ")", c == "(" { return nil }
            if c.isNewline {
                if !lineHasText { return nil }
                lineHasText = false
            } else if !c.isWhitespace {
                lineHasText = true
            }
            i += 1
        }
        return (end, true)
    }

    /// A bracketed label `[…]` starting at `openBracket`: at most 999 characters, no unescaped
    /// brackets inside. Returns the text between the brackets and the offset after `]`.
    static func label(in s: [Character], openBracket: Int, end: Int) -> (text: ArraySlice<Character>, next: Int)? {
        var i = openBracket + 1
        while i < end, i - openBracket <= 1000 {
            let c = s[i]
            if c == "\\", i + 1 < end, isEscapable(s[i + 1]) {
                i += 2
                continue
            }
            if c == "[" { return nil }
            if c == "]" { return (s[(openBracket + 1)..<i], i + 1) }
            i += 1
        }
        return nil
    }

    /// An autolink `<scheme:…>` or `<address@host>` starting at the `<` at `open`.
    static func autolink(in s: [Character], open: Int, end: Int) -> (content: Range<Int>, target: String)? {
        var i = open + 1
        while i < end, s[i] != ">" {
            if s[i] == "<" || s[i].isWhitespace || isControl(s[i]) { return nil }
            i += 1
        }
        guard i < end, i > open + 1 else { return nil }
        let content = (open + 1)..<i
        let text = String(s[content])
        if isURI(s[content]) { return (content, text) }
        if isEmail(s[content]) { return (content, "mailto:" + text) }
        return nil
    }

    /// A scheme of 2–32 letters, digits, `+`, `.` or `-` starting with a letter, then `:`.
    private static func isURI(_ text: ArraySlice<Character>) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[text.startIndex..<colon]
        guard (2...32).contains(scheme.count), let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "." || $0 == "-") }
    }

    private static func isEmail(_ text: ArraySlice<Character>) -> Bool {
        guard let at = text.firstIndex(of: "@"), at > text.startIndex, at < text.endIndex - 1 else { return false }
        let local = text[text.startIndex..<at]
        let domain = text[(at + 1)...]
        let localOK = local.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".!#$%&'*+/=?^_`{|}~-".contains($0)) }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let domainOK = labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
        return localOK && domainOK
    }

    /// A bare URL (`https://…`, `http://…`, `www.…`) starting at `start`, as GitHub's Markdown
    /// finds them: up to a space or `<`, without trailing punctuation or an unbalanced `)`.
    /// Returns the end offset and the target (`www.` gets `http://`).
    /// - Parameter failedUntil: set, when `start` has a URL's prefix but no URL, to the end of the
    ///   run of text it was looked for in, so the caller can skip the rest of that run instead of
    ///   scanning it again from every `h` and `w` in it.
    static func bareURL(in s: [Character], at start: Int, end: Int, failedUntil: inout Int) -> (next: Int, target: String)? {
        let prefixes: [(String, String)] = [("https://", ""), ("http://", ""), ("www.", "http://")]
        guard let (prefix, scheme) = prefixes.first(where: { has($0.0, in: s, at: start, end: end) }) else { return nil }
        var i = start + prefix.count
        while i < end, !s[i].isWhitespace, s[i] != "<" { i += 1 }
        guard i - start <= longestDestination else {
            failedUntil = i
            return nil
        }
        var last = i
        var unbalanced = s[start..<i].reduce(0) { $0 + ($1 == ")" ? 1 : $1 == "(" ? -1 : 0) }
        while last > start + prefix.count {
            let c = s[last - 1]
            if "?!.,:*_~'\"".contains(c) {
                last -= 1
            } else if c == ")", unbalanced > 0 {
                unbalanced -= 1
                last -= 1
            } else {
                break
            }
        }
        // The host needs a dot-separated name after the prefix.
        let host = s[(start + prefix.count)..<last].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" || $0 == ":" }),
              prefix != "www." || host.contains(".")
        else {
            failedUntil = i
            return nil
        }
        return (last, scheme + String(s[start..<last]))
    }

    /// Whether `prefix` (lowercase ASCII) stands at `start`, in any case.
    private static func has(_ prefix: String, in s: [Character], at start: Int, end: Int) -> Bool {
        var i = start
        for byte in prefix.utf8 {
            guard i < end, let c = s[i].asciiValue, c == byte || (c >= 0x41 && c <= 0x5A && c | 0x20 == byte) else { return false }
            i += 1
        }
        return true
    }

    private static func skipSpaces(_ s: [Character], from start: Int, end: Int, newlines: Int) -> Int {
        var i = start
        var left = newlines
        while i < end {
            if isSpaceOrTab(s[i]) {
                i += 1
            } else if s[i].isNewline, left > 0 {
                left -= 1
                i += 1
            } else {
                break
            }
        }
        return i
    }
}
