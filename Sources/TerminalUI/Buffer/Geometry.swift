/// A terminal size in cells.
public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// A rectangle of cells: origin at the top left, `x` growing right and `y` growing down.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// Negative sizes are clamped to zero, so arithmetic on tiny screens never yields nonsense.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// One past the last column.
    public var right: Int { x + width }
    /// One past the last row.
    public var bottom: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var size: Size { Size(width: width, height: height) }

    /// The rectangle shrunk by `margin` cells on every side.
    public func inset(by margin: Int) -> Rect {
        Rect(x: x + margin, y: y + margin, width: width - 2 * margin, height: height - 2 * margin)
    }

    /// The overlap of two rectangles (empty, at `self`'s origin, when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let r = min(right, other.right)
        let b = min(bottom, other.bottom)
        guard r > left, b > top else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: r - left, height: b - top)
    }

    /// A rectangle of at most the given size centred in this one.
    public func centered(width: Int, height: Int) -> Rect {
        let w = min(width, self.width)
        let h = min(height, self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }

    /// The single row `row` (relative to the top) of this rectangle.
    public func row(_ row: Int) -> Rect {
        Rect(x: x, y: y + row, width: width, height: row >= 0 && row < height ? 1 : 0)
    }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < right && py >= y && py < bottom
    }

    /// Splits into rows (top to bottom) sized by `constraints`.
    public func splitVertically(_ constraints: [Constraint]) -> [Rect] {
        Constraint.resolve(constraints, total: height).map {
            Rect(x: x, y: y + $0.offset, width: width, height: $0.length)
        }
    }

    /// Splits into columns (left to right) sized by `constraints`.
    public func splitHorizontally(_ constraints: [Constraint]) -> [Rect] {
        Constraint.resolve(constraints, total: width).map {
            Rect(x: x + $0.offset, y: y, width: $0.length, height: height)
        }
    }
}

/// How much of a split one part takes.
///
/// Fixed lengths and percentages are served first, in order, until space runs out; `fill` parts
/// share what remains equally (earlier ones get the odd cells). Parts always tile the whole, so a
/// split never leaves garbage between panes.
public enum Constraint: Hashable, Sendable {
    case length(Int)
    case percentage(Int)
    case fill

    static func resolve(_ constraints: [Constraint], total: Int) -> [(offset: Int, length: Int)] {
        var lengths = [Int](repeating: 0, count: constraints.count)
        var remaining = max(0, total)
        var fills: [Int] = []
        for (index, constraint) in constraints.enumerated() {
            switch constraint {
            case .length(let n):
                lengths[index] = min(max(0, n), remaining)
            case .percentage(let p):
                lengths[index] = min(max(0, total * p / 100), remaining)
            case .fill:
                fills.append(index)
            }
            remaining -= lengths[index]
        }
        if !fills.isEmpty {
            for (n, index) in fills.enumerated() {
                lengths[index] = remaining / fills.count + (n < remaining % fills.count ? 1 : 0)
            }
        } else if let last = lengths.indices.last {
            lengths[last] += remaining
        }
        var offset = 0
        return lengths.map { length in
            defer { offset += length }
            return (offset, length)
        }
    }
}
