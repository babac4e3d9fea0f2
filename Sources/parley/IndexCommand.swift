import ArgumentParser
import Foundation
import InterviewKit

/// `parley index`: brings the search index up to date and says what changed.
struct IndexCommand: ParsableCommand, UsesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bring the search index up to date with the library.",
        discussion: """
            Only files whose size, time and content changed are read again. The index is a cache \
            under $XDG_CACHE_HOME/parley; --rebuild starts it over. The index file's structure is \
            checked first (a read of the whole file), and a damaged index is rebuilt. Exits 2 on \
            error.
            """
    )

    @Flag(help: "Index every file again, from scratch.")
    var rebuild = false

    @OptionGroup(title: "Global options") var libraryOptions: LibraryOptions

    /// Below this many bytes of interviews an update is too quick for a progress bar.
    static let progressThreshold = 4 << 20

    func run() throws {
        do {
            let folder = try libraryOptions.folder()
            let index = try SearchIndex.open(libraryFolder: folder)
            let bar = Console.stderrIsTerminal && Self.librarySize(folder) > Self.progressThreshold ? ProgressBar() : nil
            let progress: ((Int, Int) -> Void)? = bar.map { bar in { bar.show(done: $0, total: $1) } }
            // A damaged index is rebuilt by the check itself, which then says what it indexed.
            let report = rebuild ? try index.rebuild(progress: progress) : try index.verify() ?? index.update(progress: progress)
            index.notices.forEach { Console.error("note: \($0)") }
            bar?.finish()
            report.problems.forEach { Console.error("warning: \($0)") }
            print("\(report.added) added, \(report.changed) changed, \(report.removed) removed, \(report.unchanged) unchanged in \(String(format: "%.2f", report.seconds)) s")
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(PlainReason.of(error), hint: error is LibraryError ? "pass --library DIR or set PARLEY_LIBRARY" : nil)
        }
    }

    static func librarySize(_ folder: URL) -> Int {
        let files = (try? Library.interviewFiles(in: folder)) ?? []
        return files.reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0)
        }
    }
}

/// A one-line bar on standard error, redrawn in place when the percentage moves.
final class ProgressBar {
    private var shown = -1
    static let width = 30

    func show(done: Int, total: Int) {
        guard total > 0 else { return }
        let percent = min(100, done * 100 / total)
        guard percent != shown else { return }
        shown = percent
        let filled = Self.width * percent / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: Self.width - filled)
        let megabytes = String(format: "%.1f/%.1f MB", Double(done) / 1_048_576, Double(total) / 1_048_576)
        FileHandle.standardError.write(Data("\r[\(bar)] \(percent)% \(megabytes)".utf8))
    }

    func finish() {
        if shown >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
