import Foundation

/// A folder of canonical interview files, loaded together.
///
/// One bad file never stops the others: it is reported in `problems` with its file and line and
/// left out. Two files that claim the same id are reported too; the first (by file name) is kept.
public struct Library: Sendable {
    public let folder: URL
    public private(set) var interviews: [Interview]
    /// The file each interview was read from, by interview id.
    public private(set) var files: [String: URL]
    public private(set) var problems: [LibraryProblem]

    /// Loads every `*.md` file directly in `folder`, in file-name order.
    public static func load(from folder: URL) throws -> Library {
        var library = Library(folder: folder, interviews: [], files: [:], problems: [])
        for file in try interviewFiles(in: folder) {
            do {
                let interview = try InterviewFormat.read(contentsOf: file)
                if let first = library.files[interview.id] {
                    library.problems.append(LibraryProblem(file: file.path, line: 1, kind: .duplicateID(interview.id, firstFile: first.lastPathComponent)))
                    continue
                }
                library.interviews.append(interview)
                library.files[interview.id] = file
            } catch {
                library.problems.append(LibraryProblem(error, file: file))
            }
        }
        return library
    }

    public func interview(id: String) -> Interview? {
        interviews.first { $0.id == id }
    }

    /// The canonical files in a folder: regular `*.md` files, hidden ones excluded, sorted by name.
    /// Symbolic links to files are followed; folders, FIFOs and devices are passed over.
    public static func interviewFiles(in folder: URL) throws -> [URL] {
        try interviewFileNames(in: folder)
            .map { folder.appendingPathComponent($0) }
            .filter { isRegularFile($0) }
    }

    /// The names in a folder that may be interview files (`*.md`, not hidden), sorted, before
    /// checking what kind of file each is.
    static func interviewFileNames(in folder: URL) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw LibraryError.notAFolder(folder)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw LibraryError.unreadable(folder, reason: PlainReason.of(error))
        }
        return names.filter(isInterviewFileName).sorted()
    }

    /// `*.md` and not hidden, compared as Characters: a name whose dot is joined to a mark
    /// (`.\u{301}x.md`) is not hidden, and one whose dot a prepended mark takes in
    /// (`x\u{600}.md`) does not end in `.md`.
    static func isInterviewFileName(_ name: String) -> Bool {
        !name.hasPrefix(".") && name.hasSuffix("." + InterviewFormat.fileExtension)
    }

    static func isRegularFile(_ url: URL) -> Bool {
        var info = stat()
        return stat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}

public enum LibraryError: Error, CustomStringConvertible {
    case notAFolder(URL)
    /// The folder is there but cannot be listed (no permission); `reason` says why.
    case unreadable(URL, reason: String)

    public var description: String {
        switch self {
        case .notAFolder(let url): "\(url.path): not a folder of interviews"
        case .unreadable(let url, let reason): "\(url.path): the folder of interviews cannot be read: \(reason)"
        }
    }
}

