import Foundation

/// `items.map(transform)` on every core, results in the order of `items`: files are read and
/// parsed this way by the index and the catalogue.
enum ConcurrentMap {
    static func map<Item: Sendable, Result>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.set(index, transform(items[index]))
        }
        return slots.all
    }

    /// Slots filled from several threads, each slot by one.
    private final class Slots<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Value?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }

        var all: [Value] { lock.withLock { slots.compactMap { $0 } } }
    }
}
