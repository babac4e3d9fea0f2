import ArgumentParser

/// `parley help TOPIC`: the things to know that belong to no one command.
enum HelpTopic: String, CaseIterable {
    case exitCodes = "exit-codes"
    case library
    case query

    var text: String {
        switch self {
        case .exitCodes:
            ExitStatus.summary
        case .library:
            """
            The library is the folder of interview files (.md, see docs/FORMAT.md): --library DIR, \
            else $PARLEY_LIBRARY, else `library` in the config file \
            ($XDG_CONFIG_HOME/parley/config.toml, see `parley config --default`), else \
            $XDG_DATA_HOME/parley/interviews when it exists, else the bundled sample library. `parley import FILE --output DIR` makes interview files from \
            transcripts, captions and Q&A posts.

            Bookmarks live in $XDG_DATA_HOME/parley/bookmarks.json (--bookmarks PATH or the config \
            file's `bookmarks` to choose); \
            the search index is a cache in $XDG_CACHE_HOME/parley, safe to delete.

            The global options --library, --bookmarks, --color=auto|always|never and --no-color \
            may come before or after the command's name. NO_COLOR in the environment turns colour \
            off unless --color=always.

            Numbers a person reads are counted from 1 everywhere, in text and in JSON: exchange \
            #1 is the first question, answer 1 its first answer.
            """
        case .query:
            """
            Words must all match, in any order. "a phrase" matches words in order, word* matches \
            the start of a word, -word leaves out passages with it, a OR b matches either. \
            speaker:NAME keeps what someone said, in:TEXT keeps interviews whose title matches, \
            q:WORD matches questions only. in:bookmarks keeps bookmarked answers only, and \
            note:WORD (or note:"some words") bookmarked answers whose note has them; either alone \
            lists the bookmarks it keeps. See docs/SEARCH.md.
            """
        }
    }

    /// The list for `parley --help`.
    static let listing = "Topics: " + allCases.map { "parley help \($0.rawValue)" }.joined(separator: ", ") + "."

    /// For `parley help WORD`: prints the topic WORD and says so (`true`); leaves a command's
    /// name to ArgumentParser's own help (`false`); any other word is a usage mistake.
    static func answer(_ arguments: [String], commands: [ParsableCommand.Type]) throws -> Bool {
        guard arguments.count == 2, arguments[0] == "help" else { return false }
        let word = arguments[1]
        if let topic = HelpTopic(rawValue: word) {
            print(topic.text)
            return true
        }
        guard commands.contains(where: { $0._commandName == word }) else {
            throw CommandFailure("\(word): no such command or topic", hint: "`parley help` lists the commands. \(listing)")
        }
        return false
    }
}
