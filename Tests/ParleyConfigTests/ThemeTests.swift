import ParleyConfig
import TerminalUI
import Testing

/// The built-in themes, as a config file picks them.
@Suite("Themes")
struct ThemeTests {
    /// What a style still shows with colours off (`NO_COLOR`, `color = "never"`).
    static func withoutColour(_ style: Style) -> Style {
        Style(bold: style.bold, underline: style.underline, reverse: style.reverse, dim: style.dim, italic: style.italic)
    }

    @Test func highContrastHasNothingDimAndEveryColourBackedByAnAttribute() {
        for role in ThemeRoles.all where role.name != "text" && role.name != "border" {
            let style = role.style(in: .highContrast)
            #expect(!style.dim, "\(role.name) is dim")
            #expect(Self.withoutColour(style) != .plain, "\(role.name) disappears without colours")
        }
    }

    @Test(arguments: [Theme.standard, Theme.highContrast])
    func rolesThatMustDifferStillDifferWithoutColours(theme: Theme) {
        #expect(Self.withoutColour(theme.match) != Self.withoutColour(theme.currentMatch))
        #expect(Self.withoutColour(theme.selection) != Self.withoutColour(theme.inactiveSelection))
        #expect(Self.withoutColour(theme.selection) != .plain)
        #expect(Self.withoutColour(theme.match) != .plain)
    }

    @Test func theNamesPickTheThemes() {
        #expect(ThemeName(rawValue: "default")?.theme == .standard)
        #expect(ThemeName(rawValue: "high-contrast")?.theme == .highContrast)
        #expect(Configuration.ColorMode.auto.requested == nil, "auto leaves it to NO_COLOR and the terminal")
        #expect(Configuration.ColorMode.always.requested == true)
    }
}
