import ArgumentParser
import Foundation

/// Where the interview library is. A minimal version for this branch; replaced on merge by the
/// shared one with the same interface (`--library`, `folder()`).
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("library"), help: "The folder of interview files (default: $PARLEY_LIBRARY, else the current folder).")
    var library: String?

    func folder() throws -> URL {
        let path = library ?? ProcessInfo.processInfo.environment["PARLEY_LIBRARY"] ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: path, isDirectory: true)
    }
}
