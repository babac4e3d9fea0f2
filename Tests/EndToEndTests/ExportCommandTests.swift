import Foundation
import Testing

/// `parley export`: to standard output or into a file that is only ever appended to.
@Suite("parley export")
struct ExportCommandTests {
    let sandbox: ParleySandbox
    let id = ParleySandbox.bundledID

    init() throws { sandbox = try ParleySandbox("export") }

    @Test func bookmarksGoIntoAVaultFileAndOnlyNewOnesAreAdded() throws {
        defer { sandbox.remove() }
        #expect(try sandbox.run(["bookmarks", "add", id, "2"]).status == 0)
        #expect(try sandbox.run(["bookmarks", "note", id, "2", "why it matters"]).status == 0)
        let file = sandbox.scratch.path("vault/Parley.md")
        try FileManager.default.createDirectory(atPath: sandbox.scratch.path("vault"), withIntermediateDirectories: true)
        let first = try sandbox.run(["export", "--format", "markdown", "--output", file])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "exported 1 answer to \(file)\n")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("### "))
        #expect(text.contains("\n> — "))
        #expect(text.contains("\n**Note:** why it matters\n"))
        #expect(text.contains("\n^parley-\(id)-"))

        try (text + "\nMy own thoughts.\n").write(toFile: file, atomically: false, encoding: .utf8)
        let again = try sandbox.run(["export", "--output", file])
        #expect(again.status == 1)
        #expect(again.stderr == "parley: export: nothing new to export: \(file) holds all 1 answer already\n")
        #expect(try sandbox.run(["bookmarks", "add", id, "3"]).status == 0)
        let more = try sandbox.run(["export", "--output", file])
        #expect(more.status == 0)
        #expect(more.stderr == "exported 1 answer to \(file) (1 answer already there, left as they were)\n")
        let after = try String(contentsOfFile: file, encoding: .utf8)
        #expect(after.hasPrefix(text + "\nMy own thoughts.\n\n### "))
    }

    @Test func aSearchExportsAsJSONLinesNumberedFromOne() throws {
        defer { sandbox.remove() }
        let result = try sandbox.run(["export", "python", "--format", "json", "--limit", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.count <= 3 * 4)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect((object["id"] as? String)?.hasPrefix("parley-") == true)
            #expect((object["exchange"] as? Int ?? 0) >= 1)
        }
        let csv = try sandbox.run(["export", "python", "--format", "csv", "--output", "-"])
        #expect(csv.stdout.hasPrefix("\"id\",\"interview\",\"title\","))
        let none = try sandbox.run(["export", "zzzqqq"])
        #expect(none.status == 1)
        #expect(none.stderr == "parley: export: nothing found for “zzzqqq”\n")
        let badFormat = try sandbox.run(["export", "--format", "docx"])
        #expect(badFormat.status == 2)
    }
}
