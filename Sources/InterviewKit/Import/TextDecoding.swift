import Foundation

/// Turns the raw bytes of a file into clean lines, or says why they are not text.
///
/// Work is done on bytes and on one line at a time so that a 50 MB file costs a single pass:
/// the file is never handled as one big `String` with repeated index offsetting.
enum TextDecoding {
    /// The file's lines: BOM, line ends, control characters and trailing blanks handled, and
    /// HTML character references left as written (readers of structured formats decode them
    /// where their format says so; `decodingEntities` gives prose its characters).
    static func lines(from data: Data, fileName: String) throws -> [String] {
        guard !data.isEmpty else { throw ImportError.empty(fileName: fileName) }
        if data.count >= 2, (data[data.startIndex] == 0xFF && data[data.startIndex + 1] == 0xFE)
            || (data[data.startIndex] == 0xFE && data[data.startIndex + 1] == 0xFF),
            let text = String(data: data, encoding: .utf16) {
            // UTF-16 text (it has a byte order mark) is text, even though it contains NUL bytes.
            return lines(fromValidUTF8: Array(text.utf8))
        }
        let bytes = [UInt8](data)
        if let nul = bytes.firstIndex(of: 0) { throw ImportError.binary(fileName: fileName, offset: nul) }
        if let bad = firstInvalidUTF8(bytes) { throw ImportError.invalidUTF8(fileName: fileName, offset: bad) }
        return lines(fromValidUTF8: bytes)
    }

    /// Splits on LF (dropping CR of CRLF, and treating a lone CR as a line break), strips the
    /// byte order mark, control characters, trailing whitespace, and HTML entities that copied
    /// pages often keep (`&#39;`).
    private static func lines(fromValidUTF8 bytes: [UInt8]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(bytes.count / 60 + 1)
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        var index = start
        let count = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            while index <= count {
                if index == count || buffer[index] == 0x0A || buffer[index] == 0x0D {
                    result.append(line(buffer, start, index))
                    if index < count, buffer[index] == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
        }
        return result
    }

    /// One line from its bytes. Lines of plain text (no control bytes, entities, or non-ASCII
    /// trailing blanks) take a byte-level fast path; the rest go through `clean`.
    private static func line(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var special = false
        var index = start
        while index < end {
            let byte = buffer[index]
            if byte < 0x20 || byte == 0x26 || byte == 0x7F || byte == 0xEF { special = true; break }
            index += 1
        }
        var stop = end
        while stop > start, buffer[stop - 1] == 0x20 || buffer[stop - 1] == 0x09 { stop -= 1 }
        if stop > start, buffer[stop - 1] >= 0x80 { special = true }
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<(special ? end : stop)]), as: UTF8.self)
        return special ? clean(text) : text
    }

    /// The byte offset of the first malformed UTF-8 sequence, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(byte & 0x07)
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    static func clean(_ line: String) -> String {
        var text = line
        if text.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 }) || text.unicodeScalars.contains(where: isInvisible) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.filter { !($0.value < 0x20 && $0 != "\t") && !isInvisible($0) }))
        }
        return trimmingTrailingWhitespace(text)
    }

    /// A line with the HTML character references that copied pages keep (`&#39;`) decoded.
    static func decodingEntities(_ line: String) -> String {
        guard ByteSearch.contains(line, 0x26) else { return line }
        return trimmingTrailingWhitespace(HTMLEntities.decode(line))
    }

    /// Characters that copied pages carry but that show nothing: a byte order mark in the
    /// middle of the text, the DEL control.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{FEFF}" || scalar == "\u{7F}"
    }

    /// A tab or a space separator. ASCII is answered without the Unicode property lookup (the
    /// only ASCII space separator is the space): this runs on nearly every line imported.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    /// Whether a line is empty or blank only: `trimmed(line).isEmpty` without building the
    /// trimmed string.
    static func isBlankLine<S: StringProtocol>(_ line: S) -> Bool {
        line.unicodeScalars.allSatisfy(isBlank)
    }

    static func trimmingTrailingWhitespace(_ text: String) -> String {
        guard let last = text.unicodeScalars.last, isBlank(last) else { return text }
        var scalars = text.unicodeScalars
        while let last = scalars.last, isBlank(last) { scalars.removeLast() }
        return String(scalars)
    }

    static func trimmingLeadingWhitespace<S: StringProtocol>(_ text: S) -> Substring {
        let scalars = Substring(text).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        return Substring(scalars[first...])
    }

    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        trimmingTrailingWhitespace(String(trimmingLeadingWhitespace(text)))
    }

    /// Number of leading blank scalars.
    static func indentation(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            guard isBlank(scalar) else { break }
            count += 1
        }
        return count
    }
}

/// Decodes the HTML character references that survive copying a page as text.
enum HTMLEntities {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "rsquo": "\u{2019}", "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&"), text.contains(";") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";"), let value = entity(after[..<semi]) {
                out += value
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }

    private static func entity(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let number = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let number, number >= 0x20, let scalar = Unicode.Scalar(number) else { return nil }
            return String(Character(scalar))
        }
        return named[String(name)]
    }
}
