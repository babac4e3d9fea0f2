import Foundation
import Testing

/// The exit-code contract (0 done, 1 the answer is none, 2 error) and the messages of issue 13,
/// each checked as a person or a script sees them: status, standard output, standard error.
@Suite("parley exit codes and messages")
struct ExitCodeTests {
    let sandbox: ParleySandbox

    init() throws { sandbox = try ParleySandbox("exit-codes") }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        try sandbox.run(arguments, environment: environment)
    }

    @Test func anUnknownIDIsAnInputErrorWithAHint() throws {
        defer { sandbox.remove() }
        let result = try run(["show", "nonexistent"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "parley: show: nonexistent: no interview has this id\nhint: `parley list` shows the ids\n")
    }

    @Test(arguments: zip(
        [["list"], ["show", "x"], ["check"], ["search", "perl"], ["index"], ["export"], ["bookmarks", "add", "x", "1"]],
        ["list", "show", "check", "search", "index", "export", "bookmarks add"]
    ))
    func aLibraryThatIsNotThereIsTheSameErrorForEveryCommand(arguments: [String], name: String) throws {
        defer { sandbox.remove() }
        let result = try run(arguments + ["--library", "/nonexistent-parley"])
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("parley: \(name): /nonexistent-parley: not a folder of interviews\nhint: "), "\(result.stderr)")
    }

    @Test func aBadNumberIsAUsageErrorNotAMissingValue() throws {
        defer { sandbox.remove() }
        for limit in ["-1", "0"] {
            let result = try run(["search", "perl", "--limit", limit])
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("parley: search: --limit \(limit): the number of hits must be 1 or more"), "\(result.stderr)")
        }
        let word = try run(["search", "perl", "--limit", "many"])
        #expect(word.status == 2)
        #expect(word.stderr.hasPrefix("parley: search: "))
        #expect(word.stderr.contains("hint: `parley search --help` says how to use it"))
    }

    @Test func anUnknownCommandOrOptionIsAUsageError() throws {
        defer { sandbox.remove() }
        let command = try run(["foo"])
        #expect(command.status == 2)
        #expect(command.stderr == "parley: foo: not a parley command\nhint: `parley help` lists the commands\n")
        let option = try run(["list", "--bogus"])
        #expect(option.status == 2)
        #expect(option.stderr.hasPrefix("parley: list: unknown option '--bogus'"), "\(option.stderr)")
        #expect(!option.stderr.contains("Usage: parley read"))
        let topic = try run(["help", "nosuch"])
        #expect(topic.status == 2)
        #expect(topic.stderr.hasPrefix("parley: help: nosuch: no such command or topic"))
    }

    @Test func globalOptionsComeBeforeOrAfterTheCommand() throws {
        defer { sandbox.remove() }
        let library = try Scratch("global-library")
        defer { library.remove() }
        try FileManager.default.copyItem(atPath: Built.bundledLibrary.path + "/\(ParleySandbox.bundledID).md", toPath: library.path("one.md"))
        let after = try run(["list", "--library", library.url.path])
        let before = try run(["--library", library.url.path, "list"])
        let equals = try run(["--library=\(library.url.path)", "--no-color", "list"])
        #expect(after.status == 0 && before.status == 0 && equals.status == 0, "\(before.stderr)")
        #expect(after.stdout.split(separator: "\n").count == 1)
        #expect(before.stdout == after.stdout && equals.stdout == after.stdout)
        let nested = try run(["--bookmarks", sandbox.scratch.path("mine.json"), "bookmarks", "add", ParleySandbox.bundledID, "2"])
        #expect(nested.status == 0, "\(nested.stderr)")
        #expect(FileManager.default.fileExists(atPath: sandbox.scratch.path("mine.json")))
    }

    @Test func colorIsChosenByTheOptionAndNOCOLOR() throws {
        defer { sandbox.remove() }
        // Standard output is a file here, so `auto` means no colour.
        #expect(!(try run(["list"]).stdout.contains("\u{1B}[")))
        #expect(try run(["--color=always", "list"]).stdout.contains("\u{1B}[1m"))
        #expect(try run(["list", "--color", "always"]).stdout.contains("\u{1B}[1m"))
        #expect(try run(["list", "--color", "always"], environment: ["NO_COLOR": "1"]).stdout.contains("\u{1B}[1m"),
                "an explicit --color=always wins over NO_COLOR")
        #expect(!(try run(["list", "--color", "always", "--no-color"]).stdout.contains("\u{1B}[")))
        let bad = try run(["list", "--color", "sometimes"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("parley: list: "))
    }

    @Test func versionHelpAndTopics() throws {
        defer { sandbox.remove() }
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(version.stdout)")
        let help = try run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.replacingOccurrences(of: "\n", with: " ").contains("Exit status: 0 when the command did what was asked"))
        for (topic, text) in [("exit-codes", "2 on error"), ("query", "in:bookmarks"), ("library", "counted from 1 everywhere")] {
            let result = try run(["help", topic])
            #expect(result.status == 0)
            #expect(result.stdout.replacingOccurrences(of: "\n", with: " ").contains(text), "\(topic)")
        }
        for arguments in [["help", "export"], ["--no-color", "help", "export"]] {
            let command = try run(arguments)
            #expect(command.status == 0, "\(arguments): \(command.stderr)")
            #expect(command.stdout.contains("--format"))
        }
    }

    @Test func emptyResultsAreSaidOnStandardError() throws {
        defer { sandbox.remove() }
        let notALibrary = try Scratch("etc-like")
        defer { notALibrary.remove() }
        try notALibrary.write("x=1\n", to: "settings.conf")
        let list = try run(["list", "--library", notALibrary.url.path])
        #expect(list.status == 1)
        #expect(list.stdout.isEmpty)
        #expect(list.stderr.hasPrefix("parley: list: no interviews in \(notALibrary.url.path)\nhint: "))
        let bookmarks = try run(["bookmarks"])
        #expect(bookmarks.status == 1)
        #expect(bookmarks.stderr.hasPrefix("parley: bookmarks: no bookmarks in \(sandbox.bookmarks)\nhint: "))
        let export = try run(["export"])
        #expect(export.status == 1)
        #expect(export.stderr == "parley: export: no bookmarks to export\n")
    }

    @Test func checkOnAFolderOfRawTranscriptsSaysToImportThem() throws {
        defer { sandbox.remove() }
        let raw = try Scratch("raw-txt")
        defer { raw.remove() }
        try raw.write("Q: Why?\nA: Because.\n", to: "one.txt")
        try raw.write("Q: How?\nA: Slowly.\n", to: "two.txt")
        let result = try run(["check", raw.url.path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            parley: check: \(raw.url.path): no interview files (*.md) to check
            hint: it holds 2 transcript files; `parley import \(raw.url.path) --output DIR` turns them into interview files

            """)
    }

    @Test func countsAreInTheRightNumber() throws {
        defer { sandbox.remove() }
        let library = try Scratch("plural")
        defer { library.remove() }
        try FileManager.default.copyItem(atPath: Built.bundledLibrary.path + "/\(ParleySandbox.bundledID).md", toPath: library.path("one.md"))
        let check = try run(["check", library.url.path])
        #expect(check.stdout == "1 interview checked, 0 problems\n")
        let search = try run(["search", "--timing", "--limit", "1", "python", "--library", library.url.path])
        #expect(search.stderr.hasSuffix(", 1 hit\n"), "\(search.stderr)")
    }

    @Test func importFailuresNameTheFileOnceAndNoLine() throws {
        defer { sandbox.remove() }
        let folder = try Scratch("import-messages")
        defer { folder.remove() }
        try Data([0x57, 0x00, 0x01]).write(to: URL(fileURLWithPath: folder.path("bin.dat")))
        let binary = try run(["import", folder.path("bin.dat")])
        #expect(binary.status == 2)
        #expect(binary.stderr.hasPrefix("parley: import: \(folder.path("bin.dat")): this looks like a binary file"))
        #expect(binary.stderr.components(separatedBy: "bin.dat").count == 2, "the file named once: \(binary.stderr)")
        let missing = try run(["import", "/nonexistent.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("parley: import: /nonexistent.txt: cannot be read: there is no such file\n"), "\(missing.stderr)")
        #expect(!missing.stderr.contains(":1:"))
    }

    @Test func theImportReportPrintsNoEmptyField() throws {
        defer { sandbox.remove() }
        let folder = try Scratch("import-fields")
        defer { folder.remove() }
        try folder.write("Just a paragraph of prose with no speakers at all.\n", to: "prose.txt")
        let result = try run(["import", "--dry-run", folder.path("prose.txt")])
        #expect(result.status == 0, "\(result.stderr)")
        for line in result.stderr.split(separator: "\n") {
            #expect(line.range(of: #":\s*$"#, options: .regularExpression) == nil, "an empty field: \(line)")
            #expect(!line.contains(": ;") && !line.contains(": ,"), "an empty field: \(line)")
        }
    }
}
