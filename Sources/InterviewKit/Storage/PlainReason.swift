import Foundation

/// A short reason for a Foundation or POSIX error, without Foundation's boilerplate
/// ("The operation could not be completed. (NSCocoaErrorDomain error 256.)"), for messages a
/// person reads.
enum PlainReason {
    static func of(_ error: Error) -> String {
        if let error = error as? POSIXFailure { return error.description }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
