import ParleyConfig
import TerminalUI
import Testing

@Suite("Key notation")
struct KeyNotationTests {
    @Test(arguments: [
        ("j", Key.char("j")), ("G", .char("G")), ("?", .char("?")), ("é", .char("é")), ("<", .char("<")),
        ("<c-d>", .ctrl("d")), ("<C-D>", .ctrl("d")), ("<ctrl-u>", .ctrl("u")), ("<space>", .char(" ")),
        (" ", .char(" ")), ("<tab>", .tab), ("<s-tab>", .backTab), ("<BackTab>", .backTab), ("<enter>", .enter),
        ("<cr>", .enter), ("<esc>", .escape), ("<bs>", .backspace), ("<del>", .delete), ("<pgdown>", .pageDown),
        ("<PgDn>", .pageDown), ("<pgup>", .pageUp), ("<home>", .home), ("<end>", .end), ("<up>", .up),
        ("<f1>", .function(1)), ("<F12>", .function(12)),
    ])
    func readsKeysAsLazygitAndAercWriteThem(text: String, key: Key) throws {
        #expect(try KeyNotation.parse(text) == key)
    }

    /// A terminal sends Ctrl-I as Tab, Ctrl-M as Enter and Ctrl-H as Backspace: binding `<c-i>`
    /// must bind the key that actually arrives.
    @Test(arguments: [("<c-i>", Key.tab), ("<c-m>", .enter), ("<c-j>", .enter), ("<c-h>", .backspace), ("<c-[>", .escape), ("<c-@>", .ctrl("@")), ("<c-?>", .backspace)])
    func controlKeysAreTheKeysTheTerminalSends(text: String, key: Key) throws {
        #expect(try KeyNotation.parse(text) == key)
        #expect(try KeyNotation.parse(text) == Key.decode(codePoint: Self.code(of: key, written: text)))
    }

    static func code(of key: Key, written: String) -> UInt32 {
        let character = written.dropFirst(3).first!.uppercased().unicodeScalars.first!.value
        return character == 0x3F ? 0x7F : character - 0x40
    }

    @Test func everyKeyIsWrittenSoThatItReadsBack() throws {
        var keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .escape, .backspace, .tab, .backTab, .delete]
        keys += (1...24).map(Key.function)
        keys += "abcdefgklnopqrstuvwxyz@\\]^_".map(Key.ctrl)
        keys += " jG?<>[]/é日🙂\"\\".map(Key.char)
        for key in keys {
            let written = KeyNotation.format(key)
            #expect(try KeyNotation.parse(written) == key, "\(key) written as \(written)")
        }
    }

    @Test(arguments: [
        ("", KeyNotation.Failure.empty), ("dd", .notOneKey("dd")), ("<nope>", .unknownName("<nope>")),
        ("<c-1>", .noSuchControlKey("<c-1>")), ("<c-é>", .noSuchControlKey("<c-é>")), ("<f0>", .unknownName("<f0>")),
        ("<f99>", .unknownName("<f99>")), ("<c-dd>", .unknownName("<c-dd>")), ("\t", .controlCharacter("U+0009")),
        ("\u{1B}", .controlCharacter("U+001B")), ("\u{85}", .controlCharacter("U+0085")), ("<>", .unknownName("<>")),
    ])
    func refusesWhatIsNotOneKey(text: String, failure: KeyNotation.Failure) {
        #expect(throws: failure) { try KeyNotation.parse(text) }
    }
}
