import ArgumentParser
import Foundation
import InterviewKit

/// Where the library is: `--library`, else `$PARLEY_LIBRARY`, else the config file's `library`,
/// else `$XDG_DATA_HOME/parley/interviews` when it exists, else the bundled `data/interviews`.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of interview files.", valueName: "dir"))
    var library: String?

    func folder(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        if let library { return URL(fileURLWithPath: library) }
        if let path = environment["PARLEY_LIBRARY"], !path.isEmpty { return URL(fileURLWithPath: path) }
        if let configured = UserConfig.current.libraryURL() { return configured }
        let user = XDG.dataHome(environment).appendingPathComponent("parley/interviews")
        if FileManager.default.fileExists(atPath: user.path) { return user }
        if let bundled = BundledLibrary.folder() { return bundled }
        throw ValidationError("No library found: pass --library DIR or set PARLEY_LIBRARY.")
    }
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
