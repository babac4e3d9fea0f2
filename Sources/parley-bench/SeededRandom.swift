/// SplitMix64: a tiny random generator whose sequence depends only on its seed, so that the
/// same `--seed` gives byte-identical libraries on every machine and Swift version (the
/// standard library's generator is seeded from the system and cannot be replayed).
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in 0..<1 built from the top 53 bits, so it does not depend on how `Double`
    /// random values are drawn by the standard library.
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// An index in 0..<count, by multiply-shift (the standard library's `random(in:)` may change
    /// its algorithm between versions, which would change the generated library).
    mutating func index(_ count: Int) -> Int {
        precondition(count > 0)
        return Int(((next() >> 32) &* UInt64(count)) >> 32)
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[index(items.count)]
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }
}
