import Foundation
import Testing
@testable import InterviewKit

/// Saved web pages through `Importer.importText`: each fixture is shaped like a real exported
/// page (a WordPress Q&A post, a bold-question post, a transcript page, a press briefing page),
/// with the site's furniture around the article. Each import must choose the HTML reader, find
/// the structure the page's text has, take title and date from the head where the text has
/// none, leave no tag or character reference in the text, and lose no word of the article.
@Suite("HTML reader")
struct HTMLReaderTests {
    /// Site furniture every fixture page carries around its article: none of it is interview text.
    static let siteHeader = """
    <header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Harbour Dev Blog</a></p></div>
    <nav id="site-navigation" class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/archive/">Archive</a></li></ul></nav></header>
    """
    static let siteFooter = """
    <aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/p/1">Older post</a></li></ul></section></aside>
    <footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by a CMS</div></footer>
    <script type="text/javascript">var analytics = {id: "UA-000", track: function(a, b) { return a < b && b > 0; }};</script>
    <!-- Page cached at 2023-03-13 05:00 -->
    """

    static func page(head: String, article: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-US">
        <head>
        <meta charset="UTF-8">
        \(head)
        <style>body { font-family: serif; } .entry-title > a { color: #333; }</style>
        </head>
        <body class="post-template-default single">
        \(siteHeader)
        <div id="content" class="site-content"><main id="main" class="site-main">
        \(article)
        </main></div>
        \(siteFooter)
        </body>
        </html>
        """
    }

    /// The words a person sees in an article: tags out, references decoded.
    static func visibleText(_ html: String) -> String {
        let untagged = html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        return blanked(HTMLCharacterReferences.decode(untagged))
    }

    /// A non-breaking space is a blank between words, in the page and in what was imported
    /// (`ImportFixtures.forEachWord` counts it as part of a word).
    static func blanked(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    /// `ImportFixtures.lostWords` with non-breaking spaces read as blanks on both sides.
    static func lostWords(visible: String, result: ImportResult) -> [String] {
        var result = result
        var interview = result.interview
        interview.sections = interview.sections.map { var section = $0; section.paragraphs = section.paragraphs.map(blanked); return section }
        interview.exchanges = interview.exchanges.map { exchange in
            var exchange = exchange
            exchange.question.text = blanked(exchange.question.text)
            exchange.answers = exchange.answers.map { var answer = $0; answer.paragraphs = answer.paragraphs.map(blanked); return answer }
            return exchange
        }
        result.interview = interview
        result.noise = result.noise.map(blanked)
        result.metadata = result.metadata.map(blanked)
        return ImportFixtures.lostWords(source: visible, result: result)
    }

    private func imported(_ html: String, article: String, fileName: String = "page.html", sourceLocation: SourceLocation = #_sourceLocation) throws -> ImportResult {
        let result = try ImportFixtures.importText(html, fileName: fileName)
        ImportFixtures.expectSound(result, sourceLocation: sourceLocation)
        #expect(result.layout == HTMLReader().name, sourceLocation: sourceLocation)
        #expect(Self.lostWords(visible: Self.visibleText(article), result: result) == [], "\(ImportFixtures.summary(result))", sourceLocation: sourceLocation)
        let spoken = ImportFixtures.spokenParagraphs(result.interview)
        for text in spoken { #expect(!LayoutMarks.present(in: text), "layout marks left in: \(text)", sourceLocation: sourceLocation) }
        let texts = spoken + result.interview.sections.flatMap(\.paragraphs) + [result.interview.title]
        for text in texts { #expect(!Self.hasMarkup(text), "markup left in: \(text)", sourceLocation: sourceLocation) }
        let furniture = ["Older post", "Proudly powered", "analytics", "font-family", "Archive"]
        for text in texts { for word in furniture { #expect(!text.contains(word), "furniture in the text: \(text)", sourceLocation: sourceLocation) } }
        return result
    }

    /// A tag (`<p>`, `</b>`, `<br/>`) or an undecoded character reference (`&amp;`, `&#8217;`).
    static func hasMarkup(_ text: String) -> Bool {
        text.range(of: #"</?[A-Za-z][A-Za-z0-9]*[\s/>]"#, options: .regularExpression) != nil
            || text.range(of: #"&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"#, options: .regularExpression) != nil
    }

    // MARK: Real page shapes

    @Test("a WordPress Q&A post: `<h3>` questions, title and date from the head, furniture dropped")
    func wordPressHeadingQuestions() throws {
        let article = """
        <article id="post-4187" class="post type-post">
        <header class="entry-header"><h1 class="entry-title">Developer of the Week: Ines Carvalho</h1>
        <div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2023-03-13T05:00:00+00:00">March 13, 2023</time></span></div></header>
        <div class="entry-content">
        <p>This week we welcome Ines Carvalho as our Developer of the Week! Ines works on the <a href="https://example.org/tiles">tiles</a> map renderer &amp; teaches at a summer school.</p>
        <p>Let&#8217;s spend some time getting to know Ines better!</p>
        <h3>Can you tell us a little about yourself (hobbies, education, etc):</h3>
        <p>I grew up in Porto and studied <em>physics</em> before I wrote any code. These days I climb, bake bread&nbsp;and read far too many Jos&eacute; Saramago novels.</p>
        <h3>Why did you start using Python?</h3>
        <p>A lab needed someone to clean data. The choice was Python or Fortran&hellip; I chose <strong>Python</strong>.</p>
        <h3>What other programming languages do you know and which is your favorite?</h3>
        <p>Some C, some Rust, a little Haskell:</p>
        <ul>
        <li>C for the renderer&#x2019;s hot loops</li>
        <li>Rust for the <code>tile-cache</code> service</li>
        </ul>
        <h3>What projects are you working on now?</h3>
        <p>A vector tile renderer.<br>
        It draws 3&nbsp;&lt;&nbsp;4 layers faster than before.</p>
        <h3>Thanks for doing the interview, Ines!</h3>
        </div>
        <footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/interviews/">Interviews</a></span></footer>
        </article>
        """
        let html = Self.page(head: """
        <title>Developer of the Week: Ines Carvalho | Harbour Dev Blog</title>
        <meta property="og:title" content="Developer of the Week: Ines Carvalho" />
        <meta property="article:published_time" content="2023-03-13T05:00:00+00:00" />
        <link rel="canonical" href="https://blog.example.org/2023/03/13/dev-of-the-week-ines-carvalho/" />
        """, article: article)
        let result = try imported(html, article: article.replacingOccurrences(of: "Posted in", with: "").replacingOccurrences(of: ">Interviews<", with: "><"))
        let interview = result.interview
        #expect(interview.title == "Developer of the Week: Ines Carvalho")
        #expect(interview.date == "2023-03-13")
        #expect(interview.source == "https://blog.example.org/2023/03/13/dev-of-the-week-ines-carvalho/")
        #expect(interview.exchanges.count >= 4)
        #expect(interview.exchanges[0].question.text == "Can you tell us a little about yourself (hobbies, education, etc):")
        let answers = interview.exchanges.flatMap { $0.answers.flatMap(\.paragraphs) }
        #expect(answers.contains { $0.contains("Saramago") && $0.contains("José") && $0.contains("*physics*") && $0.contains("bread\u{00A0}and") })
        #expect(answers.contains("A lab needed someone to clean data. The choice was Python or Fortran… I chose **Python**."))
        #expect(answers.contains("- C for the renderer’s hot loops\n- Rust for the `tile-cache` service"))
        #expect(answers.contains("A vector tile renderer.\nIt draws 3\u{00A0}<\u{00A0}4 layers faster than before."))
        let intro = interview.sections.flatMap(\.paragraphs).joined(separator: "\n")
        #expect(intro.contains("[tiles](https://example.org/tiles) map renderer & teaches"))
        #expect(result.noise.contains { $0.hasPrefix("<header> Harbour Dev Blog Home About Archive") })
        #expect(result.noise.contains { $0.hasPrefix("<script> ×1") })
        #expect(!result.noise.contains { $0.contains("analytics") }, "a script is listed by size, not by its content")
    }

    @Test("a post whose questions are `<p><strong>Question?</strong></p>`")
    func boldQuestions() throws {
        let article = """
        <article class="post">
        <h1 class="entry-title">Five questions for a typeface designer</h1>
        <div class="entry-content">
        <p>Marta Lindqvist draws typefaces for screens. We asked her about her work.</p>
        <p><strong>How did you get into type design?</strong></p>
        <p>By accident. I was lettering posters for a theatre and someone asked for the font.</p>
        <p><strong>What is hard about designing for screens?</strong></p>
        <p>Small sizes. Every pixel of an &lsquo;e&rsquo; matters at 11 pixels.</p>
        <p>And hinting, which nobody enjoys.</p>
        <p><strong>Which tools do you use?</strong></p>
        <p>A pencil first, then a font editor.</p>
        <p><b>What are you drawing now?</b></p>
        <p>A <i>monospaced</i> family with a real italic.</p>
        </div>
        </article>
        """
        let html = Self.page(head: "<title>Five questions for a typeface designer – Harbour Dev Blog</title>", article: article)
        let interview = try imported(html, article: article, fileName: "five-questions.html").interview
        #expect(interview.title == "Five questions for a typeface designer")
        #expect(interview.exchanges.map(\.question.text) == [
            "How did you get into type design?", "What is hard about designing for screens?", "Which tools do you use?", "What are you drawing now?",
        ])
        #expect(interview.exchanges[1].answers.flatMap(\.paragraphs) == ["Small sizes. Every pixel of an ‘e’ matters at 11 pixels.", "And hinting, which nobody enjoys."])
        #expect(interview.exchanges[3].answers.flatMap(\.paragraphs) == ["A *monospaced* family with a real italic."])
    }

    @Test("a transcript page: `<p><b>Name:</b> text</p>` turns, title from `<title>`, date from `<time>`")
    func transcriptPage() throws {
        let article = """
        <div class="transcript">
        <p>Recorded <time datetime="2022-11-04">4 November 2022</time>.</p>
        <p><b>Kofi Mensah:</b> Welcome to Night Shift. Today I&#39;m talking with Lena Braun about lighthouses. How did you end up keeping one?</p>
        <p><b>Lena Braun:</b> I answered an advert in 1998. The keeper before me had been there <em>forty</em> years.</p>
        <p><b>Kofi Mensah:</b> What does a keeper actually do all night?</p>
        <p><b>Lena Braun: </b>Mostly listen. The foghorn tells you more than the lamp.</p>
        <p>And you write everything down in the log.</p>
        <p><b>Kofi Mensah:</b> Thank you, Lena.</p>
        <p><b>Lena Braun:</b> Thank you for having me.</p>
        </div>
        """
        let html = Self.page(head: "<title>Night Shift 12: Keeping the light | Harbour Radio</title>", article: article)
        let interview = try imported(html, article: article, fileName: "night-shift-12.html").interview
        #expect(interview.title == "Night Shift 12: Keeping the light")
        #expect(interview.date == "2022-11-04")
        let roles = Dictionary(uniqueKeysWithValues: interview.speakers.map { ($0.name, $0.role) })
        #expect(roles == ["Kofi Mensah": .host, "Lena Braun": .guest])
        #expect(interview.exchanges.count == 2)
        #expect(interview.exchanges[1].answers[0].paragraphs == ["Mostly listen. The foghorn tells you more than the lamp.", "And you write everything down in the log."])
        #expect(interview.exchanges[0].question.text.contains("Today I'm talking with Lena Braun"))
    }

    @Test("a press briefing page: capitals with titles, `Q&nbsp;&nbsp;&nbsp;` reporters")
    func pressBriefingPage() throws {
        let article = """
        <section class="body-content">
        <h1 class="page-title">Press Briefing by Press Secretary Ana Ruiz</h1>
        <p>James S. Brady Press Briefing Room</p>
        <p>1:02 P.M. EST</p>
        <p>MS. RUIZ:&nbsp; Good afternoon, everybody. I have two announcements before I take your questions.</p>
        <p>First, the harbour bridge reopens on Monday.</p>
        <p>Q&nbsp;&nbsp;&nbsp; Thank you. On the bridge: who pays for the repairs?</p>
        <p>MS. RUIZ:&nbsp; The state and the city share the cost.</p>
        <p>Q&nbsp;&nbsp;&nbsp; And when will the ferries stop?</p>
        <p>MS. RUIZ:&nbsp; At the end of the month.</p>
        <p>Q&nbsp;&nbsp;&nbsp; A follow-up on the budget: when is it due?</p>
        <p>MS. RUIZ:&nbsp; I&rsquo;ll leave that to the Treasury.</p>
        <p>END&nbsp;&nbsp;&nbsp;&nbsp; 1:30 P.M. EST</p>
        </section>
        """
        let html = Self.page(head: """
        <title>Press Briefing by Press Secretary Ana Ruiz | The Office</title>
        <meta property="article:published_time" content="2024-02-09T13:45:00-05:00" />
        """, article: article)
        let result = try imported(html, article: article, fileName: "press-briefing.html")
        let interview = result.interview
        #expect(interview.title == "Press Briefing by Press Secretary Ana Ruiz")
        #expect(interview.date == "2024-02-09")
        // The spokesperson's opening keeps its speaker and opens the first exchange (docs/IMPORT.md).
        try #require(interview.exchanges.count == 4, "\(ImportFixtures.summary(result))")
        #expect(interview.name(of: interview.exchanges[0].question.speaker) == "MS. RUIZ")
        #expect(interview.exchanges.dropFirst().allSatisfy { interview.name(of: $0.question.speaker) == "Reporter" })
        #expect(interview.speakers.first { $0.name == "Reporter" }?.role == .audience)
        #expect(interview.exchanges[3].answers[0].paragraphs.first == "I’ll leave that to the Treasury.")
    }

    // MARK: Conversion

    @Test("emphasis opens and closes around words, not spaces; empty marks write nothing")
    func marksAroundWords() {
        let page = HTMLText.read("<p><b>Name: </b>text<i> </i>and <em>more </em>words<strong></strong>.</p><p>x<b>y</b>z</p>")
        #expect(page.lines == ["**Name:** text and *more* words.", "", "x**y**z"])
    }

    @Test("headings, ordered and nested lists, tables, preformatted code, line breaks")
    func blocks() {
        let html = """
        <h2>About <b>the</b> <a href="/x">guest</a></h2><ol><li>one<ul><li>nested</li></ul></li><li><p>two</p></li></ol>
        <table><tr><th>Year</th><th>Role</th></tr><tr><td>2019</td><td>Editor</td></tr></table>
        <pre><code>let x = 1
            if x &lt; 2 { print(x) }</code></pre><p>a<br>b<br><br>c</p>
        """
        #expect(HTMLText.read(html).lines == [
            "## About the guest", "", "1. one", "  - nested", "2. two", "", "Year | Role", "2019 | Editor", "",
            "let x = 1", "    if x < 2 { print(x) }", "", "a", "b", "", "c",
        ])
    }

    @Test("character references: named, decimal, hexadecimal, Windows-1252, invalid, unknown")
    func references() {
        let page = HTMLText.read("<p>caf&eacute; &#8220;q&#x201D; &#146;s &#0; &#99999999999; &bogus; &amp;amp; &Omega;&sigmaf;</p>")
        #expect(page.lines == ["café “q” ’s \u{FFFD} \u{FFFD} &bogus; &amp; Ως"])
    }

    @Test("links keep their address; anchors and scripts do not make links")
    func links() {
        let page = HTMLText.read(##"<p><a href="https://e.org/a b(1)">see</a> <a href="#top">top</a> <a href="javascript:void(0)">menu</a> <a>bare</a></p>"##)
        #expect(page.lines == ["[see](https://e.org/a%20b%281%29) top menu bare"])
    }

    @Test("metadata: og:title before <title>, published time before <time>, canonical before og:url")
    func metadata() {
        let page = HTMLText.read("""
        <head><title>Plain | Site</title><meta property="og:title" content="Open &amp; Graph"><meta property="og:url" content="https://e.org/og">
        <link rel="canonical" href="https://e.org/canonical"><meta property="article:published_time" content="2021-06-01T08:00:00Z"></head>
        <body><time datetime="2020-01-01">then</time><svg><title>icon</title></svg><p>Text.</p></body>
        """)
        #expect(page.title == "Open & Graph")
        #expect(page.date == "2021-06-01")
        #expect(page.source == "https://e.org/canonical")
        #expect(page.lines == ["then", "", "Text."])
        #expect(HTMLText.read("<title>Only this | Site</title><p>x</p>").title == "Only this")
        #expect(HTMLText.read("<title>Short | Site</title><p>x</p>").title == "Short | Site", "too short to be a title without the site name")
    }

    @Test("a Jekyll page keeps its front matter: its title and speakers come first")
    func frontMatter() throws {
        let html = """
        ---
        title: Tea with a cartographer
        date: 2020-05-02
        guests: [Noor Haddad]
        ---
        <div class="post"><p><strong>Noor Haddad:</strong> Maps lie politely.</p>
        <p><strong>Interviewer:</strong> How so?</p><p><strong>Noor Haddad:</strong> Every projection bends something.</p>
        <p><strong>Interviewer:</strong> Which one do you like?</p><p><strong>Noor Haddad:</strong> The one that admits it.</p></div>
        """
        let result = try ImportFixtures.importText(html, fileName: "tea.html")
        #expect(result.layout == HTMLReader().name)
        #expect(result.interview.title == "Tea with a cartographer")
        #expect(result.interview.date == "2020-05-02")
        #expect(result.interview.speakers.first { $0.name == "Noor Haddad" }?.role == .guest)
        #expect(ImportFixtures.lostWords(source: Self.visibleText(html), result: result) == [], "\(ImportFixtures.summary(result))")
    }

    // MARK: Choosing the reader

    @Test("the HTML reader wins on HTML and stays out of Markdown with a little inline HTML")
    func fit() throws {
        let fragment = (1...12).map { "<p><b>Speaker \($0 % 2 + 1):</b> line \($0)</p>" }.joined(separator: "\n")
        let input = ImportInput(fileName: "post.txt", lines: fragment.components(separatedBy: "\n"), metadata: SourceMetadata())
        #expect(ReaderChoice.rank(input).candidates.first?.reader.name == HTMLReader().name)
        #expect(HTMLReader().fit(input).score >= 0.96)
        let markdown = """
        # Notes

        **Ada:** Hello there.<br>

        **Bo:** Hi, how are you?

        **Ada:** Fine, thanks.

        **Bo:** Good to hear.
        """
        let result = try ImportFixtures.importText(markdown, fileName: "notes.md")
        #expect(result.layout != HTMLReader().name)
    }

    // MARK: Hostile pages

    @Test("malformed pages: unclosed tags, `<` in text, unquoted attributes, stray end tags")
    func malformed() throws {
        let html = """
        <html><body><div><p>If a < b and b <= c then <b>bold never closes
        <p>Second paragraph with <a href=https://e.org/x class=link>an unquoted link</a></span></div></div></div>
        <p>Third: 3 <> 4, <3 and </ 5 and <!> done
        """
        let page = HTMLText.read(html)
        #expect(page.lines == [
            "If a < b and b <= c then **bold never closes**", "", "**Second paragraph with [an unquoted link](https://e.org/x)**", "",
            "**Third: 3 <> 4, <3 and </ 5 and done**",
        ])
        let result = try ImportFixtures.importText(html, fileName: "broken.html")
        #expect(result.layout == HTMLReader().name)
    }

    @Test("a comment, a quote or furniture left open to the end keeps the text after it")
    func unterminated() {
        let comment = HTMLText.read("<p>Before.</p><!-- never closed <p>After the comment.</p>")
        #expect(comment.lines.contains("After the comment."))
        #expect(!comment.warnings.isEmpty)
        let nav = HTMLText.read("<nav><a href=/>Home</a><p>The whole interview.</p>")
        #expect(nav.lines.contains("The whole interview."))
        let quote = HTMLText.read(#"<p class="x>Quoted text.</p>"#)
        #expect(quote.lines.joined().contains("Quoted text."))
        let script = HTMLText.read("<p>Kept.</p><script>var a = 1; <p>Maybe text.</p>")
        #expect(script.lines.contains { $0.contains("Maybe text.") })
    }

    @Test("a deep page (300,000 nested divs, bold and list items) reads in one pass")
    func deepNesting() throws {
        let depth = 300_000
        var html = String(repeating: "<div>", count: depth) + "<p>Deep text.</p>" + String(repeating: "</span>", count: depth)
        html += String(repeating: "<b>", count: depth / 10) + "bold" + String(repeating: "<li><p>", count: depth / 10) + "end"
        #expect(html.utf8.count >= 2_000_000)
        let page = HTMLText.read(html)
        #expect(page.lines.first == "Deep text.")
        #expect(page.lines.last == "- **end**")
    }

    @Test("markup written as text (`&lt;b&gt;`) stays text")
    func escapedMarkup() throws {
        #expect(HTMLText.read("<p>Use &lt;script&gt; and &lt;b&gt; tags.</p><p>Next.</p>").lines == ["Use <script> and <b> tags.", "", "Next."])
        let html = "<!DOCTYPE html><html><body><p>Use &lt;script&gt; and &lt;b&gt; tags.</p><p>Next.</p></body></html>"
        let result = try ImportFixtures.importText(html, fileName: "escaped.html")
        // Readers get references as written: the HTML scanner decodes them once, after tags.
        let text = result.interview.sections.flatMap(\.paragraphs).joined(separator: "\n")
        #expect(text.contains("Use <script> and <b> tags."), "\(text)")
    }

    @Test("a page with no visible text is not imported as HTML")
    func onlyFurniture() throws {
        let html = "<!DOCTYPE html><html><head><script>x()</script></head><body><nav>Home</nav></body></html>"
        #expect(throws: ReaderMismatch.self) { try HTMLReader().read(ImportInput(fileName: "empty.html", lines: [html], metadata: SourceMetadata())) }
    }
}
