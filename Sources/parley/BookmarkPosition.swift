import ArgumentParser

/// An answer's place as a user types it: `12` (exchange 12) or `12.2` (its second answer),
/// numbered from 1 as `parley bookmarks` shows them.
struct BookmarkPosition: ExpressibleByArgument, Hashable, CustomStringConvertible {
    /// 0-based.
    var exchange: Int
    /// 0-based.
    var answer: Int

    init(exchange: Int, answer: Int) {
        self.exchange = exchange
        self.answer = answer
    }

    init?(argument: String) {
        let parts = argument.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              let exchange = Int(parts[0]), exchange >= 1,
              let answer = parts.count == 2 ? Int(parts[1]) : 1, answer >= 1 else { return nil }
        self.exchange = exchange - 1
        self.answer = answer - 1
    }

    var description: String { answer == 0 ? "#\(exchange + 1)" : "#\(exchange + 1).\(answer + 1)" }

    static var defaultValueDescription: String { "exchange[.answer]" }
}
