import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole regular file of at most a given size, refusing before reading anything what
/// cannot be one.
///
/// The file is opened without blocking and checked on the open descriptor, so a FIFO or a
/// device (even one swapped in after a folder was listed) can never hang the caller, and a file
/// over the limit is reported by its size instead of being loaded. Interview files, the
/// bookmark file and the config file are all read this way; each turns ``BoundedFile/Failure``
/// into its own error.
public enum BoundedFile {
    /// Why a file was not read.
    public enum Failure: Error, Equatable {
        /// No file at the path.
        case missing
        /// `open`, `fstat` or `read` failed with this `errno`.
        case system(Int32)
        /// A folder where a file was expected.
        case folder
        /// A FIFO, device or socket.
        case notRegular
        /// Larger than the limit; `bytes` is its size.
        case tooLarge(bytes: Int)

        /// The failure in a few words, for a message that names the file before it.
        public var reason: String {
            switch self {
            case .missing: "there is no such file"
            case .system(let code): String(cString: strerror(code))
            case .folder: "it is a folder, not a file"
            case .notRegular: "it is not a regular file"
            case .tooLarge(let bytes): "it is \(BoundedFile.size(bytes))"
            }
        }
    }

    public static func read(_ path: String, limit: Int) throws(Failure) -> Data {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw errno == ENOENT ? .missing : .system(errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .system(errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .folder
        default: throw .notRegular
        }
        guard info.st_size <= limit else { throw .tooLarge(bytes: Int(info.st_size)) }
        var data = Data(count: Int(info.st_size))
        var total = 0
        while true {
            // Read until end of file: the file may have grown since fstat, but never past the limit.
            if total == data.count {
                guard data.count < limit else { break }
                data.count = min(limit, max(4096, data.count * 2))
            }
            let count = data.withUnsafeMutableBytes { buffer in
                systemRead(fd, buffer.baseAddress! + total, buffer.count - total)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .system(errno) }
            if count == 0 { break }
            total += count
        }
        data.count = total
        return data
    }

    /// A size over a limit in whole megabytes (`100 MB`), or `just over 16 MB` when it is
    /// within a megabyte of it, so that it never reads as the limit itself.
    public static func size(_ bytes: Int, over limit: Int? = nil) -> String {
        let megabytes = bytes >> 20
        if let limit, megabytes <= limit >> 20 { return "just over \(limit >> 20) MB" }
        return "\(megabytes) MB"
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
