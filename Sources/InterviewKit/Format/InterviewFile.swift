import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension InterviewFormat {
    /// The largest interview file that is read. The longest real interviews are a few hundred
    /// kilobytes; a library file far beyond that is a mistake or hostile, and reading and parsing
    /// it whole would stall the reader for minutes and take gigabytes.
    public static let maximumFileSize = 16 << 20

    /// The bytes of an interview file, refusing before reading anything what cannot be one.
    ///
    /// The file is opened without blocking and checked on the open descriptor, so a FIFO or a
    /// device (even one swapped in after the folder was listed) can never hang the caller, and a
    /// file over `maximumFileSize` is reported by its size instead of being loaded.
    public static func contents(of url: URL) throws -> Data {
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw FormatError(file: url.path, line: 1, "cannot be read: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FormatError(file: url.path, line: 1, "cannot be read: \(String(cString: strerror(errno)))") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw FormatError(file: url.path, line: 1, "expected a regular file") }
        guard info.st_size <= maximumFileSize else {
            throw FormatError(file: url.path, line: 1, "the file is \(info.st_size >> 20) MB; an interview file may be at most \(maximumFileSize >> 20) MB")
        }
        var data = Data(count: Int(info.st_size))
        var total = 0
        while true {
            // Read until end of file: the file may have grown since fstat, but never past the limit.
            if total == data.count {
                guard data.count < maximumFileSize else { break }
                data.count = min(maximumFileSize, max(4096, data.count * 2))
            }
            let count = data.withUnsafeMutableBytes { buffer in
                systemRead(fd, buffer.baseAddress! + total, buffer.count - total)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw FormatError(file: url.path, line: 1, "cannot be read: \(String(cString: strerror(errno)))") }
            if count == 0 { break }
            total += count
        }
        data.count = total
        return data
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
