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
/// that the rename itself survives a power cut.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXFailure(operation: "create", path: temporary, code: errno) }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        do {
            defer { close(fd) }
            try writeAll(data, to: fd, path: temporary)
            guard fsync(fd) == 0 else { throw POSIXFailure(operation: "flush", path: temporary, code: errno) }
        }
        guard rename(temporary, url.path) == 0 else { throw POSIXFailure(operation: "rename into", path: url.path, code: errno) }
        renamed = true
        try syncFolder(folder)
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
