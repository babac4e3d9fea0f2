import Foundation
import Testing

/// Markdown in an interview as a person meets it: rendered by `parley show`, `parley search` and
/// the reader, kept as written by `show --raw` and `--json`.
@Suite("Markdown rendering", .serialized)
struct MarkdownRenderingTests {
    let parley: String

    init() throws {
        parley = try #require(Built.parley, "the parley binary is not built next to the tests")
    }

    /// A canonical file of the shape an imported Q&A post has: emphasis, strong, code, an inline
    /// link with a title, a reference link defined at the end, an autolink, a list, a code line,
    /// CJK and emoji inside emphasis.
    static let answer = """
        This *is* the setup I always wanted. It keeps **changing**, but I am [Ada Lovelace](https://example.org "Ada's site.") \
        and my editor is `vim -u NONE`, see [the docs][docs] or <https://example.com/faq>.
        """
    static let interview = """
        ---
        id: markdown-qa
        title: A Markdown Q&A
        speakers:
        - id: host
          name: Host
          role: interviewer
        - id: guest
          name: Guest
          role: interviewee
        ---

        ## What is *your* setup?

        \(answer)

        Mostly:
        - *vim*
        - make

            code *stays* [as](written)

        CJK: *日本語のテキスト* and emoji: **🙂 ok**

        [docs]: https://example.net/docs

        """

    final class Library {
        let scratch: Scratch
        init() throws {
            scratch = try Scratch("markdown")
            try FileManager.default.createDirectory(atPath: scratch.path("lib"), withIntermediateDirectories: true)
            try scratch.write(MarkdownRenderingTests.interview, to: "lib/markdown-qa.md")
        }
        deinit { scratch.remove() }
        var environment: [String: String] { parleyEnvironment(library: scratch.path("lib"), cache: scratch.path("cache"), data: scratch.path("data")) }
        /// Only what the program needs, for a tmux pane (the test runner's own variables stay out).
        var terminalEnvironment: [String: String] {
            ["PARLEY_LIBRARY": scratch.path("lib"), "XDG_CACHE_HOME": scratch.path("cache"), "XDG_DATA_HOME": scratch.path("data"), "HOME": scratch.path(""),
             "NO_COLOR": ""]  // set but empty: colours allowed, whatever the runner's environment says
        }
    }

    func run(_ arguments: [String], in library: Library) throws -> (status: Int32, stdout: String, stderr: String) {
        try Executable.runCapturing(parley, arguments, environment: library.environment)
    }

    @Test func showRendersTheMarkdownWithLinksAsTextAndURL() throws {
        let library = try Library()
        let result = try run(["show", "markdown-qa"], in: library)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("This is the setup I always wanted. It keeps changing, but I am Ada Lovelace <https://example.org> and my editor is vim -u NONE, see the docs <https://example.net/docs> or https://example.com/faq."))
        #expect(out.contains("Q1. Host: What is your setup?"))
        #expect(out.contains("Mostly:\n- vim\n- make"), "list items keep their lines")
        #expect(out.contains("\n    code *stays* [as](written)\n"), "a code line is shown as written")
        #expect(out.contains("CJK: 日本語のテキスト and emoji: 🙂 ok"))
        #expect(!out.contains("[docs]:"), "a reference definition is not shown")
        #expect(!out.contains("Ada's site."), "a link title is not shown")
        #expect(!out.contains("\u{1B}"), "no escape codes when stdout is a pipe")
    }

    @Test func showRawPrintsTheMarkdownAsWritten() throws {
        let library = try Library()
        let out = try run(["show", "markdown-qa", "--raw"], in: library).stdout
        #expect(out.contains(Self.answer))
        #expect(out.contains("CJK: *日本語のテキスト* and emoji: **🙂 ok**"))
        #expect(out.contains("[docs]: https://example.net/docs"))
    }

    @Test func showJSONKeepsTheMarkdown() throws {
        let library = try Library()
        let out = try run(["show", "markdown-qa", "--json"], in: library).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let exchanges = try #require(object["exchanges"] as? [[String: Any]])
        let answers = try #require(exchanges.first?["answers"] as? [[String: Any]])
        let paragraphs = try #require(answers.first?["paragraphs"] as? [String])
        #expect(paragraphs.first == Self.answer)
        #expect(paragraphs.last == "[docs]: https://example.net/docs")
    }

    @Test func searchSnippetsShowTextNotLinkSyntax() throws {
        let library = try Library()
        for query in ["lovelace", "editor", "setup"] {
            let result = try run(["search", query], in: library)
            #expect(result.status == 0, "\(query): \(result.stderr)")
            #expect(!result.stdout.contains("]("), "\(query): \(result.stdout)")
            #expect(!result.stdout.contains("*"), "\(query): \(result.stdout)")
            #expect(!result.stdout.contains("["), "\(query): \(result.stdout)")
        }
        #expect(try run(["search", "lovelace"], in: library).stdout.contains("Ada Lovelace"))
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is missing: the terminal part is skipped"))
    func showOnATerminalStylesInsteadOfMarkup() throws {
        let library = try Library()
        let tmux = try TmuxSession(width: 200, height: 40, command: [parley, "show", "markdown-qa"], environment: library.terminalEnvironment)
        _ = try tmux.waitUntil { $0.joined().contains("Ada Lovelace") }
        let styled = try tmux.captureWithAttributes()
        #expect(styled.contains("\u{1B}[3mis"), "emphasis in italics")
        #expect(styled.contains("\u{1B}[1mchanging"), "strong in bold")
        #expect(styled.contains("\u{1B}[4mAda Lovelace"), "link text underlined")
    }

    @Test(.enabled(if: TerminalAvailability.canRunReader, "tmux is missing: end-to-end reader tests skipped"))
    func theReaderShowsNoRawMarkdown() throws {
        let library = try Library()
        let tmux = try TmuxSession(width: 100, height: 30, command: [parley], environment: library.terminalEnvironment)
        try tmux.waitForLibrary()
        try tmux.send("Enter")
        let screen = try tmux.waitUntil { ReaderEndToEndTests.text($0).contains("Ada Lovelace") }
        let text = ReaderEndToEndTests.text(screen)
        #expect(text.contains("This is the setup I always wanted"))
        #expect(text.contains("What is your setup?"))
        #expect(text.contains("日本語のテキスト"))
        // Every row but the code line, which is shown as written.
        for row in screen where !row.contains("code") {
            #expect(!row.contains("*"), "raw emphasis: \(row)")
            #expect(!row.contains("["), "raw link: \(row)")
            #expect(!row.contains("]("), "raw link: \(row)")
        }
        #expect(screen.contains { $0.contains("code *stays* [as](written)") })
        try tmux.send("q")
    }
}
