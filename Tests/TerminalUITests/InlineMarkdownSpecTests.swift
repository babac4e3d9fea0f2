import Testing
import TerminalUI

/// Inline examples from the CommonMark spec (0.31.2: emphasis, code spans, links, autolinks,
/// backslash escapes), with the expected HTML written in ``Markup``'s tags. Where the reader
/// deliberately differs from the spec it says so (an undefined full reference shows its text).
@Suite struct InlineMarkdownSpecTests {
    static let emphasisExamples: [(String, String)] = [
        ("*foo bar*", "<em>foo bar</em>"),
        ("a * foo bar*", "a * foo bar*"),
        ("a*\"foo\"*", "a*\"foo\"*"),
        ("* a *", "* a *"),
        ("foo*bar*", "foo<em>bar</em>"),
        ("5*6*78", "5<em>6</em>78"),
        ("_foo bar_", "<em>foo bar</em>"),
        ("_ foo bar_", "_ foo bar_"),
        ("foo_bar_", "foo_bar_"),
        ("5_6_78", "5_6_78"),
        ("пристаням_стремятся_", "пристаням_стремятся_"),
        ("aa_\"bb\"_cc", "aa_\"bb\"_cc"),
        ("foo-_(bar)_", "foo-<em>(bar)</em>"),
        ("_foo*", "_foo*"),
        ("*foo bar *", "*foo bar *"),
        ("*(*foo)", "*(*foo)"),
        // Nested emphasis of one kind looks like one level on a terminal.
        ("*(*foo*)*", "<em>(foo)</em>"),
        ("*foo*bar", "<em>foo</em>bar"),
        ("_foo_bar", "_foo_bar"),
        ("_foo_bar_baz_", "<em>foo_bar_baz</em>"),
        ("_(bar)_.", "<em>(bar)</em>."),
        ("**foo bar**", "<strong>foo bar</strong>"),
        ("** foo bar**", "** foo bar**"),
        ("foo**bar**", "foo<strong>bar</strong>"),
        ("__foo bar__", "<strong>foo bar</strong>"),
        ("foo__bar__", "foo__bar__"),
        ("**foo \"*bar*\" foo**", "<strong>foo \"<em>bar</em>\" foo</strong>"),
        ("*foo [bar](/url)*", "<em>foo <a href=\"/url\">bar</a></em>"),
        ("*foo\nbar*", "<em>foo\nbar</em>"),
        ("_foo __bar__ baz_", "<em>foo <strong>bar</strong> baz</em>"),
        ("*foo *bar**", "<em>foo bar</em>"),
        ("*foo**bar**baz*", "<em>foo<strong>bar</strong>baz</em>"),
        ("*foo**bar*", "<em>foo**bar</em>"),
        ("***foo** bar*", "<em><strong>foo</strong> bar</em>"),
        ("*foo**bar***", "<em>foo<strong>bar</strong></em>"),
        ("foo***bar***baz", "foo<em><strong>bar</strong></em>baz"),
        ("foo******bar*********baz", "foo<strong>bar</strong>***baz"),
        ("**foo*bar*baz**", "<strong>foo<em>bar</em>baz</strong>"),
        ("__foo, __bar__, baz__", "<strong>foo, bar, baz</strong>"),
        ("foo ***", "foo ***"),
        ("foo *\\**", "foo <em>*</em>"),
        ("foo *_*", "foo <em>_</em>"),
        ("**foo*", "*<em>foo</em>"),
        ("*foo**", "<em>foo</em>*"),
        ("***foo**", "*<strong>foo</strong>"),
        ("****foo*", "***<em>foo</em>"),
        ("**foo***", "<strong>foo</strong>*"),
        ("*foo****", "<em>foo</em>***"),
        ("*foo _bar* baz_", "<em>foo _bar</em> baz_"),
        ("**foo*bar**", "<strong>foo*bar</strong>"),
        ("*a `*`*", "<em>a <code>*</code></em>"),
        ("_a `_`_", "<em>a <code>_</code></em>"),
        ("**a<https://foo.bar/?q=**>", "**a<a href=\"https://foo.bar/?q=**\">https://foo.bar/?q=**</a>"),
        ("*[bar*](/url)", "*<a href=\"/url\">bar*</a>"),
    ]

    @Test(arguments: emphasisExamples)
    func emphasisAndStrong(markdown: String, expected: String) {
        #expect(Markup.of(markdown) == expected)
    }

    static let codeSpansExamples: [(String, String)] = [
        ("`foo`", "<code>foo</code>"),
        ("`` foo ` bar ``", "<code>foo ` bar</code>"),
        ("` `` `", "<code>``</code>"),
        ("`  ``  `", "<code> `` </code>"),
        ("` a`", "<code> a</code>"),
        ("` `\n`  `", "<code> </code>\n<code>  </code>"),
        ("``\nfoo\nbar  \nbaz\n``", "<code>foo bar   baz</code>"),
        ("`foo\\`bar`", "<code>foo\\</code>bar`"),
        ("``foo`bar``", "<code>foo`bar</code>"),
        ("*foo`*`", "*foo<code>*</code>"),
        ("[not a `link](/foo`)", "[not a <code>link](/foo</code>)"),
        ("```foo``", "```foo``"),
        ("`foo", "`foo"),
        ("`foo``bar``", "`foo<code>bar</code>"),
    ]

    @Test(arguments: codeSpansExamples)
    func codeSpans(markdown: String, expected: String) {
        #expect(Markup.of(markdown) == expected)
    }

    static let escapesExamples: [(String, String)] = [
        ("\\*not emphasized*", "*not emphasized*"),
        ("\\[not a link](/foo)", "[not a link](/foo)"),
        ("\\`not code`", "`not code`"),
        ("\\\\*emphasis*", "\\<em>emphasis</em>"),
        ("\\→\\A\\a\\ \\3\\φ\\«", "\\→\\A\\a\\ \\3\\φ\\«"),
        ("`` \\[\\` ``", "<code>\\[\\`</code>"),
        ("foo\\\nbar", "foo\nbar"),
    ]

    @Test(arguments: escapesExamples)
    func backslashEscapes(markdown: String, expected: String) {
        #expect(Markup.of(markdown) == expected)
    }

    static let linksExamples: [(String, String)] = [
        ("[link](/uri \"title\")", "<a href=\"/uri\">link</a>"),
        ("[link](/uri)", "<a href=\"/uri\">link</a>"),
        ("[](./target.md)", ""),
        ("[link]()", "<a href=\"\">link</a>"),
        ("[link](<>)", "<a href=\"\">link</a>"),
        ("[link](/my uri)", "[link](/my uri)"),
        ("[link](<foo\nbar>)", "[link](<foo\nbar>)"),
        ("[a](<b)c>)", "<a href=\"b)c\">a</a>"),
        ("[link](\\(foo\\))", "<a href=\"(foo)\">link</a>"),
        ("[link](foo(and(bar)))", "<a href=\"foo(and(bar))\">link</a>"),
        ("[link](foo(and(bar))", "[link](foo(and(bar))"),
        ("[link](foo\\)\\:)", "<a href=\"foo):\">link</a>"),
        ("[link](/url 'title')", "<a href=\"/url\">link</a>"),
        ("[link](/url (title))", "<a href=\"/url\">link</a>"),
        ("[link](/url \"title \\\"&quot;\")", "<a href=\"/url\">link</a>"),
        ("[link](   /uri\n  \"title\"  )", "<a href=\"/uri\">link</a>"),
        ("[link [foo [bar]]](/uri)", "<a href=\"/uri\">link [foo [bar]]</a>"),
        ("[link] bar](/uri)", "[link] bar](/uri)"),
        ("[link \\[bar](/uri)", "<a href=\"/uri\">link [bar</a>"),
        ("[link *foo **bar** `#`*](/uri)", "<a href=\"/uri\">link <em>foo <strong>bar</strong> <code>#</code></em></a>"),
        ("[foo [bar](/uri)](/uri)", "[foo <a href=\"/uri\">bar</a>](/uri)"),
        ("[foo *[bar [baz](/uri)](/uri)*](/uri)", "[foo <em>[bar <a href=\"/uri\">baz</a>](/uri)</em>](/uri)"),
        ("*[foo*](/uri)", "*<a href=\"/uri\">foo*</a>"),
        ("[foo *bar](baz*)", "<a href=\"baz*\">foo *bar</a>"),
        ("*foo [bar* baz]", "<em>foo [bar</em> baz]"),
        ("[foo`](/uri)`", "[foo<code>](/uri)</code>"),
        ("![foo](/url \"title\")", "<a href=\"/url\">foo</a>"),
        // A title that never closes does not stop a later link (nor is it scanned again).
        ("[a](b \"open [c](d 'ok') [e](f \"x", "[a](b \"open <a href=\"d\">c</a> [e](f \"x"),
    ]

    @Test(arguments: linksExamples)
    func inlineLinks(markdown: String, expected: String) {
        #expect(Markup.of(markdown) == expected)
    }

    static let autolinksExamples: [(String, String)] = [
        ("<http://foo.bar.baz>", "<a href=\"http://foo.bar.baz\">http://foo.bar.baz</a>"),
        ("<MAILTO:FOO@BAR.BAZ>", "<a href=\"MAILTO:FOO@BAR.BAZ\">MAILTO:FOO@BAR.BAZ</a>"),
        ("<foo@bar.example.com>", "<a href=\"mailto:foo@bar.example.com\">foo@bar.example.com</a>"),
        // Not autolinks, but the bare URL inside is one (as on GitHub).
        ("<http://foo.bar/baz bim>", "<<a href=\"http://foo.bar/baz\">http://foo.bar/baz</a> bim>"),
        ("<>", "<>"),
        ("< http://foo.bar >", "< <a href=\"http://foo.bar\">http://foo.bar</a> >"),
        ("<m:abc>", "<m:abc>"),
        ("<foo.bar.baz>", "<foo.bar.baz>"),
        ("foo@bar.example.com", "foo@bar.example.com"),
        // GitHub's extended autolinks: bare URLs.
        ("see https://example.org/a_(b) now", "see <a href=\"https://example.org/a_(b)\">https://example.org/a_(b)</a> now"),
        ("(visit www.commonmark.org/help.)", "(visit <a href=\"http://www.commonmark.org/help\">www.commonmark.org/help</a>.)"),
        ("nohttps://x.org", "nohttps://x.org"),
        // A failed bare URL does not stop the next run of text from holding one.
        ("http://% then https://ok.org", "http://% then <a href=\"https://ok.org\">https://ok.org</a>"),
    ]

    @Test(arguments: autolinksExamples)
    func autolinks(markdown: String, expected: String) {
        #expect(Markup.of(markdown) == expected)
    }

    static let referenceLinksExamples: [(String, String)] = [
        ("[foo][bar]", "<a href=\"/url\">foo</a>"),
        ("[Foo][BaR]", "<a href=\"/url\">Foo</a>"),
        ("[bar][]", "<a href=\"/url\">bar</a>"),
        ("[bar]", "<a href=\"/url\">bar</a>"),
        ("[*bar*][]", "<em>bar</em>"),
        ("[Ünïcode  Label][]", "<a href=\"/u\">Ünïcode  Label</a>"),
        // Differs from CommonMark on purpose: an undefined full or collapsed reference shows its text.
        ("[foo][missing]", "foo"),
        ("[Missing][]", "Missing"),
        // A shortcut that is not defined is not a construct: transcripts write [laughs].
        ("[laughs] and [Introduction]", "[laughs] and [Introduction]"),
    ]

    static let references = LinkReferences(scanning: [
        "[bar]: /url \"title\"\n[ünïcode label]: /u\n[bar]: /other",
    ])

    @Test(arguments: referenceLinksExamples)
    func referenceLinks(markdown: String, expected: String) {
        #expect(Markup.of(markdown, references: Self.references) == expected)
    }
}
