import ParleyConfig
import Testing

/// A misspelt name gets "did you mean", at its line; a name like none gets the list.
@Suite("Misspelt names")
struct NameSuggestionTests {
    @Test(arguments: [
        ("colour = \"never\"", "colour: unknown setting \"colour\" (did you mean \"color\"?); ignored"),
        ("readingwidth = 80", "readingwidth: unknown setting \"readingwidth\" (did you mean \"reading-width\"?); ignored"),
        ("[colors]\nspeeker = \"red\"", "colors.speeker: unknown colour role \"speeker\" (did you mean \"speaker\"?); ignored"),
        ("[keys.raeding]", "keys.raeding: unknown key table \"keys.raeding\" (did you mean \"reading\"?); ignored"),
        ("[keys.reading]\nmvoe-down = \"x\"", "keys.reading.mvoe-down: unknown action \"mvoe-down\" (did you mean \"move-down\"?); ignored"),
        // Two letters swapped are one slip: a three-letter name allows no more.
        ("[keys.reading]\ntpo = \"x\"", "keys.reading.tpo: unknown action \"tpo\" (did you mean \"top\"?); ignored"),
        ("[keys.reading]\nnext = \"x\"", "keys.reading.next: unknown action \"next\" (the actions here: move-down, move-up, top, bottom, page-down, page-up, open, back, switch-pane, next-question, previous-question, next-answer, previous-answer, next-by-same-speaker, read-on, copy-answer, open-media, search, filter, sort, next-match, previous-match, toggle-bookmark, show-bookmarks, edit-note, export-bookmarks, toggle-help, quit, quit-now); ignored"),
        ("bogus = 1", "bogus: unknown setting \"bogus\" (the settings: library, bookmarks, reading-width, color, theme, colors, keys); ignored"),
    ])
    func aMisspeltNameIsCorrected(text: String, message: String) {
        #expect(ConfigParser.parse(text).problems.map(\.message) == [message])
    }
}
