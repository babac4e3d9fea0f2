/// CommonMark's delimiter list for `*` and `_` runs and its "process emphasis" procedure.
///
/// Runs are kept in a doubly linked list (indices into an array, entry 0 a sentinel) so that
/// removing the runs between a matched opener and closer is constant time, and the procedure keeps
/// CommonMark's `openers_bottom` so that a failed search for an opener is never repeated: both
/// keep a paragraph full of unmatched `*` linear.
struct EmphasisDelimiters {
    struct Run {
        var node: Int
        var character: Character
        /// Length of the run as written (the "rule of three" looks at it).
        var length: Int
        var canOpen: Bool
        var canClose: Bool
        var previous: Int
        var next: Int
    }

    /// What a match produced: emphasis (one marker each side) or strong (two) over the nodes
    /// strictly between the opener's node and the closer's node.
    struct Match {
        var nodes: Range<Int>
        var style: InlineStyle
    }

    private(set) var runs = [Run(node: -1, character: " ", length: 0, canOpen: false, canClose: false, previous: -1, next: -1)]
    /// The last run in the list (0, the sentinel, when empty).
    private(set) var last = 0

    /// Adds a run at the end of the list.
    mutating func push(node: Int, character: Character, length: Int, canOpen: Bool, canClose: Bool) {
        runs.append(Run(node: node, character: character, length: length, canOpen: canOpen, canClose: canClose, previous: last, next: -1))
        runs[last].next = runs.count - 1
        last = runs.count - 1
    }

    /// Matches closers with openers above `bottom` (a run index; 0 for all), and then drops every
    /// run above `bottom`. `shown[node]` is the part of each node's text still shown: an opener
    /// gives up markers at its end, a closer at its start (the sides next to the emphasised text).
    mutating func process(above bottom: Int, shown: inout [Range<Int>]) -> [Match] {
        var matches: [Match] = []
        // Where the search for an opener stopped before, by marker, closer length mod 3 and
        // whether the closer could open.
        var openersBottom = [Int](repeating: bottom, count: 12)
        var current = runs[bottom].next
        while current != -1 {
            let closer = runs[current]
            guard closer.canClose else {
                current = closer.next
                continue
            }
            let key = (closer.character == "*" ? 0 : 6) + (closer.length % 3) * 2 + (closer.canOpen ? 1 : 0)
            var candidate = closer.previous
            var opener = -1
            while candidate != bottom, candidate != openersBottom[key], candidate > 0 {
                let run = runs[candidate]
                if run.character == closer.character, run.canOpen {
                    let both = run.canClose || closer.canOpen
                    let ruleOfThree = both && (run.length + closer.length) % 3 == 0 && !(run.length % 3 == 0 && closer.length % 3 == 0)
                    if !ruleOfThree {
                        opener = candidate
                        break
                    }
                }
                candidate = run.previous
            }
            guard opener != -1 else {
                openersBottom[key] = closer.previous
                let next = closer.next
                if !closer.canOpen { unlink(current) }
                current = next
                continue
            }
            let openerNode = runs[opener].node
            let strong = shown[openerNode].count >= 2 && shown[closer.node].count >= 2
            let used = strong ? 2 : 1
            shown[openerNode] = shown[openerNode].lowerBound..<(shown[openerNode].upperBound - used)
            shown[closer.node] = (shown[closer.node].lowerBound + used)..<shown[closer.node].upperBound
            matches.append(Match(nodes: (openerNode + 1)..<closer.node, style: strong ? .strong : .emphasis))
            // The runs between opener and closer can no longer match anything.
            runs[opener].next = current
            runs[current].previous = opener
            if shown[openerNode].isEmpty { unlink(opener) }
            if shown[closer.node].isEmpty {
                let next = runs[current].next
                unlink(current)
                current = next
            }
        }
        runs[bottom].next = -1
        last = bottom
        return matches
    }

    private mutating func unlink(_ index: Int) {
        let run = runs[index]
        runs[run.previous].next = run.next
        if run.next != -1 { runs[run.next].previous = run.previous } else { last = run.previous }
    }
}
