import Foundation
import Testing

/// Output that a file could forge: a title or a name that prints a line of its own, a file name
/// that carries escape sequences, JSON with raw C1 controls or line separators, text that reads
/// backwards. Every string from a file reaches the output through one sanitiser.
@Suite("forged output")
struct ForgedOutputTests {
    let parley: String

    init() throws {
        parley = try #require(Built.parley, "the parley binary is not built next to the tests")
    }

    /// A valid interview whose title holds U+2028 and a made-up second `list` line, a speaker
    /// name with a newline and NEL, and text with bidi overrides, isolates, zero-width and tag
    /// characters, a C1 CSI and DEL.
    static let forgingInterview = """
        ---
        id: real-talk
        title: "Real talk\\Lfake-admin  2020  99 questions  Trusted \\u202Eevil\\u2066"
        speakers:
        - id: guest
          name: "Guest\\nfake-line\\Nnel"
          role: interviewee
        - id: host
          name: Host
          role: interviewer
        ---

        ## Which word \u{2028}fake hit?

        Marker word \u{202E}reversed\u{2069} and hid\u{200B}den and tag\u{E0041} and \u{9B}31m and del\u{7F} and \u{2029}para.

        """

    /// Scalars that must never reach text output raw.
    static let forbidden: Set<UInt32> = [
        0x1B, 0x07, 0x7F, 0x85, 0x9B, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
        0x2066, 0x2067, 0x2068, 0x2069, 0x200B, 0xE0041,
    ]

    static func forbiddenScalars(in text: String) -> [String] {
        text.unicodeScalars.filter { forbidden.contains($0.value) }.map { "U+" + String($0.value, radix: 16) }
    }

    func run(_ arguments: [String], in scratch: Scratch) throws -> (status: Int32, stdout: String, stderr: String) {
        try Executable.runCapturing(parley, arguments, environment: parleyEnvironment(
            library: scratch.path("lib"), cache: scratch.path("cache"), data: scratch.path("data")))
    }

    func forgingLibrary() throws -> Scratch {
        let scratch = try Scratch("forged")
        try FileManager.default.createDirectory(atPath: scratch.path("lib"), withIntermediateDirectories: true)
        try scratch.write(Self.forgingInterview, to: "lib/real-talk.md")
        try scratch.write(generatedInterview(id: "plain", token: "marker", exchanges: 1), to: "lib/plain.md")
        return scratch
    }

    @Test func aTitleOrNameCannotPrintALineOfItsOwn() throws {
        let scratch = try forgingLibrary()
        defer { scratch.remove() }
        let list = try run(["list"], in: scratch)
        #expect(list.status == 0, "\(list.stderr)")
        let lines = list.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 2, "one line per interview: \(lines)")
        #expect(!lines.contains { $0.hasPrefix("fake-admin") })
        #expect(list.stdout.contains("Real talk<U+2028>fake-admin"))
        let search = try run(["search", "marker"], in: scratch)
        #expect(search.status == 0, "\(search.stderr)")
        let hits = search.stdout.split(separator: "\n")
        #expect(hits.count >= 2, "one line per hit: \(hits)")
        #expect(hits.allSatisfy { $0.hasPrefix("real-talk  #") || $0.hasPrefix("plain  #") }, "\(hits)")
        let show = try run(["show", "real-talk"], in: scratch)
        #expect(show.stdout.split(separator: "\n").first?.hasPrefix("Real talk<U+2028>fake-admin") == true)
        #expect(show.stdout.contains("Guest^Jfake-line<U+0085>nel"))
        for (name, result) in [("list", list), ("search", search), ("show", show)] {
            #expect(Self.forbiddenScalars(in: result.stdout) == [], "\(name) stdout")
            #expect(Self.forbiddenScalars(in: result.stderr) == [], "\(name) stderr")
        }
        // `check` says what is wrong with the title instead of passing it.
        let check = try run(["check", scratch.path("lib")], in: scratch)
        #expect(check.status == 1)
        #expect(check.stderr.contains("real-talk.md: title must be one non-empty line"), "\(check.stderr)")
        #expect(Self.forbiddenScalars(in: check.stderr) == [])
    }

    @Test func jsonEscapesEveryUnsafeScalar() throws {
        let scratch = try forgingLibrary()
        defer { scratch.remove() }
        for arguments in [["list", "--json"], ["show", "real-talk", "--json"], ["search", "marker", "--json"]] {
            let result = try run(arguments, in: scratch)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(Self.forbiddenScalars(in: result.stdout) == [], "\(arguments)")
            for line in result.stdout.split(separator: "\n") {
                #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "\(arguments): not JSON: \(line)")
            }
        }
        // Escaped, not dropped: the title decodes to what the file holds.
        let list = try run(["list", "--json"], in: scratch).stdout
        #expect(list.contains("\\u2028"))
        let objects = try list.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let title = objects.compactMap { $0?["title"] as? String }.first { $0.hasPrefix("Real talk") }
        #expect(title == "Real talk\u{2028}fake-admin  2020  99 questions  Trusted \u{202E}evil\u{2066}")
        let show = try run(["show", "real-talk", "--json"], in: scratch).stdout
        for escape in ["\\u009b", "\\u007f", "\\u2029", "\\u202e", "\\u200b", "\\udb40\\udc41"] {
            #expect(show.contains(escape), "\(escape) in \(show)")
        }
    }

    /// A bookmark keeps the speaker name and an excerpt as they were: the listing must be as
    /// safe as the library's own output.
    @Test func bookmarkListingsAreOneLineEachAndEscaped() throws {
        let scratch = try forgingLibrary()
        defer { scratch.remove() }
        let added = try run(["bookmarks", "add", "real-talk", "1"], in: scratch)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(Self.forbiddenScalars(in: added.stdout) == [])
        let text = try run(["bookmarks"], in: scratch)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.split(separator: "\n").count == 1, "\(text.stdout)")
        #expect(text.stdout.contains("Guest^Jfake-line<U+0085>nel"))
        #expect(Self.forbiddenScalars(in: text.stdout) == [])
        let json = try run(["bookmarks", "--json"], in: scratch)
        #expect(Self.forbiddenScalars(in: json.stdout) == [])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["speaker"] as? String == "Guest\nfake-line\u{85}nel")
    }

    @Test func fileNamesWithEscapeSequencesAreShownNotObeyed() throws {
        let scratch = try forgingLibrary()
        defer { scratch.remove() }
        let hostileName = "evil\u{1B}]0;pwned\u{07}\u{1B}[2J\u{2028}x"
        try scratch.write("not an interview\n", to: "lib/\(hostileName).md")
        try scratch.write("**Ann Lee:** How are you?\n\n**Bo Yu:** Fine, thanks.\n", to: "\(hostileName).txt")
        let outputs = [
            try run(["check", scratch.path("lib")], in: scratch),
            try run(["list"], in: scratch),
            try run(["import", scratch.path("\(hostileName).txt")], in: scratch),
            try run(["import", "--output", scratch.path("out"), scratch.path("\(hostileName).txt")], in: scratch),
            try run(["import", "--output", scratch.path("lib/\(hostileName).md"), scratch.path("\(hostileName).txt")], in: scratch),
        ]
        for result in outputs {
            #expect(result.stderr.contains("evil^[]0;pwned^G^[[2J<U+2028>x"), "\(result.stderr)")
            #expect(Self.forbiddenScalars(in: result.stderr) == [], "\(result.stderr)")
        }
    }

    @Test func importOutputErrorsSayWhatToDo() throws {
        let scratch = try Scratch("import-output")
        defer { scratch.remove() }
        try scratch.write("**Ann Lee:** How are you?\n\n**Bo Yu:** Fine, thanks.\n", to: "talk.txt")
        try scratch.write("a file\n", to: "existing")
        let onAFile = try Executable.runCapturing(parley, ["import", "--output", scratch.path("existing"), scratch.path("talk.txt")])
        #expect(onAFile.status != 0)
        #expect(onAFile.stderr.contains("existing is a file, not a folder"), "\(onAFile.stderr)")
        #expect(!onAFile.stderr.contains("NSCocoaErrorDomain"))
        #expect(try String(contentsOfFile: scratch.path("existing"), encoding: .utf8) == "a file\n")

        let deep = scratch.path("missing/deep/dir")
        let tooDeep = try Executable.runCapturing(parley, ["import", "--output", deep, scratch.path("talk.txt")])
        #expect(tooDeep.status != 0)
        #expect(tooDeep.stderr.contains("\(scratch.path("missing/deep")) does not exist"), "\(tooDeep.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("missing")), "nothing created")

        let fresh = scratch.path("new")
        let created = try Executable.runCapturing(parley, ["import", "--output", fresh, scratch.path("talk.txt")])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.contains("created the folder \(fresh)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fresh).count == 1)

        // A folder is read for the transcript files in it; one without any is an error.
        let folderInput = try Executable.runCapturing(parley, ["import", "--dry-run", scratch.path("new")])
        #expect(folderInput.status == 0, "\(folderInput.stderr)")
        #expect(folderInput.stderr.contains("import: 1 file, 1 interview read (dry run, nothing written)"), "\(folderInput.stderr)")
        try FileManager.default.createDirectory(atPath: scratch.path("empty"), withIntermediateDirectories: true)
        let emptyFolder = try Executable.runCapturing(parley, ["import", scratch.path("empty")])
        #expect(emptyFolder.status == 2)
        #expect(emptyFolder.stderr.contains("empty: no transcript files"), "\(emptyFolder.stderr)")
    }

    @Test func aFolderInPlaceOfTheBookmarkFileIsAnError() throws {
        let scratch = try forgingLibrary()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.path("data/parley/bookmarks.json"), withIntermediateDirectories: true)
        let result = try run(["bookmarks"], in: scratch)
        #expect(result.status != 0)
        #expect(result.stderr.contains("it is a folder, not a file"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }
}
