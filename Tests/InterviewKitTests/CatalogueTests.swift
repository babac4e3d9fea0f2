import Foundation
import GRDB
import Testing
@testable import InterviewKit

/// The catalogue must answer exactly what parsing the whole library answers, whatever happened
/// to the files or to the catalogue since the last command. Each test changes something, then
/// compares every answer with `Library.load` of the same folder.
@Suite("Catalogue: list, show and check without parsing the library")
struct CatalogueTests {
    let fixture: SearchFixture

    init() throws { fixture = try SearchFixture() }

    var folder: URL { fixture.library.url }

    /// A catalogue of the fixture's library, refreshed. `racyWindow` 0 trusts every stamp, so
    /// what a test sees is what the stamp alone decides.
    func catalogue(racyWindow: Int64 = 0) throws -> Catalogue {
        let catalogue = try Catalogue.open(libraryFolder: folder, cacheDirectory: fixture.cache.url)
        catalogue.racyWindow = racyWindow
        try catalogue.refresh()
        return catalogue
    }

    var catalogueFile: URL { Catalogue.location(for: folder, in: fixture.cache.url) }

    /// Every answer of `catalogue` equals what `Library.load` makes of the folder now.
    func expectMatchesLibrary(_ catalogue: Catalogue, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let library = try Library.load(from: folder)
        var listed: [InterviewSummary] = []
        try catalogue.forEachInterview { listed.append($0) }
        #expect(listed == library.interviews.map(InterviewSummary.init), sourceLocation: sourceLocation)
        #expect(try catalogue.problems() == library.problems, sourceLocation: sourceLocation)
        for interview in library.interviews {
            #expect(try catalogue.interview(id: interview.id) == interview, sourceLocation: sourceLocation)
        }
    }

    @Test func severalInterviewsAreReadByIDAsTheLibraryHoldsThem() throws {
        let catalogue = try catalogue()
        try fixture.write(retitled(SearchFixture.garden, "Gardening, changed after the check"))
        let found = try catalogue.interviews(ids: ["garden", "compilers", "nowhere"])
        #expect(found == ["garden": retitled(SearchFixture.garden, "Gardening, changed after the check"), "compilers": SearchFixture.compilers])
        // A file that no longer holds its id after the check: the catalogue looks again.
        var moved = SearchFixture.compilers
        moved.id = "compilers-renamed"
        try fixture.write(moved, name: "compilers.md")
        try fixture.write(SearchFixture.compilers, name: "zz-compilers.md")
        #expect(try catalogue.interviews(ids: ["compilers"]) == ["compilers": SearchFixture.compilers])
    }

    func write(_ text: String, to name: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
    }

    func retitled(_ interview: Interview, _ title: String) -> Interview {
        var copy = interview
        copy.title = title
        return copy
    }

    @Test func listsWhatTheLibraryHoldsAndASecondRefreshReadsNothing() throws {
        let catalogue = try catalogue()
        try expectMatchesLibrary(catalogue)
        let again = try catalogue.refresh()
        #expect(again.sameFolder)
        #expect(!again.readFiles)
        #expect(catalogue.notices.isEmpty)
        #expect(!catalogue.isInMemory)
    }

    @Test func theListCarriesTheFrontMattersTags() throws {
        var tagged = SearchFixture.garden
        tagged.tags = ["soil", "été"]
        try fixture.write(tagged)
        let catalogue = try catalogue()
        var listed: [InterviewSummary] = []
        try catalogue.forEachInterview { listed.append($0) }
        #expect(listed.first { $0.id == "garden" }?.tags == ["soil", "été"])
        try expectMatchesLibrary(catalogue)
    }

    @Test func anAddedRemovedOrRenamedFileIsSeen() throws {
        let catalogue = try catalogue()
        try fixture.write(retitled(SearchFixture.garden, "Gardening Notes, again"), name: "another-garden.md")
        var update = try catalogue.refresh()
        #expect(update.added == 1)
        try expectMatchesLibrary(catalogue)  // a duplicate id: the first file by name is listed

        try FileManager.default.removeItem(at: folder.appendingPathComponent("garden.md"))
        update = try catalogue.refresh()
        #expect(update.removed == 1)
        try expectMatchesLibrary(catalogue)
        #expect(try catalogue.interview(id: "garden")?.title == "Gardening Notes, again")

        try FileManager.default.moveItem(at: folder.appendingPathComponent("compilers.md"), to: folder.appendingPathComponent("zz-compilers.md"))
        try catalogue.refresh()
        try expectMatchesLibrary(catalogue)
        #expect(try catalogue.interview(id: "compilers") == SearchFixture.compilers)
    }

    /// Three files of one id around unreadable ones: the list keeps the first by name, and the
    /// problems (unreadable files and later duplicates, found by separate queries) come in
    /// file-name order, each duplicate naming the first file.
    @Test func duplicatesAndUnreadableFilesAreReportedInFileOrder() throws {
        let catalogue = try catalogue()
        try fixture.write(retitled(SearchFixture.garden, "First by name"), name: "a-garden.md")
        try fixture.write(retitled(SearchFixture.garden, "Last by name"), name: "zz-garden.md")
        try write("no front matter here", to: "b-broken.md")
        try write("---\nid: [unclosed\n---\n", to: "zzz-broken.md")
        try catalogue.refresh()
        try expectMatchesLibrary(catalogue)
        let problems = try catalogue.problems().map { URL(fileURLWithPath: $0.file).lastPathComponent }
        #expect(problems == ["b-broken.md", "garden.md", "zz-garden.md", "zzz-broken.md"])
        var titles: [String] = []
        try catalogue.forEachInterview { if $0.id == "garden" { titles.append($0.title) } }
        #expect(titles == ["First by name"])
    }

    @Test func aChangedFileIsNeverListedAsItWas() throws {
        let catalogue = try catalogue()
        try fixture.write(retitled(SearchFixture.compilers, "Talking about Parsers"))
        let update = try catalogue.refresh()
        #expect(update.changed == 1 && !update.sameFolder)
        try expectMatchesLibrary(catalogue)
    }

    /// Same size, and the modification time put back to the nanosecond (as `touch -r` or
    /// `rsync -t` do): only the status-change time, which nobody can set, tells.
    @Test func aChangeOfTheSameSizeWithItsTimePutBackIsSeen() throws {
        let catalogue = try catalogue()
        let file = folder.appendingPathComponent("compilers.md")
        var before = stat()
        #expect(stat(file.path, &before) == 0)
        // Written in place (same inode), as an editor that keeps the file does.
        try write(InterviewFormat.write(retitled(SearchFixture.compilers, "Talking about Compilerz")), to: "compilers.md")
        #expect(FileStamp(try #require(statOf(file))).inode == FileStamp(before).inode)
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
        #expect(FileStamp(try #require(statOf(file))).modified == FileStamp(before).modified)
        #expect(FileStamp(try #require(statOf(file))).size == FileStamp(before).size)

        try catalogue.refresh()
        try expectMatchesLibrary(catalogue)
        var titles: [String] = []
        try catalogue.forEachInterview { titles.append($0.title) }
        #expect(titles.contains("Talking about Compilerz"))
    }

    func statOf(_ url: URL) -> stat? {
        var info = stat()
        return stat(url.path, &info) == 0 ? info : nil
    }

    /// A file system whose times did not move at all for a second write (it came in the same
    /// clock tick as the catalogue's reading): the stamp was racy when read, so the next check
    /// reads the file again rather than trusting it.
    @Test func aFileReadWithinTheRacyWindowIsReadAgainEvenIfNoTimeMoves() throws {
        let frozen = try FolderScan.scan(folder)
        let catalogue = try Catalogue.open(libraryFolder: folder, cacheDirectory: fixture.cache.url)
        catalogue.scanner = { _ in frozen }
        try catalogue.refresh()  // the files were written just now: racy
        try fixture.write(retitled(SearchFixture.garden, "Gardening Notez"))
        let update = try catalogue.refresh()
        #expect(update.sameFolder, "the scan saw the same stamps")
        #expect(update.changed == 1)
        var titles: [String] = []
        try catalogue.forEachInterview { titles.append($0.title) }
        #expect(titles.contains("Gardening Notez"))
    }

    @Test func aRacyFileIsTrustedOnceReadAgainAfterTheWindow() throws {
        let catalogue = try catalogue(racyWindow: 3_600_000_000_000)
        #expect(try catalogue.refresh().confirmed == 2, "both files are racy for an hour: read again")
        catalogue.racyWindow = 0
        #expect(try catalogue.refresh().confirmed == 2, "read once more, now outside the window")
        #expect(!(try catalogue.refresh().readFiles))
    }

    /// Another process writes the catalogue while this one refreshes it: this one cannot tell
    /// whose rows are newer, so it leaves no digest, and its next check compares every row.
    @Test func aRefreshThatAnotherProcessOvertookLeavesNoDigest() throws {
        let first = try catalogue()
        let other = try catalogue()
        first.scanner = { folder in
            let scan = try FolderScan.scan(folder)
            try fixture.write(retitled(SearchFixture.garden, "Gardening, by the other process"))
            try other.refresh()
            return scan
        }
        try fixture.write(retitled(SearchFixture.compilers, "Compilers, changed first"))
        try first.refresh()
        // Its rows may be older than the other's, so no digest may vouch for them.
        let queue = try DatabaseQueue(path: catalogueFile.path)
        #expect(try queue.read { db in try CatalogueStore.digest(db) } == nil)
        try queue.close()
        first.scanner = { try FolderScan.scan($0) }
        let next = try first.refresh()
        #expect(!next.sameFolder)
        try expectMatchesLibrary(first)
    }

    @Test func malformedAndUnreadableFilesAreReportedAsTheLibraryReportsThem() throws {
        try write("---\nid: broken\ntitle: T\ndate: someday\n---\n", to: "broken.md")
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE]).write(to: folder.appendingPathComponent("latin.md"))
        let catalogue = try catalogue()
        #expect(try catalogue.problems().count == 2)
        try expectMatchesLibrary(catalogue)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("broken.md"))
        try catalogue.refresh()
        try expectMatchesLibrary(catalogue)
    }

    @Test func fileNamesAreOrderedAsTheLibraryOrdersThem() throws {
        // é written precomposed and decomposed, digits, capitals, CJK.
        for (index, name) in ["\u{E9}t\u{E9}", "e\u{301}a", "Zed", "zed", "10", "9", "日本"].enumerated() {
            var interview = retitled(SearchFixture.garden, "Garden \(index)")
            interview.id = "garden-\(index)"
            try fixture.write(interview, name: name + ".md")
        }
        try expectMatchesLibrary(try catalogue())
    }

    @Test func checkKeepsEachFilesFindingsUntilItChanges() throws {
        // Reads, but breaks a rule of the model.
        var invalid = SearchFixture.compilers
        invalid.speakers[0].name = "Iris **Asker**"
        try fixture.write(invalid)
        try write(InterviewFormat.write(SearchFixture.garden) + "\n\n", to: "garden.md")
        let catalogue = try catalogue()
        let check = try catalogue.check()
        #expect(check.interviews == 2)
        let compilers = folder.appendingPathComponent("compilers.md").path
        #expect(check.problems == [LibraryProblem(file: compilers, line: 1, kind: .invalid("speaker name `Iris **Asker**` must be one line without `**` or `:**`"))])
        #expect(check.notCanonical == [folder.appendingPathComponent("garden.md").path])

        try fixture.write(SearchFixture.compilers)
        try fixture.write(SearchFixture.garden)
        try catalogue.refresh()
        #expect(try catalogue.check() == CatalogueCheck(interviews: 2, problems: []))
    }

    @Test func aDamagedCatalogueIsRebuiltWithANotice() throws {
        _ = try catalogue()
        try Data(repeating: 0x41, count: 8192).write(to: catalogueFile)
        try fixture.write(retitled(SearchFixture.garden, "Gardening, damaged"))
        let catalogue = try catalogue()
        #expect(catalogue.notices.count == 1)
        #expect(catalogue.notices.first?.contains("damaged") == true)
        #expect(!catalogue.isInMemory)
        try expectMatchesLibrary(catalogue)
    }

    @Test func aCatalogueMissingBetweenCommandsIsBuiltAgain() throws {
        _ = try catalogue()
        try FileManager.default.removeItem(at: catalogueFile)
        try fixture.write(retitled(SearchFixture.garden, "Gardening, again"))
        let catalogue = try catalogue()
        #expect(try catalogue.refresh().sameFolder)
        try expectMatchesLibrary(catalogue)
    }

    @Test func aCatalogueOfAnotherVersionIsRebuilt() throws {
        _ = try catalogue()
        let queue = try DatabaseQueue(path: catalogueFile.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE entry SET title = 'stale'; PRAGMA user_version = \(CatalogueSchema.version + 1)")
        }
        try queue.close()
        let catalogue = try catalogue()
        #expect(catalogue.notices.first?.contains("another version") == true)
        try expectMatchesLibrary(catalogue)
    }

    /// The catalogue's rows changed behind its back (another program, a bug): damage found
    /// while reading them is repaired; a stored problem that cannot be decoded counts as such.
    @Test func aStoredRowThatCannotBeReadRebuildsTheCatalogue() throws {
        try write("---\nid: broken\n", to: "broken.md")
        _ = try catalogue()
        let queue = try DatabaseQueue(path: catalogueFile.path)
        try queue.write { db in try db.execute(sql: "UPDATE entry SET problem = 'not json' WHERE problem IS NOT NULL") }
        try queue.close()
        let catalogue = try catalogue()
        try expectMatchesLibrary(catalogue)
        #expect(catalogue.notices.count == 1)
    }

    @Test func aCacheThatCannotBeWrittenFallsBackToReadingTheFiles() throws {
        // A file where the cache folder should be: nothing can be created in it, even by root.
        let blocked = fixture.cache.url.appendingPathComponent("blocked")
        try Data("x".utf8).write(to: blocked)
        let catalogue = try Catalogue.open(libraryFolder: folder, cacheDirectory: blocked)
        catalogue.racyWindow = 0
        try catalogue.refresh()
        #expect(catalogue.isInMemory)
        #expect(catalogue.notices.first?.contains("cannot keep the catalogue") == true)
        try expectMatchesLibrary(catalogue)
    }

    /// An immutable file (`chattr +i`) cannot be written even by root: the catalogue in it,
    /// made before a file changed, must not be answered from.
    @Test(.enabled(if: Self.canMakeImmutable, "needs chattr and a file system with the immutable attribute"))
    func anUnwritableCatalogueIsNotAnsweredFromWhenStale() throws {
        _ = try catalogue()
        #expect(Self.chattr("+i", catalogueFile.path))
        defer { _ = Self.chattr("-i", catalogueFile.path) }
        try fixture.write(retitled(SearchFixture.garden, "Gardening, while the catalogue was frozen"))
        let catalogue = try catalogue()
        #expect(catalogue.isInMemory)
        #expect(catalogue.notices.first?.contains("cannot keep the catalogue") == true)
        try expectMatchesLibrary(catalogue)
    }

    static func chattr(_ flag: String, _ path: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// Whether `chattr +i` works here (root, and a file system that keeps the attribute).
    static var canMakeImmutable: Bool {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("parley-immutable-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: probe.path, contents: Data()) else { return false }
        defer { _ = chattr("-i", probe.path); try? FileManager.default.removeItem(at: probe) }
        return chattr("+i", probe.path)
    }

    /// Permissions do not stop root, so this runs only for other users.
    @Test(.enabled(if: getuid() != 0, "root writes read-only files"))
    func aReadOnlyCatalogueFallsBackToReadingTheFiles() throws {
        _ = try catalogue()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: catalogueFile.path)
        try fixture.write(retitled(SearchFixture.garden, "Gardening, read-only"))
        let catalogue = try catalogue()
        #expect(!catalogue.notices.isEmpty)
        try expectMatchesLibrary(catalogue)
    }
}

@Suite("Catalogue: one pass over the folder")
struct FolderScanTests {
    @Test func findsWhatTheLibraryListsAndNothingElse() throws {
        let folder = try TemporaryFolder()
        let url = folder.url
        // A dot with a mark on it is not a hidden file's dot; a dot a prepended mark takes in
        // is not the `.md`'s.
        for name in ["a.md", "b.md", ".hidden.md", "notes.txt", "md", ".md", "ü-ß.md", ".\u{301}x.md", "x\u{600}.md"] {
            try Data("x".utf8).write(to: url.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(at: url.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("link.md").path, withDestinationPath: "a.md")
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("dangling.md").path, withDestinationPath: "gone.md")
        #expect(mkfifo(url.appendingPathComponent("pipe.md").path, 0o600) == 0)
        let scan = try FolderScan.scan(url)
        #expect(scan.entries.map(\.name).sorted() == (try Library.interviewFiles(in: url)).map(\.lastPathComponent))
        #expect(Set(scan.entries.map(\.name)) == ["a.md", "b.md", "link.md", "ü-ß.md", ".\u{301}x.md"])
    }

    /// The `fstatat`s shared between threads (on a machine with more than one core): still
    /// every file once, the digest the same as one thread's.
    @Test func aFolderScannedByThreadsIsScannedWhole() throws {
        let folder = try TemporaryFolder()
        for number in 0..<27 { try Data("\(number)".utf8).write(to: folder.url.appendingPathComponent("f\(number).md")) }
        let scan = try FolderScan.scan(folder.url, minimumPerThread: 10)
        #expect(scan.entries.map(\.name).sorted() == (0..<27).map { "f\($0).md" }.sorted())
        var serial = FolderDigest()
        try FolderScan.scan(folder.url, minimumPerThread: 1000).entries.forEach { serial.add($0) }
        #expect(serial == scan.digest)
    }

    @Test func theDigestChangesWithAnyFileAndNotWithOrder() throws {
        let folder = try TemporaryFolder()
        for name in ["a.md", "b.md"] { try Data(name.utf8).write(to: folder.url.appendingPathComponent(name)) }
        let scan = try FolderScan.scan(folder.url)
        #expect(try FolderScan.scan(folder.url).digest == scan.digest)
        var reversed = FolderDigest()
        scan.entries.reversed().forEach { reversed.add($0) }
        #expect(reversed == scan.digest)
        try Data("c".utf8).write(to: folder.url.appendingPathComponent("b.md"))  // same size
        #expect(try FolderScan.scan(folder.url).digest != scan.digest)
    }

    @Test func aFolderThatIsNotThereIsSaidSo() throws {
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")
        #expect(throws: LibraryError.self) { try FolderScan.scan(missing) }
    }
}
