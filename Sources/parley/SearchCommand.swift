import ArgumentParser
import Foundation
import InterviewKit
import TerminalUI

/// `parley search QUERY...`: ranked hits, one per line, like grep for interviews.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the library.",
        discussion: """
            Words must all match, in any order. "a phrase" matches words in order, word* matches \
            the start of a word, -word leaves out passages with it, a OR b matches either. \
            speaker:NAME keeps what someone said, in:TEXT keeps interviews whose title matches, \
            q:WORD matches questions only. Repeated terms count once; past \(SearchQuery.maximumTerms) \
            different terms the rest are left out, with a note.

            A query may start with -word (an exclusion, which needs a word to look for too); to \
            search for something that looks like an option, put -- before it: \
            parley search -- --verbose.

            Each line is: interview-id  #exchange (or §section)  speaker  snippet.
            A word found nowhere is looked for inside longer words (ydan finds pydantic), with a \
            note on standard error. When nothing is found, a query with a misspelt word \
            corrected from the library's words is suggested there ("did you mean: …").

            Exits 0 when something was found, 1 when nothing was, 2 on error.
            """
    )

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("What to look for.", valueName: "query"))
    var words: [String] = []

    @Option(name: .long, help: "The most hits to show.")
    var limit: Int = 50

    @Flag(help: "Print one JSON object per hit (JSON Lines).")
    var json = false

    @Flag(help: "Search the index as it is, without first checking the library for changed files.")
    var noUpdate = false

    @Flag(help: "Also print to standard error how long the update and the search took.")
    var timing = false

    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
        let hits: [SearchHit]
        var suggestion: String?
        do {
            let index = try SearchIndex.open(libraryFolder: try libraryOptions.folder())
            let start = Date()
            if !noUpdate { try index.update() }
            let searchStart = Date()
            let typed = words.joined(separator: " ")
            let query = SearchQuery(parsing: typed)
            let result = try index.lookup(query, limit: max(limit, 0))
            hits = result.hits
            for widening in result.widenings {
                Console.error("note: no word \(Console.safe(widening.typed)); searched words containing it: \(widening.words.map(Console.safe).joined(separator: ", "))")
            }
            if hits.isEmpty, limit > 0 { suggestion = try index.suggestion(for: typed) }
            // After the search: a damaged index found by the search itself is rebuilt, and said so.
            index.notices.forEach { Console.error("note: \($0)") }
            if let limitation = query.limitation { Console.error("note: \(limitation)") }
            if timing {
                let milliseconds = { (from: Date, to: Date) in String(format: "%.1f ms", to.timeIntervalSince(from) * 1000) }
                Console.error("update \(milliseconds(start, searchStart)), search \(milliseconds(searchStart, Date())), \(hits.count) hits")
            }
        } catch {
            Console.error("parley search: \(error)")
            throw ExitCode(2)
        }
        for hit in hits {
            if json {
                try Console.printJSON(hit)
            } else {
                print(SearchLine.format(hit, highlight: Console.colorAllowed))
            }
        }
        if hits.isEmpty {
            if let suggestion { Console.error("did you mean: \(Console.safe(suggestion))") }
            throw ExitCode(1)
        }
    }
}

/// One hit as a line of text for a terminal or a pipe.
enum SearchLine {
    static func format(_ hit: SearchHit, highlight: Bool) -> String {
        let place = switch hit.location {
        case .question(let exchange), .answer(let exchange, _, _): "#\(exchange + 1)"
        case .section(let section, _): "§\(section + 1)"
        }
        var columns = [Console.safe(hit.interviewID), place]
        // The snippet is running text: its line breaks become spaces, so each hit is one line.
        if !hit.speaker.isEmpty { columns.append(Console.safe(hit.speaker)) }
        columns.append(marked(hit.snippet, matches: hit.matches, highlight: highlight))
        return columns.joined(separator: "  ")
    }

    /// The snippet rendered from its Markdown as the reader's search pane shows it (link text
    /// only), with each match in bold reverse video on a terminal; every part sanitised as
    /// running text (line breaks become spaces, so a hit is one line), so the only escape codes
    /// printed are ours.
    static func marked(_ snippet: String, matches: [Range<Int>], highlight: Bool) -> String {
        let styled = InlineMarkdown.renderSnippet(snippet)
        return StyledOutput.format(styled, ansi: highlight, linkTargets: false, lines: .flowed, highlights: matches.map(styled.map))
    }
}
