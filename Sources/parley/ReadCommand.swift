import ArgumentParser
import Foundation
import InterviewKit
import ParleyConfig
import Reader
import TerminalUI

/// `parley` / `parley read`: the interactive reader.
struct ReadCommand: ParsableCommand, UsesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the interactive reader (the default on a terminal). Press ? inside for the keys."
    )

    @OptionGroup(title: "Global options") var libraryOptions: LibraryOptions

    func run() throws {
        guard Console.stdoutIsTerminal, isatty(STDIN_FILENO) == 1 else {
            throw CommandFailure(
                "the reader needs a terminal, and standard output is not one",
                hint: "for scripts and pipes use `parley list`, `parley show ID` or `parley search WORDS`"
            )
        }
        let folder = try libraryOptions.folder()
        let index = try SearchIndex.open(libraryFolder: folder)
        let store = libraryOptions.openBookmarks()
        let settings = UserConfig.current
        let options = ReaderOptions(keymap: settings.keymap, theme: settings.theme, readingWidth: settings.readerWidth)
        let library = IndexedLibrary(index: index, name: folder.lastPathComponent)

        let terminal: NCursesTerminal
        do {
            // `--color`/`--no-color` on the command line win over the config file's `color`.
            let color = Console.colorChoice == .auto ? settings.color : Console.colorChoice
            terminal = try NCursesTerminal(colors: color.requested)
        } catch {
            throw CommandFailure("\(error)")
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
