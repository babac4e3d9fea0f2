/// A moment in a recording, to the millisecond: when a turn starts.
///
/// Transcripts write times in many ways (`00:04:03.15`, `4:03`, `[00:04:03]`, `00:00:05,203`,
/// `startTime: 243.15`); the importer reads them all into this one value, so the text never
/// keeps them and the reader can show and sort them alike.
public struct Timecode: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var milliseconds: Int

    public init(milliseconds: Int) {
        self.milliseconds = max(0, milliseconds)
    }

    public init(seconds: Double) {
        self.init(milliseconds: seconds.isFinite ? Int((seconds * 1000).rounded()) : 0)
    }

    public var seconds: Double { Double(milliseconds) / 1000 }

    /// Reads a clock time: `h:mm:ss`, `mm:ss`, `hh:mm:ss.fff` or `hh:mm:ss,fff` (SubRip), with
    /// one to three fraction digits. Nil for anything else, including minutes or seconds of 60
    /// and more where a larger unit is given.
    public init?<S: StringProtocol>(parsing text: S) {
        // Only ASCII digits and separators can make a clock: most text leaves at its first letter.
        guard text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x3A) || $0 == 0x2E || $0 == 0x2C }) else { return nil }
        var fraction = 0
        var clock = Substring(text)
        if let separator = clock.firstIndex(where: { $0 == "." || $0 == "," }) {
            let digits = clock[clock.index(after: separator)...]
            guard (1...3).contains(digits.count), digits.allSatisfy(Self.isDigit), let value = Int(digits) else { return nil }
            fraction = value * [100, 10, 1][digits.count - 1]
            clock = clock[..<separator]
        }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            let maximumDigits = index == 0 ? 3 : 2
            guard (1...maximumDigits).contains(part.count), part.allSatisfy(Self.isDigit), let value = Int(part) else { return nil }
            if index > 0 { guard value < 60, part.count == 2 else { return nil } }
            numbers.append(value)
        }
        let seconds = numbers.reduce(0) { $0 * 60 + $1 }
        self.init(milliseconds: seconds * 1000 + fraction)
    }

    /// An ASCII digit. Local, not the importer's `Character.isASCIIDigit`, because the model and
    /// the format reader are built without the importer (scripts/fuzz.sh's format target).
    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    /// `m:ss` under an hour, `h:mm:ss` from an hour on, with `.fff` only when there is a
    /// fraction: how players show a position.
    public var description: String {
        let totalSeconds = milliseconds / 1000
        let hours = totalSeconds / 3600
        let minutes = (totalSeconds / 60) % 60
        let seconds = totalSeconds % 60
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = hours > 0 ? "\(hours):\(two(minutes)):\(two(seconds))" : "\(minutes):\(two(seconds))"
        let fraction = milliseconds % 1000
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 3 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }

    public static func < (lhs: Timecode, rhs: Timecode) -> Bool { lhs.milliseconds < rhs.milliseconds }
}

/// In JSON a time is a number of seconds, as media players and the Podcasting 2.0 transcript
/// format count them.
extension Timecode: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(seconds: try decoder.singleValueContainer().decode(Double.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(seconds)
    }
}
