import ArgumentParser
import Foundation
import InterviewKit

/// `parley import FILE|FOLDER...`: raw interview text in, canonical interview files out.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn raw interview texts (transcripts, captions, blog posts) into canonical interview files.",
        discussion: """
            Takes files, and folders searched recursively for \(ImportSources.extensions.map { "." + $0 }.joined(separator: " ")) \
            files. Without --output the canonical text (or JSON with --json) goes to standard output. For \
            each file, standard error says which reader read it and how well it fit, the speakers and \
            their roles, the questions and time range, everything the importer was unsure of, and the \
            lines it dropped as layout or page noise; a summary line ends the report. Exits 1 if any file \
            could not be imported; the others are still imported.
            """
    )

    @Argument(help: "Raw text files, or folders to import every transcript file in.")
    var files: [String]

    @Option(help: ArgumentHelp("Write one <id>.md file per interview into this folder.", valueName: "dir"))
    var output: String?

    @Flag(help: "Print the interviews as JSON (one object per line) instead of canonical text.")
    var json = false

    @Flag(help: "Replace files that already exist in the output folder.")
    var force = false

    @Flag(help: "Read and report, but write nothing.")
    var dryRun = false

    func run() throws {
        let sources = try ImportSources.collect(files)
        let writer = dryRun ? nil : try output.map { try ImportWriter(folder: URL(fileURLWithPath: $0), replaceExisting: force) }
        var tally = ImportTally()
        for (index, url) in sources.enumerated() {
            let label = sources.count > 1 ? "[\(index + 1)/\(sources.count)] \(Console.safe(url.path))" : Console.safe(url.path)
            do {
                // Raw input gets the library's size limit too: what it becomes must be readable.
                let data = try InterviewFormat.contents(of: url)
                let result = try Importer.importText(data, fileName: url.lastPathComponent)
                ImportReport.print(result, label: label)
                tally.add(result)
                if dryRun { continue }
                if let writer {
                    let written = try writer.write(result.interview)
                    Console.error("  wrote \(Console.safe(written.path))")
                } else if json {
                    try Console.printJSON(result.interview)
                } else {
                    print(try canonicalText(of: result.interview), terminator: "")
                }
            } catch let error as FormatError where error.file != nil {
                tally.failures += 1
                Console.error("\(label): \(Console.safe(error.description))")
            } catch let error as ImportError {
                tally.failures += 1
                Console.error("\(label): \(Console.safe(error.reason))")
            } catch {
                tally.failures += 1
                Console.error("\(label): \(Console.safe(String(describing: error)))")
            }
        }
        Console.error(tally.summary(files: sources.count, dryRun: dryRun))
        if tally.failures > 0 { throw ExitCode(1) }
    }
}

/// The canonical text of an imported interview, refused when the library could not read it
/// back: a library file may be at most `InterviewFormat.maximumFileSize`.
func canonicalText(of interview: Interview) throws -> String {
    let text = InterviewFormat.write(interview)
    guard text.utf8.count <= InterviewFormat.maximumFileSize else {
        throw ValidationError("""
            the interview would take \(text.utf8.count >> 20) MB as a canonical file, and a library reads files of at \
            most \(InterviewFormat.maximumFileSize >> 20) MB; split the text into parts and import each
            """)
    }
    return text
}

/// Writes imported interviews into a folder, and only there.
///
/// Ids are slugs, so a file name can never climb out of the folder; on top of that an existing
/// file or a symbolic link at the target is never written through, and a second interview with
/// an id already written in this run gets a numbered id instead of replacing the first.
final class ImportWriter {
    let folder: URL
    let replaceExisting: Bool
    private var usedIDs: Set<String> = []

    init(folder: URL, replaceExisting: Bool) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.folder = folder.resolvingSymlinksInPath()
        self.replaceExisting = replaceExisting
    }

    func write(_ interview: Interview) throws -> URL {
        var interview = interview
        var id = interview.id
        var counter = 2
        while usedIDs.contains(id) {
            id = "\(interview.id)-\(counter)"
            counter += 1
        }
        usedIDs.insert(id)
        interview.id = id
        let target = folder.appendingPathComponent(id + "." + InterviewFormat.fileExtension)
        var info = stat()
        if lstat(target.path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFLNK {
                throw ValidationError("\(target.path) is a symbolic link; not writing through it")
            }
            if !replaceExisting {
                throw ValidationError("\(target.path) already exists; pass --force to replace it")
            }
        }
        try AtomicFile.write(Data(try canonicalText(of: interview).utf8), to: target)
        return target
    }
}
