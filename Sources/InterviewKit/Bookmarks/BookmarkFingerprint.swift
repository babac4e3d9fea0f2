import Foundation

/// A stable fingerprint of a question's text.
///
/// Why FNV-1a 64 and not something else: the fingerprint is written to disk, so it must be the
/// same in every process and on every platform. Swift's `Hasher` is seeded per process, CryptoKit
/// does not exist on Linux and Foundation has no SHA. FNV-1a is a dozen lines, has no dependency,
/// and 64 bits are plenty: a fingerprint only has to tell apart the questions of one interview
/// (the interview id is part of every bookmark key), and a collision there would at worst attach a
/// bookmark to the other of two questions — resolution then prefers the one whose answer matches
/// the stored excerpt. It is not meant to resist anyone crafting collisions; nobody gains by that.
public enum BookmarkFingerprint {
    /// 16 lowercase hex digits of FNV-1a 64 over the UTF-8 of `normalise(question)`.
    public static func of(question: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in normalise(question).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Lowercased, Unicode-composed (NFC), runs of whitespace collapsed to one space, trimmed:
    /// rewrapping a question or changing its case must not lose its bookmarks.
    public static func normalise(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
    }
}
