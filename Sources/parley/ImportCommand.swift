import ArgumentParser
import Foundation
import InterviewKit

/// `parley import FILE|FOLDER...`: raw interview text in, canonical interview files out.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn raw interview texts (transcripts, captions, blog posts) into canonical interview files.",
        discussion: """
            Takes files, and folders searched recursively for \(TranscriptFiles.extensions.map { "." + $0 }.joined(separator: " ")) \
            files. Without --output the canonical text (or JSON with --json) goes to standard output. For \
            each file, standard error says which reader read it and how well it fit, the speakers and \
            their roles, the questions and time range, everything the importer was unsure of, and the \
            lines it dropped as layout or page noise; a summary line ends the report. Exits 2 if any file \
            could not be imported; the others are still imported. The global \
            options are accepted and not used.
            """
    )

    @OptionGroup(title: "Global options") var libraryOptions: LibraryOptions

    @Argument(help: "Raw text files, or folders to import every transcript file in.", completion: .file())
    var files: [String]

    @Option(help: ArgumentHelp("Write one <id>.md file per interview into this folder.", valueName: "dir"), completion: .directory)
    var output: String?

    @Flag(help: "Print the interviews as JSON (one object per line) instead of canonical text.")
    var json = false

    @Flag(help: "Replace files that already exist in the output folder.")
    var force = false

    @Flag(help: "Read and report, but write nothing.")
    var dryRun = false

    @Flag(name: .shortAndLong, help: "List every line dropped as noise (by default the first \(ImportReport.noiseShown) per file).")
    var verbose = false

    func run() throws {
        let (sources, emptyFolders) = TranscriptFiles.collect(files)
        let writer = dryRun ? nil : try output.map { try ImportWriter(folder: URL(fileURLWithPath: $0), replaceExisting: force) }
        if let created = writer?.createdFolder { Console.error("created the folder \(created.path)") }
        var tally = ImportTally()
        for folder in emptyFolders {
            tally.failures += 1
            Console.error("parley: import: \(folder): no transcript files (\(TranscriptFiles.extensions.map { "." + $0 }.joined(separator: " "))) in this folder")
        }
        for (index, url) in sources.enumerated() {
            let label = sources.count > 1 ? "[\(index + 1)/\(sources.count)] \(url.path)" : url.path
            // Failures are named by the file once, as `parley: import: FILE: why`.
            func failed(_ reason: String) {
                tally.failures += 1
                Console.error("parley: import: \(label): \(reason)")
            }
            do {
                // Raw input gets the library's size limit too: what it becomes must be readable.
                let data: Data
                do {
                    data = try InterviewFormat.contents(of: url)
                } catch let error as FormatError {
                    // A file that cannot be read at all has no line to point at.
                    failed(error.message)
                    continue
                }
                let result = try Importer.importText(data, fileName: url.lastPathComponent)
                ImportReport.print(result, label: label, allNoise: verbose)
                tally.add(result)
                if dryRun { continue }
                if let writer {
                    let written = try writer.write(result.interview)
                    Console.error("  wrote \(written.path)")
                } else if json {
                    try Console.printJSON(result.interview)
                } else {
                    print(Console.page(try canonicalText(of: result.interview)), terminator: "")
                }
            } catch let error as FormatError where error.file != nil {
                failed(error.description)
            } catch let error as ImportError {
                failed(error.reason)
            } catch {
                failed(PlainReason.of(error))
            }
        }
        Console.error(tally.summary(files: sources.count, dryRun: dryRun))
        if tally.failures > 0 { throw ExitStatus.error.code }
    }
}

/// The canonical text of an imported interview, refused when the library could not read it
/// back: a library file may be at most `InterviewFormat.maximumFileSize`.
func canonicalText(of interview: Interview) throws -> String {
    let text = InterviewFormat.write(interview)
    guard text.utf8.count <= InterviewFormat.maximumFileSize else {
        throw CommandFailure("""
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
///
/// Only the last folder of the path is created (and the command says so): a typo higher up the
/// path should be an error, not a tree of new folders somewhere unexpected.
final class ImportWriter {
    let folder: URL
    let replaceExisting: Bool
    /// The folder this writer created, if it did not exist.
    let createdFolder: URL?
    private var usedIDs: Set<String> = []

    init(folder: URL, replaceExisting: Bool) throws {
        self.createdFolder = try Self.prepare(folder)
        self.folder = folder.resolvingSymlinksInPath()
        self.replaceExisting = replaceExisting
    }

    /// Makes sure `folder` is a folder, creating it (and only it) when missing; returns it when
    /// it was created. Every failure says what to do, never a Foundation error code.
    static func prepare(_ folder: URL) throws -> URL? {
        let path = Console.safe(folder.path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw CommandFailure("--output \(path) is a file, not a folder; give the folder the interview files should go into")
            }
            return nil
        }
        let parent = folder.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure("--output \(path): the folder \(Console.safe(parent.path)) does not exist; only the last folder of the path is created, so create the rest first (mkdir -p)")
        }
        guard mkdir(folder.path, 0o755) == 0 else {
            throw CommandFailure("--output \(path): the folder could not be created: \(String(cString: strerror(errno)))")
        }
        return folder
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
                throw CommandFailure("\(Console.safe(target.path)) is a symbolic link; not writing through it")
            }
            if !replaceExisting {
                throw CommandFailure("\(Console.safe(target.path)) already exists; pass --force to replace it")
            }
        }
        try AtomicFile.write(Data(try canonicalText(of: interview).utf8), to: target)
        return target
    }
}
