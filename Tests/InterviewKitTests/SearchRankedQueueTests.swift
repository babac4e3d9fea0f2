import Testing
@testable import InterviewKit

/// The queue that holds ranked candidates until no later match can beat them.
@Suite("Search: ranked queue")
struct SearchRankedQueueTests {
    func candidate(_ rank: Double, row: Int64) -> SearchExecution.Candidate {
        SearchExecution.Candidate(
            rowID: row, rank: rank, interviewID: "i", kind: .answer, block: 0, location: .answer(exchange: 0, answer: 0, paragraph: Int(row)),
            snippetColumn: .text, showsQuestion: false, key: nil)
    }

    @Test func givesBestFirstAndOnlyWhatIsAtMostTheLimit() {
        var queue = SearchRankedQueue()
        var generator = SystemRandomNumberGenerator()
        let ranks = (0..<500).map { _ in -Double.random(in: 0...10, using: &generator) }
        for (row, rank) in ranks.enumerated() { queue.insert(candidate(rank, row: Int64(row))) }
        var taken: [Double] = []
        while let next = queue.popFirst(ifRankAtMost: -5) { taken.append(next.rank) }
        #expect(taken == ranks.filter { $0 <= -5 }.sorted())
        while let next = queue.popFirst(ifRankAtMost: .infinity) { taken.append(next.rank) }
        #expect(taken == ranks.sorted())
    }

    @Test func equalRanksComeInIndexOrder() {
        var queue = SearchRankedQueue()
        for row in [5, 1, 3, 2, 4] { queue.insert(candidate(-1, row: Int64(row))) }
        var rows: [Int64] = []
        while let next = queue.popFirst(ifRankAtMost: 0) { rows.append(next.rowID) }
        #expect(rows == [1, 2, 3, 4, 5])
    }
}
