import ParleyConfig
import TerminalUI
import Testing

@Suite("Style notation")
struct StyleNotationTests {
    @Test(arguments: [
        ("plain", Style.plain), ("", .plain), ("bold", Style(bold: true)),
        ("black on yellow underline", Style(fg: .black, bg: .yellow, underline: true)),
        ("UNDERLINE on Yellow black", Style(fg: .black, bg: .yellow, underline: true)),
        ("on blue", Style(bg: .blue)), ("default on default dim", Style(dim: true)),
        ("cyan bold italic reverse", Style(fg: .cyan, bold: true, reverse: true, italic: true)),
    ])
    func readsColoursAndAttributesInAnyOrder(text: String, style: Style) throws {
        #expect(try StyleNotation.parse(text) == style)
    }

    @Test func everyStyleIsWrittenSoThatItReadsBack() throws {
        let colors: [Color?] = [nil] + Color.allCases
        for fg in colors {
            for bg in colors {
                for attributes in 0..<32 {
                    let style = Style(
                        fg: fg, bg: bg, bold: attributes & 1 != 0, underline: attributes & 2 != 0,
                        reverse: attributes & 4 != 0, dim: attributes & 8 != 0, italic: attributes & 16 != 0)
                    #expect(try StyleNotation.parse(StyleNotation.format(style)) == style)
                }
            }
        }
    }

    @Test(arguments: [
        ("purple", StyleNotation.Failure.unknownWord("purple")), ("bold on", .missingBackground),
        ("on bold", .missingBackground), ("red blue", .twoColors("blue")),
    ])
    func refusesWhatIsNotAStyle(text: String, failure: StyleNotation.Failure) {
        #expect(throws: failure) { try StyleNotation.parse(text) }
    }
}
