import Foundation

/// A failed system call: which one, on what, and `strerror` of its errno.
///
/// In Storage, with the file code that throws it, so that the format reader (which reads files
/// through `BoundedFile`) builds without the bookmark code, as scripts/fuzz.sh builds it.
struct POSIXFailure: Error, CustomStringConvertible {
    var operation: String
    var path: String
    var code: Int32

    var description: String {
        "\(operation) \(path): \(String(cString: strerror(code)))"
    }
}
