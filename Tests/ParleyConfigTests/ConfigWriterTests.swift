import ParleyConfig
import Reader
import TerminalUI
import Testing

/// `parley config` and `parley config --default` write files that read back as what they show.
@Suite("Config file writing")
struct ConfigWriterTests {
    @Test func theTemplateReadsBackAsTheDefaults() {
        let template = ConfigWriter.render(.defaults, as: .template)
        let (configuration, problems) = ConfigParser.parse(template)
        #expect(problems.isEmpty, "\(problems)")
        #expect(configuration == .defaults)
    }

    @Test func theTemplateExplainsEverySettingRoleAndAction() {
        let template = ConfigWriter.render(.defaults, as: .template)
        for role in ThemeRoles.all { #expect(template.contains("\n\(role.name) = ")) }
        for binding in Keymap.standard.bindings + Keymap.standard.searchLineBindings {
            #expect(template.contains("\n\(binding.name) = "), "\(binding.name)")
        }
        #expect(template.contains("# library = \"~/interviews\""))
        #expect(template.contains("reading-width = 88"))
        #expect(template.contains("NO_COLOR"))
    }

    @Test func theEffectiveConfigurationReadsBackAsItself() {
        var configuration = Configuration.defaults
        configuration.library = "/srv/Интервью/\"quoted\" \\ back\u{202E}drop"
        configuration.bookmarks = "~/notes/bookmarks.json"
        configuration.readingWidth = 0
        configuration.color = .always
        configuration.themeName = .highContrast
        configuration.theme = .highContrast
        configuration.theme.speaker = Style(fg: .red, bg: .white, italic: true)
        configuration.keymap = Keymap.standard
            .rebinding("quit", to: [.char("X"), .ctrl("c"), .function(10)], in: .normal)!
            .rebinding("show-bookmarks", to: [], in: .normal)!
            .rebinding("open-result", to: [.enter, .tab], in: .searchLine)!
        let text = ConfigWriter.render(configuration, as: .effective(source: "/home/ann/.config/parley/config.toml"))
        let (read, problems) = ConfigParser.parse(text)
        #expect(problems.isEmpty, "\(problems)")
        #expect(read == configuration)
        #expect(text.hasPrefix("# Parley's configuration in effect: the defaults, with /home/ann/.config/parley/config.toml"))
        #expect(text.contains("show-bookmarks = []"))
        #expect(!text.unicodeScalars.contains { $0 == "\u{202E}" }, "a bidi override is written as an escape")
    }

    @Test func unsetPathsAreSaidToBeUnset() {
        let text = ConfigWriter.render(.defaults, as: .effective(source: nil))
        #expect(text.contains("(there is no config file)"))
        #expect(text.contains("# library: not set"))
        #expect(text.contains("# bookmarks: not set"))
    }
}
