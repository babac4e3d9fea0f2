import Foundation

/// Turns names and titles into ids: lowercase ASCII letters, digits and single hyphens.
///
/// Accented letters lose their accents (`Zoë Müller` → `zoe-muller`) so that ids stay typeable; text with
/// no Latin letters at all (CJK titles) falls back to `fallback`.
public enum Slug {
    public static func make(_ text: String, maxLength: Int = 60, fallback: String = "interview") -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
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
            if slug.count >= maxLength { break }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? fallback : slug
    }

    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
