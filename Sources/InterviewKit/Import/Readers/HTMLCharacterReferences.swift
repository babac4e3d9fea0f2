/// HTML character references (`&eacute;`, `&#8217;`, `&#x2014;`) as the scalars they stand for.
///
/// Saved pages write accented names and typographic quotes this way, so the HTML reader must
/// decode them or names would be split into words that never match. The named table is the
/// HTML 4 set, which is what real pages use; an unknown name is left as written (nothing is
/// lost), and numeric references follow the HTML standard: the C1 range means Windows-1252,
/// and values that are not characters become U+FFFD.
enum HTMLCharacterReferences {
    /// What a reference at the start of some bytes decodes to, and how many bytes it took.
    enum Decoded {
        case scalar(Unicode.Scalar, length: Int)
        /// `&#10;`, `&#9;`: whitespace, which the caller collapses like any other.
        case whitespace(length: Int)
    }

    /// The reference starting at `start` (which holds `&`), or nil when the bytes there are not
    /// a complete reference and the `&` is text.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Decoded? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x23 { return numeric(bytes, from: index + 1, start: start) }
        let nameStart = index
        // The longest HTML 4 name has 8 letters; a longer run is text.
        while index < bytes.count, index - nameStart <= 8, isAlphanumeric(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == 0x3B, index > nameStart else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
        guard let value = named[name], let scalar = Unicode.Scalar(value) else { return nil }
        return .scalar(scalar, length: index + 1 - start)
    }

    /// Decodes every reference in a short text such as an attribute value.
    static func decode(_ text: some StringProtocol) -> String {
        guard text.utf8.contains(0x26) else { return String(text) }
        var out: [UInt8] = []
        Array(text.utf8).withUnsafeBufferPointer { input in
            out.reserveCapacity(input.count)
            var index = 0
            while index < input.count {
                guard input[index] == 0x26, let decoded = decode(input, at: index) else {
                    out.append(input[index])
                    index += 1
                    continue
                }
                switch decoded {
                case .scalar(let scalar, let length):
                    out += String(Character(scalar)).utf8
                    index += length
                case .whitespace(let length):
                    out.append(0x20)
                    index += length
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func numeric(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, start: Int) -> Decoded? {
        var index = first
        var radix: UInt32 = 10
        if index < bytes.count, bytes[index] == 0x78 || bytes[index] == 0x58 { radix = 16; index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < bytes.count, let digit = digitValue(bytes[index], radix: radix) {
            // Eight digits already exceed U+10FFFF; more are consumed but cannot overflow.
            if index - digitsStart < 8 { value = value * radix + digit }
            index += 1
        }
        guard index > digitsStart else { return nil }
        // The standard accepts a missing `;`; the reference then ends at the last digit.
        let length = (index < bytes.count && bytes[index] == 0x3B ? index + 1 : index) - start
        if index - digitsStart > 8 { return .scalar("\u{FFFD}", length: length) }
        switch value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return .whitespace(length: length)
        case 0x80...0x9F: return .scalar(windows1252[Int(value - 0x80)], length: length)
        case 0, 0x01...0x1F, 0x7F, 0xD800...0xDFFF: return .scalar("\u{FFFD}", length: length)
        default: return .scalar(Unicode.Scalar(value) ?? "\u{FFFD}", length: length)
        }
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x61...0x66 where radix == 16: UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where radix == 16: UInt32(byte - 0x41 + 10)
        default: nil
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// `&#128;`…`&#159;` as browsers read them: the Windows-1252 characters at those bytes.
    private static let windows1252: [Unicode.Scalar] = [
        "\u{20AC}", "\u{FFFD}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{FFFD}", "\u{017D}", "\u{FFFD}",
        "\u{FFFD}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{FFFD}", "\u{017E}", "\u{0178}",
    ]

    /// The HTML 4 named references: markup, Latin-1, typography, Greek, arrows and maths.
    private static let named: [String: UInt32] = {
        var table: [String: UInt32] = [
            "quot": 34, "amp": 38, "apos": 39, "lt": 60, "gt": 62,
            "OElig": 338, "oelig": 339, "Scaron": 352, "scaron": 353, "Yuml": 376, "fnof": 402, "circ": 710, "tilde": 732,
            "ensp": 8194, "emsp": 8195, "thinsp": 8201, "zwnj": 8204, "zwj": 8205, "lrm": 8206, "rlm": 8207,
            "ndash": 8211, "mdash": 8212, "lsquo": 8216, "rsquo": 8217, "sbquo": 8218, "ldquo": 8220, "rdquo": 8221,
            "bdquo": 8222, "dagger": 8224, "Dagger": 8225, "bull": 8226, "hellip": 8230, "permil": 8240, "prime": 8242,
            "Prime": 8243, "lsaquo": 8249, "rsaquo": 8250, "oline": 8254, "frasl": 8260, "euro": 8364, "image": 8465,
            "weierp": 8472, "real": 8476, "trade": 8482, "alefsym": 8501, "larr": 8592, "uarr": 8593, "rarr": 8594,
            "darr": 8595, "harr": 8596, "crarr": 8629, "lArr": 8656, "uArr": 8657, "rArr": 8658, "dArr": 8659,
            "hArr": 8660, "forall": 8704, "part": 8706, "exist": 8707, "empty": 8709, "nabla": 8711, "isin": 8712,
            "notin": 8713, "ni": 8715, "prod": 8719, "sum": 8721, "minus": 8722, "lowast": 8727, "radic": 8730,
            "prop": 8733, "infin": 8734, "ang": 8736, "and": 8743, "or": 8744, "cap": 8745, "cup": 8746, "int": 8747,
            "there4": 8756, "sim": 8764, "cong": 8773, "asymp": 8776, "ne": 8800, "equiv": 8801, "le": 8804, "ge": 8805,
            "sub": 8834, "sup": 8835, "nsub": 8836, "sube": 8838, "supe": 8839, "oplus": 8853, "otimes": 8855,
            "perp": 8869, "sdot": 8901, "lceil": 8968, "rceil": 8969, "lfloor": 8970, "rfloor": 8971, "lang": 9001,
            "rang": 9002, "loz": 9674, "spades": 9824, "clubs": 9827, "hearts": 9829, "diams": 9830,
        ]
        // Latin-1, U+00A0…U+00FF, in code point order.
        let latin1 = [
            "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not",
            "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1",
            "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml",
            "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH",
            "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc",
            "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
            "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute",
            "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
        ]
        for (offset, name) in latin1.enumerated() { table[name] = 0xA0 + UInt32(offset) }
        // Greek: capitals from U+0391 and small letters from U+03B1 (with the gap at U+03A2).
        let greek = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
                     "nu", "xi", "omicron", "pi", "rho", "sigmaf", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"]
        for (offset, name) in greek.enumerated() {
            table[name] = 0x3B1 + UInt32(offset)
            if name != "sigmaf" { table[name.prefix(1).uppercased() + name.dropFirst()] = 0x391 + UInt32(offset) }
        }
        table["thetasym"] = 977
        table["upsih"] = 978
        table["piv"] = 982
        return table
    }()
}
