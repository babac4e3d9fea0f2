import Testing

@testable import TerminalUI

/// glibc 2.36's wcwidth for the scalars used below (checked with ctypes on the build machine).
private func glibcWidth(_ scalar: UInt32) -> Int {
    switch scalar {
    case 0x200D, 0xFE0F, 0x301, 0x20E3: return 0
    case 0x1F468, 0x1F469, 0x1F467, 0x1F466, 0x1F642, 0x65E5, 0x1F44D, 0x1F3FD: return 2
    case 0x1F1EF, 0x1F1F5, 0x26A0, 0x2764: return 1
    case 0x00AD: return 1
    case 0x7: return -1
    default: return 1
    }
}

@Suite struct ClusterEmissionTests {
    func plan(_ s: String, _ width: Int) -> ClusterEmission {
        ClusterEmission.plan(s, layoutWidth: width, maxScalars: 5, wcwidth: glibcWidth)
    }

    @Test func zwjSequenceGoesWholeIntoOneCell() {
        #expect(plan("👨‍👩‍👧", 2) == ClusterEmission(cells: [[0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467]], padding: 0))
        // Seven scalars do not fit a curses cell: the base alone keeps the row aligned.
        #expect(plan("👨‍👩‍👧‍👦", 2) == ClusterEmission(cells: [[0x1F468]], padding: 0))
    }

    @Test func flagsAreSentAsTwoNarrowCells() {
        #expect(plan("🇯🇵", 2) == ClusterEmission(cells: [[0x1F1EF], [0x1F1F5]], padding: 0))
    }

    @Test func combiningMarksRideWithTheirBase() {
        #expect(plan("e\u{301}", 1) == ClusterEmission(cells: [[0x65, 0x301]], padding: 0))
        #expect(plan("日", 2) == ClusterEmission(cells: [[0x65E5]], padding: 0))
    }

    @Test func modifierSequencesTooWideForTheLayoutKeepTheirBase() {
        #expect(plan("👍🏽", 2) == ClusterEmission(cells: [[0x1F44D]], padding: 0))
    }

    @Test func vs16IsDroppedAndPaddedWhenCursesCountsNarrow() {
        #expect(plan("⚠️", 2) == ClusterEmission(cells: [[0x26A0]], padding: 1))
        #expect(plan("1️⃣", 2) == ClusterEmission(cells: [[0x31, 0x20E3]], padding: 1))
    }

    @Test func clustersCursesCannotPlaceBecomeSpaces() {
        #expect(plan("日", 1) == ClusterEmission(cells: [], padding: 1))
        #expect(plan("\u{7}", 2) == ClusterEmission(cells: [], padding: 2))
        #expect(plan("", 1) == ClusterEmission(cells: [], padding: 1))
    }
}
