/// What one `SearchIndex.update()` or `rebuild()` did.
public struct IndexUpdateReport: Hashable, Sendable, Codable {
    public var added: Int
    public var changed: Int
    public var removed: Int
    /// Files left as they were: untouched, touched without a change, or brought up to date by
    /// another process at the same time.
    public var unchanged: Int
    public var seconds: Double
    /// Files that could not be indexed, one per file, worded as `Library` words them. They stay
    /// reported on every update until they are fixed.
    public var problems: [LibraryProblem]

    public init(added: Int = 0, changed: Int = 0, removed: Int = 0, unchanged: Int = 0, seconds: Double = 0, problems: [LibraryProblem] = []) {
        self.added = added
        self.changed = changed
        self.removed = removed
        self.unchanged = unchanged
        self.seconds = seconds
        self.problems = problems
    }
}
