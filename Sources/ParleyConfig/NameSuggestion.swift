/// The name a misspelt one was probably meant to be (`colour` → `color`, `mvoe-down` →
/// `move-down`), so a message can say "did you mean" instead of listing every name.
enum NameSuggestion {
    /// "did you mean "x"?" when one known name is close, else the list of them all.
    static func hint(for name: String, among known: [String], listing: String) -> String {
        if let close = closest(to: name, among: known) { return "did you mean \"\(close)\"?" }
        return "the \(listing): " + known.joined(separator: ", ")
    }

    /// The known name within a few edits of `name` (at most 2, and fewer than a third of its
    /// letters), the closest first; nil when none is that close.
    static func closest(to name: String, among known: [String]) -> String? {
        let limit = min(2, max(1, name.count / 3))
        guard name.count <= 64 else { return nil }
        let length = name.unicodeScalars.count
        // Names whose lengths differ by more than the limit cannot be close: not measured.
        return known.filter { abs($0.unicodeScalars.count - length) <= limit }
            .map { (name: $0, distance: distance(name, $0)) }
            .filter { $0.distance <= limit }
            .min { $0.distance < $1.distance }?.name
    }

    /// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`, counted on
    /// Unicode scalars (the names compared are ASCII; anything else only needs to differ).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
