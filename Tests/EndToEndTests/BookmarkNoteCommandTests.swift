import Foundation
import Testing

/// `parley bookmarks note` and how notes show in `parley bookmarks`, `search` and `export`.
@Suite("parley bookmarks note")
struct BookmarkNoteCommandTests {
    let sandbox: ParleySandbox
    let id = ParleySandbox.bundledID

    init() throws { sandbox = try ParleySandbox("notes") }

    @Test func aNoteIsWrittenListedSearchedAndRemoved() throws {
        defer { sandbox.remove() }
        #expect(try sandbox.run(["bookmarks", "add", id, "2", "3"]).status == 0)
        let noted = try sandbox.run(["bookmarks", "note", id, "2", "Zoë’s «point» — 要点\nsecond line"])
        #expect(noted.status == 0, "\(noted.stderr)")
        #expect(noted.stdout == "Noted \(id) #2\n")

        let listed = try sandbox.run(["bookmarks"])
        let line = try #require(listed.stdout.split(separator: "\n").first { $0.contains("  #2  ") })
        #expect(line.hasSuffix("  [note: Zoë’s «point» — 要点 second line]"))
        let json = try sandbox.run(["bookmarks", "--json"])
        let notes = try json.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["note"]
        }
        #expect(notes.compactMap { $0 as? String } == ["Zoë’s «point» — 要点\nsecond line"])
        #expect(notes.filter { $0 is NSNull }.count == 1, "a bookmark without a note has \"note\": null")

        let shown = try sandbox.run(["bookmarks", "note", id, "2"])
        #expect(shown.stdout == "Zoë’s «point» — 要点\nsecond line\n")
        let searched = try sandbox.run(["search", "note:POINT"])
        #expect(searched.status == 0)
        #expect(searched.stdout.split(separator: "\n").count == 1)
        #expect(searched.stdout.hasPrefix("\(id)  #2  "))
        #expect(try sandbox.run(["search", "in:bookmarks"]).stdout.split(separator: "\n").count == 2)

        let removed = try sandbox.run(["bookmarks", "note", id, "2", ""])
        #expect(removed.stdout == "Removed the note on \(id) #2\n")
        let none = try sandbox.run(["bookmarks", "note", id, "2"])
        #expect(none.status == 1)
        #expect(none.stderr == "parley: bookmarks note: the bookmark at \(id) #2 has no note\n")
        #expect(try sandbox.run(["search", "note:point"]).status == 1)
    }

    @Test func escapesInANoteNeverReachTheTerminal() throws {
        defer { sandbox.remove() }
        #expect(try sandbox.run(["bookmarks", "add", id, "2"]).status == 0)
        #expect(try sandbox.run(["bookmarks", "note", id, "2", "red \u{1B}[31malert\u{1B}]0;title\u{07}"]).status == 0)
        for arguments in [["bookmarks"], ["bookmarks", "note", id, "2"], ["search", "note:alert"]] {
            let result = try sandbox.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!result.stdout.contains("\u{1B}") && result.stdout.contains("^["), "\(arguments): \(result.stdout)")
        }
        let json = try sandbox.run(["bookmarks", "--json"])
        #expect(json.stdout.contains("\\u001b[31malert"))
    }

    @Test func aNoteOnNoBookmarkIsAnError() throws {
        defer { sandbox.remove() }
        let result = try sandbox.run(["bookmarks", "note", id, "5", "text"])
        #expect(result.status == 2)
        #expect(result.stderr == "parley: bookmarks note: \(id) has no bookmark at #5\nhint: `parley bookmarks` lists them with their places\n")
        #expect(!FileManager.default.fileExists(atPath: sandbox.bookmarks), "a note never creates a bookmark file")
    }

    @Test func editOpensTheEditorOnTheNote() throws {
        defer { sandbox.remove() }
        #expect(try sandbox.run(["bookmarks", "add", id, "2"]).status == 0)
        #expect(try sandbox.run(["bookmarks", "note", id, "2", "old"]).status == 0)
        // The "editor" appends a line to the file it is given, as a person would in vi.
        let editor = sandbox.scratch.path("editor.sh")
        try sandbox.scratch.write("#!/bin/sh\nprintf 'and new\\n' >> \"$1\"\n", to: "editor.sh")
        chmod(editor, 0o755)
        let edited = try sandbox.run(["bookmarks", "note", id, "2", "--edit"], environment: ["VISUAL": "", "EDITOR": editor])
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(try sandbox.run(["bookmarks", "note", id, "2"]).stdout == "oldand new\n")
        let failing = try sandbox.run(["bookmarks", "note", id, "2", "--edit"], environment: ["VISUAL": "false"])
        #expect(failing.status == 2)
        #expect(failing.stderr.hasPrefix("parley: bookmarks note: the editor (false) exited with status 1; the note was left as it was"))
    }
}
