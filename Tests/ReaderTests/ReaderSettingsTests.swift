import Foundation
import InterviewKit
import Testing
import TerminalUI
@testable import Reader

/// The reader's settings — keymap, theme, reading width — are inputs, and what the reader
/// shows follows them: the help, the status hints, the look and the width of the text.
@Suite("Reader settings")
struct ReaderSettingsTests {
    func reader(width: Int = 100, height: Int = 12, keymap: Keymap = .standard, theme: Theme = .standard,
                readingWidth: Int? = nil) -> ReaderRuntime {
        ReaderRuntime(library: MemoryLibrary(), bookmarks: Fixtures.bookmarkStore().0, size: Size(width: width, height: height),
                      options: ReaderOptions(keymap: keymap, theme: theme, readingWidth: readingWidth))
    }

    @Test func bindingNamesAreStableKebabCaseAndUniquePerMode() {
        for mode in [Keymap.Mode.normal, .searchLine] {
            let names = Keymap.standard.bindings(in: mode).map(\.name)
            #expect(Set(names).count == names.count, "\(mode): \(names)")
            for name in names {
                #expect(name.allSatisfy { $0.isLowercase || $0 == "-" } && !name.hasPrefix("-") && !name.hasSuffix("-"), "\(name)")
            }
        }
        #expect(Keymap.standard.bindings.map(\.name).starts(with: ["move-down", "move-up", "top", "bottom", "page-down"]))
    }

    @Test func docsKeysNamesEveryActionAConfigCanRebind() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/KEYS.md").standardized
        let text = try String(contentsOf: url, encoding: .utf8)
        for (table, mode) in [("reading", Keymap.Mode.normal), ("search-line", .searchLine)] {
            // The list item for the table, which may wrap onto more lines of the Markdown source.
            let start = try #require(text.range(of: "- `[keys.\(table)]`:"), "docs/KEYS.md lists no [keys.\(table)] actions")
            let rest = text[start.upperBound...]
            let item = rest[..<(rest.range(of: "\n- ")?.lowerBound ?? rest.endIndex)]
            for binding in Keymap.standard.bindings(in: mode) {
                #expect(item.contains("`\(binding.name)`"), "docs/KEYS.md does not list \(binding.name) under [keys.\(table)]")
            }
        }
    }

    @Test func rebindingGivesExactlyTheseKeysAndTakesThemFromOthers() throws {
        let keymap = try #require(Keymap.standard.rebinding("quit", to: [.char("x"), .char("b"), .char("x")], in: .normal))
        let quit = try #require(keymap.bindings.first { $0.name == "quit" })
        #expect(quit.keys == [.char("x"), .char("b")], "repeated keys count once")
        #expect(keymap.action(for: .key(.char("b")), mode: .normal) == .quit)
        #expect(keymap.action(for: .key(.char("q")), mode: .normal) == nil)
        #expect(keymap.bindings.first { $0.name == "toggle-bookmark" }?.keys == [])
        #expect(keymap.searchLineBindings == Keymap.standard.searchLineBindings, "the other mode is untouched")
        #expect(Keymap.standard.rebinding("no-such-action", to: [.char("x")], in: .normal) == nil)
        #expect(Keymap.standard.rebinding("quit", to: [.char("x")], in: .searchLine) == nil, "quit is not a search-line action")
    }

    @Test func theStatusHintsNameTheKeysInTheKeymap() throws {
        let keymap = try #require(Keymap.standard
            .rebinding("search", to: [.char("s")], in: .normal)?
            .rebinding("quit", to: [], in: .normal))
        let status = reader(keymap: keymap).frame().lines().last ?? ""
        #expect(status.hasSuffix("s search  b bookmark  B bookmarks  ? help"), "\(status)")
        #expect(!status.contains("quit"), "an action without a key is not hinted")
        #expect(reader().frame().lines().last?.hasSuffix("/ search  b bookmark  B bookmarks  ? help  q quit") == true)
    }

    @Test func theSearchLineHintsFollowTheKeymapToo() throws {
        let keymap = try #require(Keymap.standard.rebinding("leave-search-line", to: [.function(2)], in: .searchLine))
        let reader = reader(keymap: keymap)
        reader.press(.char("/"))
        #expect(reader.frame().lines().last?.hasSuffix("Enter open  F2 leave line") == true)
    }

    @Test func theHelpShowsTheReboundKeys() throws {
        let keymap = try #require(Keymap.standard.rebinding("page-down", to: [.char(" "), .ctrl("f")], in: .normal))
        let reader = reader(height: 40, keymap: keymap)
        reader.press(.char("?"))
        let text = reader.screenText
        #expect(text.contains("Space Ctrl-f"))
        #expect(!text.contains("Ctrl-d PgDn"))
    }

    @Test func reboundKeysDriveTheReader() throws {
        let keymap = try #require(Keymap.standard.rebinding("quit", to: [.ctrl("q")], in: .normal))
        let reader = reader(keymap: keymap)
        reader.press(.char("q"))
        #expect(!reader.state.isFinished)
        reader.press(.ctrl("q"))
        #expect(reader.state.isFinished)
    }

    @Test func theReadingWidthBoundsTheDetailText() {
        let wide = reader(width: 160, height: 16)
        let narrow = reader(width: 160, height: 16, readingWidth: 30)
        for reader in [wide, narrow] { reader.press(.enter, .enter, .char("]")) }  // the long answer
        func longest(_ reader: ReaderRuntime) -> Int {
            // Rows between the borders read "│list││detail│": the detail is the fourth piece.
            reader.frame().lines().dropFirst().dropLast(2).map { line in
                let pieces = line.split(separator: "│", omittingEmptySubsequences: false)
                guard pieces.count >= 5 else { return 0 }
                return DisplayWidth.of(String(pieces[3].reversed().drop { $0 == " " }.reversed()))
            }.max() ?? 0
        }
        #expect(longest(narrow) <= 30)
        #expect(longest(wide) > 30, "the same text runs wider without a reading width")
    }

    @Test func theThemeIsWhatTheFrameIsDrawnWith() {
        var theme = Theme.standard
        theme.statusBar = Style(fg: .red, bg: .white, bold: true)
        let buffer = reader(theme: theme).frame()
        #expect(buffer[0, buffer.height - 1].style == theme.statusBar)
        let standard = reader().frame()
        #expect(standard[0, standard.height - 1].style == Theme.standard.statusBar)
    }
}
