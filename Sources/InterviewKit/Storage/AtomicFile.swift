import Foundation

/// Replaces a file's contents all at once: readers see the old file or the new one, never half.
///
/// The data goes to a temporary file in the same folder (a rename is only atomic within one file
/// system), is flushed to disk, and is renamed over the target; the folder is flushed too so the
/// rename itself survives a crash.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFileError.system("create \(temporary.path)", errno) }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        do {
            try data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw AtomicFileError.system("write \(temporary.path)", errno)
                    }
                    offset += written
                }
            }
            guard fsync(fd) == 0 else { throw AtomicFileError.system("flush \(temporary.path)", errno) }
            closed = true
            guard close(fd) == 0 else { throw AtomicFileError.system("close \(temporary.path)", errno) }
            guard rename(temporary.path, url.path) == 0 else { throw AtomicFileError.system("replace \(url.path)", errno) }
        } catch {
            unlink(temporary.path)
            throw error
        }
        let folderFD = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }
}

public struct AtomicFileError: Error, CustomStringConvertible {
    public let description: String

    static func system(_ action: String, _ code: Int32) -> AtomicFileError {
        AtomicFileError(description: "cannot \(action): \(String(cString: strerror(code)))")
    }
}
