import Foundation
import ParleyConfig
import Reader
import TerminalUI
import Testing

/// Config files as people write them, and as they go wrong: each problem is reported at its
/// line, what it concerns keeps its default, and everything else in the file still applies.
@Suite("Config file parsing")
struct ConfigParserTests {
    @Test func anEmptyFileIsTheDefaults() {
        for text in ["", "\n\n", "# nothing set yet\n", "\u{FEFF}# a byte-order mark first\n"] {
            let (configuration, problems) = ConfigParser.parse(text)
            #expect(configuration == .defaults)
            #expect(problems.isEmpty)
        }
    }

    @Test func readsEverySetting() {
        let (configuration, problems) = ConfigParser.parse("""
            library = "~/interviews"
            bookmarks = "/srv/notes/bookmarks.json"
            reading-width = 72
            color = "never"
            theme = "high-contrast"

            [colors]
            speaker = "magenta bold"

            [keys.reading]
            page-down = ["<c-d>", "<pgdown>", "<f6>"]
            """)
        #expect(problems.isEmpty)
        #expect(configuration.library == "~/interviews")
        #expect(configuration.libraryURL(home: "/home/ann")?.path == "/home/ann/interviews")
        #expect(configuration.bookmarksURL(home: "/home/ann")?.path == "/srv/notes/bookmarks.json")
        #expect(configuration.readingWidth == 72)
        #expect(configuration.readerWidth == 72)
        #expect(configuration.color == .never && configuration.color.requested == false)
        #expect(configuration.themeName == .highContrast)
        #expect(configuration.theme.speaker == Style(fg: .magenta, bold: true))
        #expect(configuration.theme.heading == Theme.highContrast.heading, "roles not set keep the theme's style")
        #expect(configuration.keymap.action(for: .key(.function(6)), mode: .normal) == .pageDown)
    }

    @Test func aReadingWidthOfZeroIsThePanesWidth() {
        let (configuration, problems) = ConfigParser.parse("reading-width = 0\n")
        #expect(problems.isEmpty)
        #expect(configuration.readerWidth == nil)
    }

    /// Each bad line, put between two good ones, is reported at its own line, and the file
    /// otherwise gives what it gives without it.
    @Test(arguments: [
        ("reading-width = \"wide\"", "reading-width"), ("reading-width = 7", "reading-width"),
        ("reading-width = 88.5", "reading-width"), ("reading-width = -1", "reading-width"),
        ("reading-width = 9223372036854775807", "reading-width"), ("color = true", "color"),
        ("color = \"sometimes\"", "color"), ("theme = 3", "theme"), ("theme = \"solarized\"", "theme"),
        ("library = 5", "library"), ("library = \"relative/dir\"", "library"), ("library = \"\"", "library"),
        ("bookmarks = []", "bookmarks"), ("bookmarks = 1979-05-27", "bookmarks"), ("colors = 1", "colors"),
        ("keys = \"j\"", "keys"), ("colour = \"never\"", "colour"), ("\"ключ\" = 1", "ключ"),
        ("keys.reading = 5", "keys.reading"), ("colors.speaker = 5", "colors.speaker"),
        ("colors.speaker = \"purple\"", "colors.speaker"), ("colors.sidebar = \"red\"", "colors.sidebar"),
        ("keys.normal.quit = \"x\"", "keys.normal"), ("keys.reading.quit = 5", "keys.reading.quit"),
    ])
    func aWrongValueIsReportedAtItsLineAndTheRestApplies(line bad: String, setting: String) {
        let before = "# settings\n"
        // A table after the bad line, unless the bad line makes that table something else.
        let after = bad.hasPrefix("keys")
            ? "\n[colors]\nspeaker = \"red\"\n"
            : "\n[keys.search-line]\nopen-result = [\"<enter>\", \"<f2>\"]\n"
        let good = ConfigParser.parse(before + after)
        #expect(good.problems.isEmpty)
        let (configuration, problems) = ConfigParser.parse(before + bad + "\n" + after)
        #expect(configuration == good.configuration)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.message.hasPrefix(setting + ":") == true, "\(problems)")
    }

    @Test func windowsLineEndingsReadTheSame() {
        let (configuration, problems) = ConfigParser.parse("color = \"never\"\r\n[keys.reading]\r\nquit = \"x\"\r\nmvoe-down = \"j\"\r\n")
        #expect(configuration.color == .never)
        #expect(configuration.keymap.action(for: .key(.char("x")), mode: .normal) == .quit)
        #expect(problems.map(\.line) == [4])
    }

    @Test func aDuplicateKeyKeepsTheFirstValue() {
        let (configuration, problems) = ConfigParser.parse("reading-width = 60\ncolor = \"never\"\nreading-width = 70\n")
        #expect(configuration.readingWidth == 60)
        #expect(configuration.color == .never)
        #expect(problems.map(\.line) == [3])
    }

    @Test func aSyntaxErrorLosesOnlyItsLine() {
        let (configuration, problems) = ConfigParser.parse("""
            color = "never"
            this is not toml
            reading-width = 70
            theme = "high-contrast
            [colors]
            speaker = "red"
            """)
        #expect(configuration.color == .never)
        #expect(configuration.readingWidth == 70)
        #expect(configuration.themeName == .standard)
        #expect(configuration.theme.speaker == Style(fg: .red))
        #expect(problems.map(\.line) == [2, 4])
        #expect(problems.allSatisfy { $0.message.contains("not valid TOML") })
    }

    /// A table whose header is broken takes its lines with it: read as part of the table
    /// before, `open` would silently rebind the reading keys.
    @Test func aBrokenTableHeaderTakesItsTableWithIt() {
        let (configuration, problems) = ConfigParser.parse("""
            [keys.reading]
            quit = ["x"]
            [keys.search-line
            open = ["<f2>"]
            [colors]
            speaker = "red"
            """)
        #expect(configuration.keymap.action(for: .key(.char("x")), mode: .normal) == .quit)
        #expect(configuration.keymap.action(for: .key(.function(2)), mode: .normal) == nil)
        #expect(configuration.keymap.action(for: .key(.function(2)), mode: .searchLine) == nil)
        #expect(configuration.theme.speaker == Style(fg: .red))
        #expect(problems.map(\.line) == [3])
    }

    @Test func anUnclosedStringOrArrayLosesTheRestOfTheFileOnly() {
        for unclosed in ["library = \"\"\"/srv\n\nmore", "library = '''/srv\nmore", "library = [\"/srv\",\n\"more\""] {
            let (configuration, problems) = ConfigParser.parse("reading-width = 70\n" + unclosed + "\n")
            #expect(configuration.readingWidth == 70)
            #expect(configuration.library == nil)
            #expect(problems.map(\.line) == [2], "\(unclosed): \(problems)")
            #expect(problems.first?.message.contains("never closed") == true)
        }
    }

    @Test func aTableThatRedefinesAValueGoesWithItsLines() {
        let (configuration, problems) = ConfigParser.parse("""
            keys = "j"
            color = "never"
            [keys.search-line]
            open-result = "<f2>"
            [colors]
            speaker = "red"
            """)
        #expect(problems.map(\.line) == [1, 3], "the header's error is reported at the header")
        #expect(configuration.color == .never)
        #expect(configuration.theme.speaker == Style(fg: .red))
        #expect(configuration.keymap == .standard)
    }

    @Test func linesOfBinaryBytesAreIgnoredAndTheRestApplies() {
        var data = Data("reading-width = 70\n".utf8)
        // A NUL in a comment: passed on, it would end the text there and lose what follows.
        data += Data("# a comment".utf8) + Data([0x00]) + Data(" with a NUL\n".utf8)
        data += Data("color = \"never\"\n".utf8)
        data += Data([0xFF, 0xFE, 0xC3, 0x28, 0x0A])  // not UTF-8
        data += Data("theme = \"high-contrast\"\n".utf8)
        let (configuration, problems) = ConfigParser.parse(data)
        #expect(configuration.readingWidth == 70)
        #expect(configuration.color == .never)
        #expect(configuration.themeName == .highContrast)
        #expect(problems.map(\.line) == [2, 4])
        #expect(problems.first?.message.contains("NUL") == true)
    }

    @Test func aBinaryFileIsReportedBriefly() {
        // Bytes scattered by a multiplicative hash: the same "binary file" on every run.
        let data = Data((0..<200_000).map { (index: UInt64) in UInt8(truncatingIfNeeded: (index &* 0x9E37_79B9_7F4A_7C15) >> 56) })
        let problems = ConfigParser.parse(data).problems
        #expect(problems.count <= ConfigParser.maxProblems + 1)
        #expect(problems.contains { $0.message.contains("not text") })
    }

    @Test func aLongFileIsReadWithItsLineNumbers() {
        let padding = String(repeating: "# a comment line\n", count: 100_000)
        let (configuration, problems) = ConfigParser.parse(padding + "color = \"never\"\nreading-width = \"x\"\n")
        #expect(configuration.color == .never)
        #expect(problems.map(\.line) == [100_002])
    }

    @Test func deepNestingIsRefusedNotFollowed() {
        let deep = "reading-width = 70\nbad = " + String(repeating: "[", count: 100_000) + "\n"
        let (configuration, problems) = ConfigParser.parse(deep)
        #expect(configuration.readingWidth == 70)
        #expect(problems.map(\.line) == [2])
    }

    @Test func tooManySyntaxErrorsLeaveTheDefaults() {
        let text = "reading-width = 70\n" + String(repeating: "not toml\n", count: ConfigParser.maxSyntaxErrors + 5)
        let (configuration, problems) = ConfigParser.parse(text)
        #expect(configuration == .defaults)
        #expect(problems.last?.message.contains("more than \(ConfigParser.maxSyntaxErrors) TOML errors") == true)
    }

    @Test func aFloodOfProblemsIsCounted() {
        let text = (1...100).map { "unknown-\($0) = 1" }.joined(separator: "\n")
        let problems = ConfigParser.parse(text).problems
        #expect(problems.count == ConfigParser.maxProblems + 1)
        #expect(problems.last?.message == "and 70 more problems")
        #expect(problems.first?.line == 1, "listed in the order of the file")
    }

    @Test func quotedAndDottedKeysAreFoundAtTheirLines() {
        let (_, problems) = ConfigParser.parse("""
            # first
            "colors" . 'bogus-role' = "red"
            [keys."reading"]
            "no-such-action" = "x"
            [keys.reading.inline]
            """)
        #expect(problems.map(\.line) == [2, 4, 5])
    }
}
