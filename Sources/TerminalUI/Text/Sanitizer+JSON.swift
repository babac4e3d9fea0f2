extension Sanitizer {
    /// Compact JSON text with every scalar from DEL up that the sanitiser would not emit raw —
    /// DEL, C1 controls (U+009B, U+0085…), U+2028/2029, bidi controls, zero-width and tag
    /// characters — written as a `\uXXXX` escape (a surrogate pair above U+FFFF).
    ///
    /// Why: `JSONEncoder` escapes only C0, so a value could carry a raw CSI (U+009B) or a line
    /// separator to whatever reads the JSON Lines on a terminal or line by line. Escaping is
    /// lossless: every JSON reader decodes the same string. Outside strings compact JSON has only
    /// ASCII, so the replacement can only touch string contents.
    public static func escapingJSON(_ json: String) -> String {
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x7F && needsCare(scalar) }
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard needsEscape(scalar) else {
                out.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            }
        }
        return String(out)
    }
}
