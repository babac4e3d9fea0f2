import Foundation
import ParleyConfig
import Testing

/// The config file on disk: where it is looked for, and files that are not config files.
@Suite("Config file on disk")
struct ConfigFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func itIsUnderTheXDGConfigFolder() {
        #expect(ConfigFile.defaultURL(environment: ["XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/ann"]).path == "/x/conf/parley/config.toml")
        #expect(ConfigFile.defaultURL(environment: ["HOME": "/home/ann"]).path == "/home/ann/.config/parley/config.toml")
        #expect(ConfigFile.defaultURL(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/ann"]).path
            == "/home/ann/.config/parley/config.toml", "a relative XDG folder is ignored, as the spec says")
    }

    @Test func noFileIsTheDefaultsAndNothingToSay() {
        let loaded = ConfigFile.load(from: folder.appendingPathComponent("config.toml"))
        #expect(!loaded.exists)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.configuration == .defaults)
    }

    @Test func problemsNameTheFileAndLine() throws {
        let url = folder.appendingPathComponent("config.toml")
        try Data("color = \"never\"\nreading-width = true\n".utf8).write(to: url)
        let loaded = ConfigFile.load(from: url)
        #expect(loaded.configuration.color == .never)
        #expect(loaded.problems.count == 1)
        #expect(loaded.problems.first?.hasPrefix(url.path + ":2: reading-width: expected a number of columns") == true)
    }

    @Test func aHugeFileIsNotRead() throws {
        let url = folder.appendingPathComponent("config.toml")
        let line = Data("# padding padding padding padding padding padding padding\n".utf8)
        var data = Data("color = \"never\"\n".utf8)
        while data.count <= ConfigFile.sizeLimit { data += line }
        try data.write(to: url)
        let loaded = ConfigFile.load(from: url)
        #expect(loaded.configuration == .defaults)
        #expect(loaded.problems == ["\(url.path): not read: it is just over 1 MB, and a config file is at most 1 MB; the defaults are used"])
    }

    /// A FIFO would block a plain read forever: it is refused without waiting.
    @Test func aFIFOInItsPlaceIsReportedWithoutWaiting() throws {
        let url = folder.appendingPathComponent("config.toml")
        #expect(mkfifo(url.path, 0o600) == 0)
        let loaded = ConfigFile.load(from: url)
        #expect(loaded.configuration == .defaults)
        #expect(loaded.problems == ["\(url.path): not read: it is not a regular file; the defaults are used"])
    }

    @Test func aFolderInItsPlaceIsReported() throws {
        let url = folder.appendingPathComponent("config.toml")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let loaded = ConfigFile.load(from: url)
        #expect(loaded.configuration == .defaults)
        #expect(loaded.problems == ["\(url.path): not read: it is a folder, not a file; the defaults are used"])
    }
}
