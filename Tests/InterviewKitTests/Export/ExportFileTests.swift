import Foundation
import Testing
@testable import InterviewKit

/// Exporting into a file that exists: only what is new is appended, and nothing the user wrote
/// or changed in it is rewritten.
@Suite("Export: appending to a file")
struct ExportFileTests {
    typealias F = BookmarkFixtures

    @Test(arguments: ExportFormat.allCases)
    func anEditedFileKeepsItsEditsAndGetsOnlyTheNewQuotes(format: ExportFormat) throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let file = folder.appendingPathComponent("quotes")
        let all = ExportFixtures.entries
        let first = try ExportFile.write(Array(all.suffix(2)), format: format, to: file)
        #expect(first == ExportFile.Outcome(written: 2, alreadyThere: 0))
        // The user edits what was exported: a changed word, a line of their own at the end.
        var edited = try String(contentsOf: file, encoding: .utf8)
        edited = edited.replacingOccurrences(of: "calm", with: "CALM (my emphasis)") + "my own line, no newline"
        try Data(edited.utf8).write(to: file)

        let second = try ExportFile.write(all, format: format, to: file)
        #expect(second == ExportFile.Outcome(written: 1, alreadyThere: 2))
        let after = try String(contentsOf: file, encoding: .utf8)
        #expect(edited.contains("CALM (my emphasis)"))
        #expect(after.hasPrefix(edited), "the file as the user left it is kept byte for byte")
        let added = String(after.dropFirst(edited.count))
        #expect(added.hasPrefix("\n"), "the new quote starts on a line of its own")
        #expect(format.ids(in: after).isSuperset(of: all.map(\.id)))
        #expect(!added.contains("\"id\",\"interview\""), "no second CSV header")

        let third = try ExportFile.write(all, format: format, to: file)
        #expect(third == ExportFile.Outcome(written: 0, alreadyThere: 3))
        #expect(try String(contentsOf: file, encoding: .utf8) == after)
    }

    @Test func csvIDsAreFoundThroughQuotedCommasQuotesAndLineBreaks() {
        let text = "\"id\",\"text\"\r\n\"a-1\",\"x, \"\"y\"\"\nz\"\r\n\"b-2\",\"\"\r\nplain-3,w\n"
        #expect(CSVExport.ids(in: text) == ["a-1", "b-2", "plain-3"])
    }

    @Test func aNoteCannotPassForABlockID() throws {
        var entry = ExportFixtures.entries[0]
        entry.note = "first\n  ^parley-forged-1\n^parley-forged-2"
        let text = MarkdownExport.render([entry])
        #expect(MarkdownExport.ids(in: text) == [entry.id])
        #expect(text.contains("\n\\^parley-forged-1\n\\^parley-forged-2\n"))
    }

    @Test func markdownIDsAreTheBlockIDsOnTheirOwnLines() {
        let text = "> quote ^parley-not-alone\n\n^parley-one-1\n  ^parley-two-2  \n^other-3\n"
        #expect(MarkdownExport.ids(in: text) == ["parley-one-1", "parley-two-2"])
    }

    @Test func aFolderInPlaceOfTheFileIsRefusedInPlainWords() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        #expect(throws: ExportFailure(path: folder.path, reason: "it is a folder, not a file; nothing was written to it")) {
            try ExportFile.write(ExportFixtures.entries, format: .markdown, to: folder)
        }
    }

    @Test func aFileTooLargeToReadIsLeftAsItIs() throws {
        let folder = try F.folder()
        defer { F.remove(folder) }
        let file = folder.appendingPathComponent("huge.md")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(ExportFile.maximumSize + 1))
        try handle.close()
        #expect {
            try ExportFile.write(ExportFixtures.entries, format: .markdown, to: file)
        } throws: { error in
            (error as? ExportFailure)?.reason.contains("at most \(ExportFile.maximumSize >> 20) MB") == true
        }
        let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int
        #expect(size == ExportFile.maximumSize + 1)
    }
}
