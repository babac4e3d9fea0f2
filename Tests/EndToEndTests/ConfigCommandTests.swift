import Foundation
import ParleyConfig
import Testing

/// The config file as the `parley` binary uses it: `parley config`, problems on stderr with
/// FILE:LINE, and the settings reaching the commands, under the command-line options.
@Suite("parley config")
struct ConfigCommandTests {
    let parley: String
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("parley-config-e2e-\(UUID().uuidString)")
    var configURL: URL { home.appendingPathComponent("config/parley/config.toml") }

    init() throws {
        parley = try #require(Built.parley, "the parley binary is not built next to the tests")
        try FileManager.default.createDirectory(at: configURL.deletingLastPathComponent(), withIntermediateDirectories: true)
    }

    /// Runs parley with its own config, data and cache folders, and no `PARLEY_LIBRARY`.
    func run(_ arguments: [String], config: String? = nil, environment extra: [String: String] = [:]) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        if let config { try Data(config.utf8).write(to: configURL) }
        var environment = ProcessInfo.processInfo.environment
        environment["PARLEY_LIBRARY"] = nil
        environment["HOME"] = home.path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["XDG_CACHE_HOME"] = home.appendingPathComponent("cache").path
        environment.merge(extra) { $1 }
        return try Executable.runCapturing(parley, arguments, environment: environment)
    }

    @Test func theDefaultTemplateReadsBackAsTheDefaults() throws {
        let result = try run(["config", "--default"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let (configuration, problems) = ConfigParser.parse(result.stdout)
        #expect(problems.isEmpty)
        #expect(configuration == .defaults)
        #expect(result.stdout == ConfigWriter.render(.defaults, as: .template))
    }

    @Test func withoutAFileTheDefaultsAreInEffect() throws {
        let result = try run(["config"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("(there is no config file)"))
        #expect(ConfigParser.parse(result.stdout).configuration == .defaults)
    }

    @Test func theEffectiveConfigurationIsTheFileOverTheDefaults() throws {
        let result = try run(["config"], config: "theme = \"high-contrast\"\n[keys.reading]\nquit = [\"x\", \"<c-q>\"]\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("with \(configURL.path) laid over them"))
        #expect(result.stdout.contains("theme = \"high-contrast\""))
        #expect(result.stdout.contains("quit = [\"x\", \"<c-q>\"]"))
        let (configuration, problems) = ConfigParser.parse(result.stdout)
        #expect(problems.isEmpty)
        #expect(configuration == ConfigParser.parse("theme = \"high-contrast\"\n[keys.reading]\nquit = [\"x\", \"<c-q>\"]\n").configuration)
    }

    @Test func problemsGoToStderrAsFileAndLineAndTheRestApplies() throws {
        let result = try run(["config"], config: "color = \"never\"\nreading-width = \"wide\"\n[keys.reading]\nmvoe-down = \"x\"\n")
        #expect(result.status == 2, "a config with problems fails the check, after printing")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("parley: \(configURL.path):2: reading-width: expected a number of columns") == true)
        #expect(lines.last?.hasPrefix("parley: \(configURL.path):4: keys.reading.mvoe-down: unknown action") == true)
        #expect(result.stdout.contains("color = \"never\""))
        #expect(result.stdout.contains("reading-width = 88"))
    }

    @Test func otherCommandsWarnOnceAndGoOn() throws {
        let library = Built.bundledLibrary.path
        let result = try run(["list"], config: "library = \"\(library)\"\nbogus = 1\n")
        #expect(result.status == 0)
        #expect(result.stderr == "parley: \(configURL.path):2: bogus: unknown setting \"bogus\" (the settings: library, bookmarks, reading-width, color, theme, colors, keys); ignored\n")
        #expect(result.stdout.split(separator: "\n").count == 5, "the configured library is listed")
    }

    @Test func theOptionAndTheEnvironmentWinOverTheConfiguredLibrary() throws {
        let empty = home.appendingPathComponent("empty-library")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let config = "library = \"\(empty.path)\"\n"
        #expect(try run(["list"], config: config).stdout.isEmpty, "the configured (empty) library is used")
        let bundled = Built.bundledLibrary.path
        #expect(try run(["list", "--library", bundled], config: config).stdout.split(separator: "\n").count == 5)
        #expect(try run(["list"], config: config, environment: ["PARLEY_LIBRARY": bundled]).stdout.split(separator: "\n").count == 5)
    }

    @Test func theConfiguredBookmarksFileIsUsedUnlessAnotherIsGiven() throws {
        let configured = home.appendingPathComponent("notes/marks.json")
        try FileManager.default.createDirectory(at: configured.deletingLastPathComponent(), withIntermediateDirectories: true)
        let config = "library = \"\(Built.bundledLibrary.path)\"\nbookmarks = \"~/notes/marks.json\"\n"
        let id = try #require(try run(["list", "--json"], config: config).stdout.split(separator: "\n").first.flatMap {
            (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
        })
        let added = try run(["bookmarks", "add", id, "1"], config: config)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(FileManager.default.fileExists(atPath: configured.path), "~ is the home folder")
        let other = home.appendingPathComponent("other.json").path
        #expect(try run(["bookmarks", "--bookmarks", other], config: config).stdout.isEmpty)
        #expect(try run(["bookmarks"], config: config).stdout.contains(id))
    }
}
