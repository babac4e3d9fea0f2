import Foundation

/// Turns names and titles into ids: lowercase ASCII letters, digits and single hyphens.
///
/// Accented letters lose their accents (`Zoë Müller` → `zoe-muller`) so that ids stay typeable; text with
/// no Latin letters at all (CJK titles) falls back to `fallback`.
public enum Slug {
    public static func make(_ text: String, maxLength: Int = 60, fallback: String = "interview") -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in spellOut(text).decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(Character(scalar).lowercased())
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else {
                pendingHyphen = true
            }
            if slug.count > maxLength { break }
        }
        if slug.count > maxLength {
            // Cut at a word boundary so an id never ends in half a word.
            slug = String(slug.prefix(maxLength + 1))
            if let hyphen = slug.lastIndex(of: "-"), slug.distance(from: slug.startIndex, to: hyphen) >= maxLength / 2 {
                slug = String(slug[..<hyphen])
            } else {
                slug = String(slug.prefix(maxLength))
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? fallback : slug
    }

    /// Latin letters that do not decompose into ASCII ones, written the way people type them.
    private static let spellings: [Character: String] = [
        "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
        "ł": "l", "Ł": "l", "þ": "th", "ð": "d", "ı": "i",
    ]

    private static func spellOut(_ text: String) -> String {
        text.contains(where: { spellings[$0] != nil }) ? text.map { spellings[$0] ?? String($0) }.joined() : text
    }

    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
