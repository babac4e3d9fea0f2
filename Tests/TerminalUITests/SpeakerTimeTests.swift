import Testing
import TerminalUI

/// A turn's time drawn dim beside its speaker (`Bo · 12:04`), and untimed speakers unchanged.
@Suite struct SpeakerTimeTests {
    let document = TextDocument(blocks: [
        TextBlock(id: "a0", kind: .speech(speaker: "Bo", time: "12:04"), text: "Well, a friend."),
        TextBlock(id: "a1", kind: .speech(speaker: "Chloé"), text: "Me too."),
        TextBlock(id: "a2", kind: .speech(speaker: "Zoë Long-Name", time: "1:02:03.5"), text: "Later."),
    ])

    @Test func drawsTheTimeDimBesideTheSpeaker() {
        let theme = Theme.standard
        let buffer = rendered(20, 8) { TextView(document: document, bordered: false).render(into: &$0, area: $1) }
        #expect(buffer.lines() == [
            "Bo · 12:04          ",
            "  Well, a friend.   ",
            "                    ",
            "Chloé:              ",
            "  Me too.           ",
            "                    ",
            "Zoë Long-Name · 1:0…",
            "  Later.            ",
        ])
        #expect((0..<2).allSatisfy { buffer[$0, 0].style == theme.speaker })
        #expect((2..<10).allSatisfy { buffer[$0, 0].style == theme.secondary })
        #expect((0..<6).allSatisfy { buffer[$0, 3].style == theme.speaker })
        #expect((13..<20).allSatisfy { buffer[$0, 6].style == theme.secondary })
        #expect(buffer[12, 6].style == theme.speaker)
    }

    @Test func aSpeakerNameCutShortHasNoDimPart() {
        let buffer = rendered(8, 2) { TextView(document: document, bordered: false).render(into: &$0, area: $1) }
        #expect(buffer.lines()[0] == "Bo · 12…")
        let narrow = rendered(4, 2) {
            TextView(document: TextDocument(blocks: [document.blocks[2]]), bordered: false).render(into: &$0, area: $1)
        }
        #expect(narrow.lines()[0] == "Zoë…")
        #expect((0..<4).allSatisfy { narrow[$0, 0].style == Theme.standard.speaker })
    }
}
