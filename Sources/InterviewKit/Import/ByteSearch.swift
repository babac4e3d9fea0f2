import Foundation

/// Looking for one ASCII byte in a line's UTF-8, with `memchr` over the string's own storage.
///
/// The importer asks "is there an `&` / `[` / `<` / `?` in this line at all?" of nearly every
/// line before doing any real work; a generic `utf8.contains` walks the view index by index and
/// was a tenth of the import's time. An ASCII byte is always a whole scalar, so the answer is
/// the same either way; text without contiguous UTF-8 (bridged strings) is walked as before.
enum ByteSearch {
    static func contains<S: StringProtocol>(_ text: S, _ byte: UInt8) -> Bool {
        contains(text, byte, inLast: Int.max)
    }

    /// Whether the byte is among the last `count` bytes of the text.
    static func contains<S: StringProtocol>(_ text: S, _ byte: UInt8, inLast count: Int) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            let length = min(count, buffer.count)
            return memchr(base + (buffer.count - length), Int32(byte), length) != nil
        }
        return found ?? text.utf8.suffix(count).contains(byte)
    }
}
