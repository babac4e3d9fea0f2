import ArgumentParser
import Foundation
import InterviewKit
import ParleyConfig

/// The global options, which every command accepts, before or after its name
/// (`GlobalArguments` moves them after it): where the library is, where the bookmarks are, and
/// whether output is coloured.
///
/// The library is `--library`, else `$PARLEY_LIBRARY`, else the config file's `library`, else
/// `$XDG_DATA_HOME/parley/interviews` when it exists, else the bundled `data/interviews`.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of interview files.", valueName: "dir"), completion: .directory)
    var library: String?

    @Option(name: .customLong("bookmarks"), help: ArgumentHelp(
        "The bookmark file (default: $XDG_DATA_HOME/parley/bookmarks.json).", valueName: "path"), completion: .file(extensions: ["json"]))
    var bookmarksPath: String?

    @Option(name: .long, help: ArgumentHelp("Colour and styles in output: auto (on a terminal, unless NO_COLOR is set), always or never.", valueName: "when"))
    var color: Configuration.ColorMode = .auto

    @Flag(name: .customLong("no-color"), help: "The same as --color=never.")
    var noColor = false

    func folder(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        if let library { return URL(fileURLWithPath: library) }
        if let path = environment["PARLEY_LIBRARY"], !path.isEmpty { return URL(fileURLWithPath: path) }
        if let configured = UserConfig.current.libraryURL() { return configured }
        let user = XDG.dataHome(environment).appendingPathComponent("parley/interviews")
        if FileManager.default.fileExists(atPath: user.path) { return user }
        if let bundled = BundledLibrary.folder() { return bundled }
        throw CommandFailure("no library found", hint: "pass --library DIR or set PARLEY_LIBRARY to a folder of interview files")
    }

    /// `--bookmarks`, else the config file's `bookmarks`, else `$XDG_DATA_HOME/parley/bookmarks.json`.
    var bookmarksURL: URL { UserConfig.bookmarksURL(option: bookmarksPath) }

    func openBookmarks() -> BookmarkStore { BookmarkStore(url: bookmarksURL) }

    /// What `--color` and `--no-color` ask for together.
    var colorChoice: Configuration.ColorMode { noColor ? .never : color }
}

/// The sample library that ships in the repository's `data/interviews`.
enum BundledLibrary {
    /// Found next to the sources this binary was built from, so `swift run parley` in a clone
    /// opens it wherever the build folder is.
    static func folder() -> URL? {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let folder = url.appendingPathComponent("data/interviews")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }
}
