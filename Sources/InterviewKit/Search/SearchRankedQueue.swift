/// Candidates waiting for their turn, best rank (lowest) first: a binary heap, so holding n of
/// them costs n log n whatever order they arrive in.
struct SearchRankedQueue {
    private var heap: [SearchExecution.Candidate] = []

    mutating func insert(_ candidate: SearchExecution.Candidate) {
        heap.append(candidate)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.before(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Takes the best candidate out when its rank is at most `limit`.
    mutating func popFirst(ifRankAtMost limit: Double) -> SearchExecution.Candidate? {
        guard let first = heap.first, first.rank <= limit else { return nil }
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var best = parent
            if left < heap.count, Self.before(heap[left], heap[best]) { best = left }
            if right < heap.count, Self.before(heap[right], heap[best]) { best = right }
            guard best != parent else { break }
            heap.swapAt(parent, best)
            parent = best
        }
        return first
    }

    /// Lower rank first; equal ranks in index order, as the ranking statement gives them.
    private static func before(_ a: SearchExecution.Candidate, _ b: SearchExecution.Candidate) -> Bool {
        a.rank != b.rank ? a.rank < b.rank : a.rowID < b.rowID
    }
}
