import Foundation

/// `parley` run in a folder of its own: the bundled library unless told otherwise, and the
/// cache, data (bookmarks) and config folders inside the sandbox, so no test touches the
/// user's files or another test's.
struct ParleySandbox {
    let parley: String
    let scratch: Scratch

    init(_ name: String) throws {
        guard let parley = Built.parley else { throw E2EError("the parley binary is not built next to the tests") }
        self.parley = parley
        scratch = try Scratch(name)
    }

    func remove() { scratch.remove() }

    var bookmarks: String { scratch.path("data/parley/bookmarks.json") }

    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        var environment = parleyEnvironment(
            library: Built.bundledLibrary.path, cache: scratch.path("cache"), data: scratch.path("data"),
            extra: ["XDG_CONFIG_HOME": scratch.path("config")].merging(extra) { $1 }
        )
        environment["NO_COLOR"] = extra["NO_COLOR"]
        return try Executable.runCapturing(parley, arguments, environment: environment)
    }

    /// The first interview of the bundled library and an exchange of it that has an answer.
    static let bundledID = "better-libraries-and-larger-paychecks-for-contributors-how"
}
