import ArgumentParser
import Foundation
import InterviewKit
import ParleyConfig
import Reader
import TerminalUI

/// `parley` / `parley read`: the interactive reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the interactive reader (the default on a terminal). Press ? inside for the keys."
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Option(help: ArgumentHelp("The bookmarks file (default: $XDG_DATA_HOME/parley/bookmarks.json).", valueName: "path"))
    var bookmarks: String?

    func run() throws {
        guard Console.stdoutIsTerminal, isatty(STDIN_FILENO) == 1 else {
            Console.error("parley: the reader needs a terminal, and standard output is not one.")
            Console.error("For scripts and pipes use `parley list`, `parley show ID` or `parley search WORDS`.")
            throw ExitCode(2)
        }
        let folder = try libraryOptions.folder()
        let index = try SearchIndex.open(libraryFolder: folder)
        let store = BookmarkStore(url: UserConfig.bookmarksURL(option: bookmarks))
        let settings = UserConfig.current
        let options = ReaderOptions(keymap: settings.keymap, theme: settings.theme, readingWidth: settings.readerWidth)
        let library = IndexedLibrary(index: index, name: folder.lastPathComponent)

        let terminal: NCursesTerminal
        do {
            terminal = try NCursesTerminal(colors: settings.color.requested)
        } catch {
            Console.error("parley: \(error)")
            throw ExitCode(2)
        }
        defer { terminal.shutdown() }
        // The reader opens on what the index lists and brings it up to date meanwhile: the
        // first frame does not wait for every file to be checked (or, the first time, indexed).
        let reader = ReaderRuntime(library: library, bookmarks: store, size: terminal.size, options: options,
                                   background: true, refresh: true, memory: ReaderMemoryFile.defaultURL(),
                                   outside: .system)
        reader.awaitRefresh(upTo: ReaderRuntime.refreshWait)
        // The config file's problems went to stderr, which the reader's screen now covers.
        let problems = UserConfig.loaded.problems.count
        if problems > 0 {
            reader.notify("\(problems) problem\(problems == 1 ? "" : "s") in the config file: see `parley config`")
        }
        ReaderLoop.run(reader, on: terminal)
    }
}
