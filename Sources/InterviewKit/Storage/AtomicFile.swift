import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents so that a reader (or a crash) sees either the old file or the new
/// one, never a mix or a truncated file.
///
/// The bytes go to a temporary file in the same folder (so the rename cannot cross file systems),
/// which is flushed to disk before it is renamed over the target; the folder is flushed after, so
/// that the rename itself survives a power cut. The replacement keeps the permissions of the
/// file it replaces.
public enum AtomicFile {
    /// Replaces the file at `url`. `url` itself is replaced: callers that must not replace a
    /// symbolic link resolve it first (``resolvingLinks(_:)``) or refuse it.
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var existing = stat()
        let mode = stat(url.path, &existing) == 0 ? mode_t(existing.st_mode & 0o7777) : 0o644
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw POSIXFailure(operation: "create", path: temporary, code: errno) }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        do {
            defer { close(fd) }
            // `open` applies the umask; the file being replaced had its mode without it.
            _ = fchmod(fd, mode)
            try writeAll(data, to: fd, path: temporary)
            guard fsync(fd) == 0 else { throw POSIXFailure(operation: "flush", path: temporary, code: errno) }
        }
        guard rename(temporary, url.path) == 0 else { throw POSIXFailure(operation: "rename into", path: url.path, code: errno) }
        renamed = true
        try syncFolder(folder)
    }

    /// The file a path finally names, following symbolic links (relative ones from the link's
    /// folder) up to 40 deep, as the kernel does; a dangling link gives the path it points at, so
    /// writing there creates the file the link expects. The path itself when it is no link.
    public static func resolvingLinks(_ url: URL) -> URL {
        var path = url.path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { break }
            path = destination.hasPrefix("/")
                ? destination : (path as NSString).deletingLastPathComponent + "/" + destination
        }
        return URL(fileURLWithPath: path).standardizedFileURL
    }

    private static func writeAll(_ data: Data, to fd: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXFailure(operation: "write", path: path, code: errno)
                }
                offset += written
            }
        }
    }

    /// Flushes the folder entry. Some file systems cannot fsync a folder (EINVAL); there is
    /// nothing more to do on those.
    private static func syncFolder(_ folder: String) throws {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXFailure(operation: "open folder", path: folder, code: errno) }
        defer { close(fd) }
        if fsync(fd) != 0, errno != EINVAL, errno != ENOTSUP {
            throw POSIXFailure(operation: "flush folder", path: folder, code: errno)
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
