import ArgumentParser
import Foundation
import InterviewKit
import TerminalUI

/// `parley search QUERY...`: ranked hits, one per line, like grep for interviews.
struct SearchCommand: ParsableCommand, UsesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the library.",
        discussion: """
            \(HelpTopic.query.text) Repeated terms count once; past \(SearchQuery.maximumTerms) \
            different terms the rest are left out, with a note.

            A query may start with -word (an exclusion, which needs a word to look for too); to \
            search for something that looks like an option, put -- before it: \
            parley search -- --verbose.

            Each line is: interview-id  #exchange (or §section)  speaker  snippet, numbered from 1. \
            With --json, one object per hit and line (JSON Lines): interview, title, kind \
            (question, answer or section), exchange and answer or section, and paragraph (all \
            numbered from 1), speaker, question, snippet, matches (character offsets in snippet, \
            [start, end) from 0) and rank (lower is better).
            A word found nowhere is looked for inside longer words (ydan finds pydantic), with a \
            note on standard error. When nothing is found, a query with a misspelt word \
            corrected from the library's words is suggested there ("did you mean: …").

            Exits 0 when something was found, 1 when nothing was (said on standard error), 2 on error.
            """
    )

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("What to look for.", valueName: "query"))
    var words: [String] = []

    // Read unconditionally, so `--limit -1` is a bad number rather than a missing value.
    @Option(name: .long, parsing: .unconditional, help: "The most hits to show (1 or more).")
    var limit: Int = 50

    @Flag(help: "Print one JSON object per hit (JSON Lines).")
    var json = false

    @Flag(help: "Search the index as it is, without first checking the library for changed files.")
    var noUpdate = false

    @Flag(help: "Also print to standard error how long the update and the search took.")
    var timing = false

    @OptionGroup(title: "Global options") var libraryOptions: LibraryOptions

    func validate() throws {
        guard limit >= 1 else {
            throw CommandFailure("--limit \(limit): the number of hits must be 1 or more", hint: "leave --limit out for the first 50")
        }
    }

    func run() throws {
        let hits: [SearchHit]
        let text = words.joined(separator: " ")
        var suggestion: String?
        do {
            let index = try SearchIndex.open(libraryFolder: try libraryOptions.folder())
            let start = Date()
            if !noUpdate { try index.update() }
            let searchStart = Date()
            let found = try LibrarySearch(options: libraryOptions, index: index).hits(for: text, limit: limit)
            let query = found.query
            hits = found.hits
            for widening in found.widenings {
                Console.error("note: no word \(Console.safe(widening.typed)); searched words containing it: \(widening.words.map(Console.safe).joined(separator: ", "))")
            }
            if hits.isEmpty, let correctable = found.correctable { suggestion = try index.suggestion(for: correctable) }
            // After the search: a damaged index found by the search itself is rebuilt, and said so.
            index.notices.forEach { Console.error("note: \($0)") }
            if let limitation = query?.limitation { Console.error("note: \(limitation)") }
            if timing {
                let milliseconds = { (from: Date, to: Date) in String(format: "%.1f ms", to.timeIntervalSince(from) * 1000) }
                Console.error("update \(milliseconds(start, searchStart)), search \(milliseconds(searchStart, Date())), \(Counted.of(hits.count, "hit"))")
            }
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(PlainReason.of(error), hint: error is LibraryError ? "pass --library DIR or set PARLEY_LIBRARY" : nil)
        }
        for hit in hits {
            if json {
                try Console.printJSON(SearchHitJSON(hit))
            } else {
                print(SearchLine.format(hit, highlight: Console.colorAllowed))
            }
        }
        if hits.isEmpty {
            throw CommandFailure(
                "nothing found for \(text.isEmpty ? "an empty query" : "“\(text)”")",
                hint: suggestion.map { "did you mean: \($0)" }, status: .nothingFound
            )
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
