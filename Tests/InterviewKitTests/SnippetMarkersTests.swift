import Testing
@testable import InterviewKit

@Suite("Search: snippet markers")
struct SnippetMarkersTests {
    @Test func markersBecomeCharacterRanges() {
        let (text, matches) = SnippetMarkers.parse("…a 👨‍👩‍👧 \u{E000}café\u{E001} b \u{E000}x\u{E001}")
        #expect(text == "…a 👨‍👩‍👧 café b x")
        #expect(matches == [5..<9, 12..<13])
    }

    @Test func aMarkerInsideAClusterWidensTheRangeToTheWholeCluster() {
        let (text, matches) = SnippetMarkers.parse("\u{E000}e\u{E001}\u{301}x")
        #expect(text == "e\u{301}x")
        #expect(matches == [0..<1])
    }

    @Test func lineBreaksBecomeSpacesWithoutMovingRanges() {
        let (text, matches) = SnippetMarkers.parse("a\r\nb\n\u{E000}c\u{E001}")
        #expect(text == "a b c")
        #expect(matches == [4..<5])
    }

    @Test func storedTextNeverHoldsMarkers() {
        #expect(PassageRow.clean("a\u{E000}b\u{E001}") == "a\u{FFFD}b\u{FFFD}")
        #expect(PassageRow.clean("e\u{301}") == "é")
    }
}
