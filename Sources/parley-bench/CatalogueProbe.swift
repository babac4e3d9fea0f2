import ArgumentParser
import Foundation
import InterviewKit

/// The catalogue behind `list`, `show`, `bookmarks` and `check`: its first build, and the check
/// every command makes that the library has not changed, with nothing changed, one file touched
/// and one file changed.
struct CatalogueProbe: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "catalogue")

    @OptionGroup var folders: ProbeFolders
    @Option(help: "Checks timed with nothing changed.") var rounds: Int = 30

    func run() throws {
        let location = folders.cacheURL
        for file in try FileManager.default.contentsOfDirectory(atPath: location.path) where file.contains(".catalogue.sqlite") {
            try FileManager.default.removeItem(at: location.appendingPathComponent(file))
        }
        let catalogue = try Catalogue.open(libraryFolder: folders.libraryURL, cacheDirectory: location)
        let (built, buildSeconds) = try timed { try catalogue.refresh() }
        guard built.added == built.files else { throw BenchError("the first build read \(built.added) of \(built.files) files") }
        // Files the generator wrote moments ago are racy (see FileStamp): the next check reads
        // them again, and is not what a warm command pays.
        try catalogue.refresh()
        var unchanged: [Double] = []
        var unchangedCPU: [Double] = []
        for _ in 0..<rounds {
            let cpuStart = processCPUSeconds()
            let (update, seconds) = try timed { try catalogue.refresh() }
            unchangedCPU.append(processCPUSeconds() - cpuStart)
            guard update.sameFolder, !update.readFiles else { throw BenchError("nothing changed, yet the check read \(update)") }
            unchanged.append(seconds)
        }

        let files = try Library.interviewFiles(in: folders.libraryURL)
        let touched = files[files.count / 3]
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: touched.path)
        let (afterTouch, touchSeconds) = try timed { try catalogue.refresh() }
        guard afterTouch.confirmed == 1 else { throw BenchError("touching one file gave \(afterTouch)") }

        let victim = files[files.count / 2]
        let original = try Data(contentsOf: victim)
        try (original + Data("\nOne more sentence, added by the benchmark to change this answer.\n".utf8)).write(to: victim)
        let (afterChange, changeSeconds) = try timed { try catalogue.refresh() }
        try original.write(to: victim)
        guard afterChange.changed == 1 else { throw BenchError("changing one file gave \(afterChange)") }
        try catalogue.refresh()

        try emit(CatalogueProbeResult(
            files: built.files, firstBuildSeconds: buildSeconds, unchangedSeconds: unchanged, unchangedCPUSeconds: unchangedCPU,
            touchedFileSeconds: touchSeconds, changedFileSeconds: changeSeconds, peakMB: peakMemoryMB()))
    }
}

struct CatalogueProbeResult: Codable {
    var files: Int
    /// Every file read, parsed, validated and written into an empty catalogue.
    var firstBuildSeconds: Double
    /// `refresh()` with nothing changed, per round: the check each command makes.
    var unchangedSeconds: [Double]
    /// The same checks in CPU time of the process (all its threads): what a loaded machine
    /// does not inflate.
    var unchangedCPUSeconds: [Double]
    /// After touching one file (read and hashed again), and after changing one (parsed again).
    var touchedFileSeconds: Double
    var changedFileSeconds: Double
    var peakMB: Double
}

/// What `list`, `show`, `bookmarks` and `check` did before the catalogue, in process: parse
/// every file of the library (`Library.load`).
struct LibraryLoadProbe: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "library-load")

    @OptionGroup var folders: ProbeFolders

    func run() throws {
        let (library, seconds) = try timed { try Library.load(from: folders.libraryURL) }
        try emit(LibraryLoadProbeResult(interviews: library.interviews.count, seconds: seconds, peakMB: peakMemoryMB()))
    }
}

struct LibraryLoadProbeResult: Codable {
    var interviews: Int
    var seconds: Double
    var peakMB: Double
}
