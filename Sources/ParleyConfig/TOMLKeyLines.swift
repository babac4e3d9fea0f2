/// The line each key of a TOML document is written on.
///
/// TOMLKit hands back values without their positions, and a message without a line number
/// leaves the person who wrote the file searching. This scanner reads the same text once,
/// keeping only what it needs to find keys: table headers, `key =` at the start of a
/// statement, and enough of strings, arrays and inline tables to know where statements start.
/// It runs on text the TOML parser accepted, so it need not judge what is valid.
struct TOMLKeyLines {
    private var lineOfPath: [[String]: Int] = [:]
    /// The line of the last statement when its string, array or inline table is still open at
    /// the end of the text (nil when everything closes).
    private(set) var unclosedStatement: Int?

    private enum StringMode { case none, basicMultiline, literalMultiline }

    init(lines: [String]) {
        var prefix: [String] = []
        var mode = StringMode.none
        var depth = 0
        var statement = 1
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            let scalars = Array(line.unicodeScalars)
            var index = 0
            if mode != .none {
                index = Self.skipMultiline(scalars, from: 0, mode: &mode)
                if mode != .none { continue }
            } else if depth == 0 {
                index = Self.skipSpaces(scalars, from: 0)
                guard index < scalars.count, scalars[index] != "#" else { continue }
                if scalars[index] == "[" {
                    index += index + 1 < scalars.count && scalars[index + 1] == "[" ? 2 : 1
                    prefix = Self.key(scalars, at: &index) ?? prefix
                    record(prefix, line: number)
                    continue
                }
                guard let key = Self.key(scalars, at: &index) else { continue }
                record(prefix + key, line: number)
                statement = number
                index = Self.skipSpaces(scalars, from: index)
                if index < scalars.count, scalars[index] == "=" { index += 1 }
            }
            Self.skipValue(scalars, from: index, mode: &mode, depth: &depth)
        }
        if mode != .none || depth > 0 { unclosedStatement = statement }
    }

    /// The line of `path`, or of the nearest table or key above it that was written out (a key
    /// inside an inline table is found at the line of the table's key).
    func line(of path: [String]) -> Int? {
        for length in stride(from: path.count, to: 0, by: -1) {
            if let line = lineOfPath[Array(path.prefix(length))] { return line }
        }
        return nil
    }

    /// Records `path` and the tables it implies (`a.b.c = 1` defines `a` and `a.b` there too),
    /// each at the first line that mentions it.
    private mutating func record(_ path: [String], line: Int) {
        for length in 1...max(1, path.count) where length <= path.count {
            let prefix = Array(path.prefix(length))
            if lineOfPath[prefix] == nil { lineOfPath[prefix] = line }
        }
    }

    // MARK: Scanning

    private static func skipSpaces(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < s.count, s[index] == " " || s[index] == "\t" { index += 1 }
        return index
    }

    /// A dotted key (`a.b."c d"`) starting at `index`, leaving `index` after it; nil when none.
    private static func key(_ s: [Unicode.Scalar], at index: inout Int) -> [String]? {
        var parts: [String] = []
        while true {
            index = skipSpaces(s, from: index)
            guard index < s.count else { break }
            var part = ""
            switch s[index] {
            case "\"":
                index += 1
                while index < s.count, s[index] != "\"" {
                    if s[index] == "\\", index + 1 < s.count {
                        part.unicodeScalars.append(contentsOf: unescape(s, at: &index))
                    } else {
                        part.unicodeScalars.append(s[index])
                        index += 1
                    }
                }
                index += 1
            case "'":
                index += 1
                while index < s.count, s[index] != "'" {
                    part.unicodeScalars.append(s[index])
                    index += 1
                }
                index += 1
            default:
                while index < s.count, isBareKeyScalar(s[index]) {
                    part.unicodeScalars.append(s[index])
                    index += 1
                }
                guard !part.isEmpty else { return parts.isEmpty ? nil : parts }
            }
            parts.append(part)
            index = skipSpaces(s, from: index)
            guard index < s.count, s[index] == "." else { break }
            index += 1
        }
        return parts.isEmpty ? nil : parts
    }

    private static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    /// The escape at `index` (a backslash) in a quoted key, leaving `index` after it.
    private static func unescape(_ s: [Unicode.Scalar], at index: inout Int) -> [Unicode.Scalar] {
        let letter = s[index + 1]
        index += 2
        switch letter {
        case "n": return ["\n"]
        case "t": return ["\t"]
        case "r": return ["\r"]
        case "b": return ["\u{08}"]
        case "f": return ["\u{0C}"]
        case "e": return ["\u{1B}"]
        case "u", "U":
            let length = letter == "u" ? 4 : 8
            let digits = String(String.UnicodeScalarView(s[index..<min(s.count, index + length)]))
            index = min(s.count, index + length)
            return UInt32(digits, radix: 16).flatMap(Unicode.Scalar.init).map { [$0] } ?? []
        default: return [letter]
        }
    }

    /// Skips a value's text from `start` to the end of the line, following strings and
    /// brackets that go on to the next lines.
    private static func skipValue(_ s: [Unicode.Scalar], from start: Int, mode: inout StringMode, depth: inout Int) {
        var index = start
        while index < s.count {
            switch s[index] {
            case "#":
                return
            case "\"", "'":
                let quote = s[index]
                if index + 2 < s.count, s[index + 1] == quote, s[index + 2] == quote {
                    mode = quote == "\"" ? .basicMultiline : .literalMultiline
                    index = skipMultiline(s, from: index + 3, mode: &mode)
                    if mode != .none { return }
                    continue
                }
                index += 1
                while index < s.count, s[index] != quote {
                    index += quote == "\"" && s[index] == "\\" ? 2 : 1
                }
                index += 1
            case "[", "{":
                depth += 1
                index += 1
            case "]", "}":
                depth = max(0, depth - 1)
                index += 1
            default:
                index += 1
            }
        }
    }

    /// Skips the inside of a multi-line string to just past its closing quotes, setting `mode`
    /// back to `.none`, or to the end of the line when it does not close there.
    private static func skipMultiline(_ s: [Unicode.Scalar], from start: Int, mode: inout StringMode) -> Int {
        let quote: Unicode.Scalar = mode == .basicMultiline ? "\"" : "'"
        var index = start
        while index < s.count {
            if mode == .basicMultiline, s[index] == "\\" {
                index += 2
                continue
            }
            if s[index] == quote, index + 2 < s.count, s[index + 1] == quote, s[index + 2] == quote {
                index += 3
                // Up to two more quotes belong to the string (`""""` ends with one in it).
                while index < s.count, s[index] == quote { index += 1 }
                mode = .none
                return index
            }
            index += 1
        }
        return index
    }
}
