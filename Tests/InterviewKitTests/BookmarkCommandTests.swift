import Foundation
import Testing
@testable import InterviewKit

/// `parley bookmarks` run as separate processes: the only honest way to show that two Parleys
/// sharing one bookmark file do not lose each other's bookmarks.
@Suite(.enabled(if: ParleyBinary.url != nil, "the parley executable is not built: run `swift build` first (or set PARLEY_BINARY)"))
struct BookmarkCommandTests {
    typealias F = BookmarkFixtures

    /// A library folder holding `interviews`, in a fresh folder that also gets the bookmark file.
    private func setUp(_ interviews: [Interview]) throws -> (root: URL, library: URL, bookmarks: URL) {
        let root = try F.folder()
        let library = root.appendingPathComponent("library", isDirectory: true)
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        for interview in interviews {
            try Data(InterviewFormat.write(interview).utf8).write(to: library.appendingPathComponent("\(interview.id).md"))
        }
        return (root, library, root.appendingPathComponent("bookmarks.json"))
    }

    @Test func twoProcessesTogglingAtOnceLoseNothing() throws {
        let count = 200
        let many = F.interview(id: "many", (1...count).map { ("Question number \($0)?", "Answer number \($0).") })
        let (root, library, bookmarks) = try setUp([many])
        defer { F.remove(root) }
        let common = ["--library", library.path, "--bookmarks", bookmarks.path]
        // Each process adds its own 100 answers one save at a time, then removes half of them,
        // while the other does the same with the other half of the interview.
        // With `sh -c SCRIPT NAME`, NAME is $0: the script calls parley as "$0".
        func script(_ numbers: [Int]) -> [String] {
            let removed = numbers.enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element)
            let add = (numbers.map(String.init) + common).joined(separator: " ")
            let remove = (removed.map(String.init) + common).joined(separator: " ")
            return ["-c", "\"$0\" bookmarks add many \(add) && \"$0\" bookmarks remove many \(remove)", ParleyBinary.url!.path]
        }
        let odd = Array(stride(from: 1, through: count, by: 2)), even = Array(stride(from: 2, through: count, by: 2))
        let runs = try ParleyBinary.runAll(URL(fileURLWithPath: "/bin/sh"), [script(odd), script(even)], in: root)
        for run in runs {
            #expect(run.status == 0, "parley failed: \(run.errors)")
        }
        let kept = odd.enumerated().filter { !$0.offset.isMultiple(of: 2) }.map(\.element)
            + even.enumerated().filter { !$0.offset.isMultiple(of: 2) }.map(\.element)
        let saved = BookmarkStore(url: bookmarks)
        #expect(saved.notices.isEmpty)
        #expect(Set(saved.bookmarks.map { $0.exchangeIndex + 1 }) == Set(kept))
        #expect(saved.bookmarks.count == count / 2)
        #expect(try F.names(in: root) == ["bookmarks.json", "bookmarks.json.lock", "library"])
    }

    @Test func listsNewestFirstAndMarksOrphans() throws {
        let kept = F.interview(id: "kept-talk", F.pairs)
        let doomed = F.interview(id: "doomed-talk", [("Will this survive?", "This answer outlives its file.")])
        let (root, library, bookmarks) = try setUp([kept, doomed])
        defer { F.remove(root) }
        let common = ["--library", library.path, "--bookmarks", bookmarks.path]
        #expect(try ParleyBinary.run(["bookmarks", "add", "doomed-talk", "1"] + common, in: root).status == 0)
        #expect(try ParleyBinary.run(["bookmarks", "add", "kept-talk", "3"] + common, in: root).status == 0)
        try FileManager.default.removeItem(at: library.appendingPathComponent("doomed-talk.md"))

        let text = try ParleyBinary.run(["bookmarks"] + common, in: root)
        #expect(text.status == 0)
        let lines = text.output.split(separator: "\n").map(String.init)
        #expect(lines == [
            "kept-talk    #3  Guest Speaker  Search that understands who said what.",
            "doomed-talk  #1  Guest Speaker  [orphaned] This answer outlives its file.",
        ])

        let json = try ParleyBinary.run(["bookmarks", "--json"] + common, in: root)
        let objects = try json.output.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.map { $0?["interview"] as? String } == ["kept-talk", "doomed-talk"])
        #expect(objects.map { $0?["orphaned"] as? Bool } == [false, true])
        #expect(objects.map { $0?["exchange"] as? Int } == [3, 1])
    }

    @Test func removeFindsOrphansByTheirListedPlace() throws {
        let talk = F.interview(id: "talk", F.pairs)
        let (root, library, bookmarks) = try setUp([talk])
        defer { F.remove(root) }
        let common = ["--library", library.path, "--bookmarks", bookmarks.path]
        #expect(try ParleyBinary.run(["bookmarks", "add", "talk", "2", "4"] + common, in: root).status == 0)
        try FileManager.default.removeItem(at: library.appendingPathComponent("talk.md"))
        let removed = try ParleyBinary.run(["bookmarks", "remove", "talk", "2"] + common, in: root)
        #expect(removed.status == 0, "\(removed.errors)")
        #expect(BookmarkStore(url: bookmarks).bookmarks.map(\.exchangeIndex) == [3])
        let nothing = try ParleyBinary.run(["bookmarks", "remove", "talk", "3"] + common, in: root)
        #expect(nothing.status != 0)
        #expect(nothing.errors.contains("no bookmark at #3"))
    }

    @Test func addRejectsAnAnswerThatDoesNotExist() throws {
        let (root, library, bookmarks) = try setUp([F.interview(id: "talk", F.pairs)])
        defer { F.remove(root) }
        let run = try ParleyBinary.run(
            ["bookmarks", "add", "talk", "9", "--library", library.path, "--bookmarks", bookmarks.path], in: root)
        #expect(run.status != 0)
        #expect(run.errors.contains("talk has no answer #9"))
        #expect(!FileManager.default.fileExists(atPath: bookmarks.path))
    }
}
