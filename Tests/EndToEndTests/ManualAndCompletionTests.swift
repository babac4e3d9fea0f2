import Foundation
import Testing

/// The man page and the shell completions are generated from the command definitions: they
/// must generate, name every command, and complete interview ids.
@Suite("parley man page and completions")
struct ManualAndCompletionTests {
    let sandbox: ParleySandbox
    static let commands = ["read", "list", "show", "import", "search", "index", "bookmarks", "check", "export", "config"]

    init() throws { sandbox = try ParleySandbox("manual") }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsGenerate(shell: String) throws {
        defer { sandbox.remove() }
        let result = try sandbox.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        for command in Self.commands { #expect(result.stdout.contains(command), "\(shell): \(command)") }
        #expect(result.stdout.contains("---completion show -- positional@0"), "ids are completed by parley itself")
    }

    @Test func interviewIDsAreCompleted() throws {
        defer { sandbox.remove() }
        let ids = try sandbox.run(["---completion", "show", "--", "positional@0", "2", "3", "parley", "show", "how"])
        #expect(ids.stdout.split(separator: "\n").map(String.init) == ["how-openstack-makes-python-better-and-vice-versa"])
        let library = try Scratch("complete-library")
        defer { library.remove() }
        try library.write("", to: "zeta-talk.md")
        let elsewhere = try sandbox.run(["---completion", "bookmarks", "add", "--", "positional@0", "4", "0",
                                         "parley", "bookmarks", "add", "--library", library.url.path, ""])
        #expect(elsewhere.stdout.split(separator: "\n").map(String.init) == ["zeta-talk"])
    }

    /// What the generate-manual plugin reads: the whole command tree as JSON.
    @Test func theHelpDumpForTheManualNamesEveryCommand() throws {
        defer { sandbox.remove() }
        let result = try sandbox.run(["--experimental-dump-help"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let root = try #require(object["command"] as? [String: Any])
        let names = (root["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String }
        #expect(Set(Self.commands).isSubset(of: names), "\(names)")
    }

    /// The page itself, made by the plugin's own tool (built by `swift package plugin
    /// generate-manual`, which scripts/install.sh and CI run).
    @Test(.enabled(if: Self.generateManual != nil, "generate-manual is not built: run `swift package plugin generate-manual --configuration debug`"))
    func theManPageGenerates() throws {
        defer { sandbox.remove() }
        let tool = try #require(Self.generateManual)
        let output = sandbox.scratch.path("man")
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let result = try Executable.runCapturing(tool, [sandbox.parley, "--output-directory", output])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: output + "/parley.1", encoding: .utf8)
        #expect(page.contains(".Dt PARLEY 1"))
        #expect(page.contains("Exit status: 0 when the command did what was asked"))
        for command in Self.commands { #expect(page.contains(".It Em \(command)"), "\(command)") }
    }

    /// The plugin's tool, where SwiftPM builds plugin tools.
    static var generateManual: String? {
        let build = Built.packageRoot.appendingPathComponent(".build")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []
        return folders.map { build.appendingPathComponent($0).appendingPathComponent("debug/generate-manual").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
