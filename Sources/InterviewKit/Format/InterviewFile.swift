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

    /// What a file that is not UTF-8 is reported as, by the library and the index alike.
    static let notUTF8 = "expected UTF-8 text"

    /// The bytes of an interview file, refusing before reading anything what cannot be one.
    ///
    /// The file is opened without blocking and checked on the open descriptor, so a FIFO or a
    /// device (even one swapped in after the folder was listed) can never hang the caller, and a
    /// file over `maximumFileSize` is reported by its size instead of being loaded.
    public static func contents(of url: URL) throws -> Data {
        do {
            return try BoundedFile.read(url.path, limit: maximumFileSize)
        } catch {
            let message = switch error {
            case .tooLarge(let bytes):
                "the file is \(BoundedFile.size(bytes, over: maximumFileSize)); an interview file may be at most \(maximumFileSize >> 20) MB"
            case .folder: "is a folder, not an interview file"
            case .notRegular: "expected a regular file"
            case .missing, .system: "cannot be read: \(error.reason)"
            }
            throw FormatError(file: url.path, line: 1, message)
        }
    }
}
