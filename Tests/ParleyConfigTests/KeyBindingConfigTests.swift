import ParleyConfig
import Reader
import TerminalUI
import Testing

/// `[keys.reading]` and `[keys.search-line]`: the keys a file gives reach the reader's Keymap.
@Suite("Key bindings in the config file")
struct KeyBindingConfigTests {
    func keymap(_ text: String) -> (Keymap, [ConfigProblem]) {
        let (configuration, problems) = ConfigParser.parse(text)
        return (configuration.keymap, problems)
    }

    func action(_ keymap: Keymap, _ key: Key, _ mode: Keymap.Mode = .normal) -> Action? {
        keymap.action(for: .key(key), mode: mode)
    }

    @Test func severalKeysPerActionReplaceTheDefaults() {
        let (keymap, problems) = keymap("[keys.reading]\nquit = [\"x\", \"<c-q>\"]\nsearch = \"S\"\n")
        #expect(problems.isEmpty)
        #expect(action(keymap, .char("x")) == .quit)
        #expect(action(keymap, .ctrl("q")) == .quit)
        #expect(action(keymap, .char("q")) == nil, "the default key is gone")
        #expect(action(keymap, .char("S")) == .search)
        #expect(action(keymap, .char("/")) == nil)
        #expect(action(keymap, .char("j")) == .moveDown, "actions not mentioned keep their keys")
    }

    @Test func anEmptyListUnbinds() {
        let (keymap, problems) = keymap("[keys.reading]\nshow-bookmarks = []\n")
        #expect(problems.isEmpty)
        #expect(action(keymap, .char("B")) == nil)
        #expect(!keymap.helpEntries.contains { $0.description == "all bookmarks" }, "the help lists no key for it")
    }

    @Test func aKeyTwoEntriesClaimStaysWithTheFirstInTheFile() {
        // `search` comes first in the file though TOML tables list their keys sorted.
        let (keymap, problems) = keymap("[keys.reading]\nsearch = [\"x\"]\nquit = [\"x\", \"X\"]\n")
        #expect(action(keymap, .char("x")) == .search)
        #expect(action(keymap, .char("X")) == .quit)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 3)
        #expect(problems.first?.message.contains("already bound to \"search\" on line 2") == true)
    }

    @Test func aDefaultKeyMovesAndAnActionLeftWithoutKeysIsReported() {
        let (keymap, problems) = keymap("[keys.reading]\ntoggle-bookmark = \"q\"\n")
        #expect(action(keymap, .char("q")) == .toggleBookmark)
        #expect(action(keymap, .char("b")) == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.message.contains("\"quit\", which has no key now") == true)
    }

    @Test func moreKeysTakenFromAnActionThatKeepsOneAreNotReported() {
        let (keymap, problems) = keymap("[keys.reading]\nnext-question = \"j\"\n")
        #expect(action(keymap, .char("j")) == .nextQuestion)
        #expect(action(keymap, .down) == .moveDown)
        #expect(problems.isEmpty)
    }

    @Test func unknownActionsAreReportedAndTheRestApplies() {
        let (keymap, problems) = keymap("[keys.reading]\nmvoe-down = \"x\"\nquit = \"X\"\n")
        #expect(action(keymap, .char("x")) == nil)
        #expect(action(keymap, .char("X")) == .quit)
        #expect(problems.map(\.line) == [2])
        #expect(problems.first?.message.contains("unknown action \"mvoe-down\"") == true)
    }

    @Test func badKeysAreLeftOutAndGoodOnesBound() {
        let (keymap, problems) = keymap("[keys.reading]\npage-down = [\"<c-d>\", \"<nope>\", \"dd\", \"<f6>\"]\n")
        #expect(action(keymap, .function(6)) == .pageDown)
        #expect(action(keymap, .ctrl("d")) == .pageDown)
        #expect(action(keymap, .pageDown) == nil)
        #expect(problems.map(\.line) == [2, 2])
    }

    @Test func anEntryWithNoUsableKeyKeepsTheDefaults() {
        for entry in ["quit = [\"<nope>\"]", "quit = [\"x\", 5]", "quit = 5", "quit = { key = \"x\" }"] {
            let (keymap, problems) = keymap("[keys.reading]\n" + entry + "\n")
            #expect(action(keymap, .char("q")) == .quit, "\(entry)")
            #expect(action(keymap, .char("x")) == nil, "\(entry)")
            #expect(!problems.isEmpty && problems.allSatisfy { $0.line == 2 }, "\(entry): \(problems)")
        }
    }

    @Test func theSearchLineRefusesKeysThatType() {
        let (keymap, problems) = keymap("[keys.search-line]\nnext-result = [\"j\", \"<space>\", \"<c-j>\", \"<f3>\"]\n")
        #expect(action(keymap, .char("j"), .searchLine) == .insert("j"), "j still types")
        #expect(action(keymap, .char(" "), .searchLine) == .insert(" "))
        #expect(action(keymap, .function(3), .searchLine) == .moveDown)
        // <c-j> is the byte Enter sends, so it takes Enter from open-result, which says so.
        #expect(action(keymap, .enter, .searchLine) == .moveDown)
        #expect(problems.count == 3)
        #expect(problems.last?.message.contains("\"open-result\", which has no key now") == true)
    }

    @Test func theTwoModesAreSeparate() {
        let (keymap, problems) = keymap("[keys.reading]\npage-down = \"<f5>\"\n[keys.search-line]\npage-down = \"<f6>\"\n")
        #expect(problems.isEmpty)
        #expect(action(keymap, .function(5)) == .pageDown)
        #expect(action(keymap, .function(6), .searchLine) == .pageDown)
        #expect(action(keymap, .function(6)) == nil)
    }

    @Test func theHelpAndHintsShowTheConfiguredKeys() {
        let (keymap, _) = keymap("[keys.reading]\nsearch = [\"S\", \"/\"]\nquit = \"<c-q>\"\n")
        #expect(keymap.helpEntries.contains { $0.keys == "S /" && $0.description == "search the library" })
        #expect(keymap.keys(for: .search) == "S")
        #expect(keymap.keys(for: .quit) == "Ctrl-q")
    }
}
