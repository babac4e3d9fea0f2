import Foundation

/// A short reason for an error, for messages a person reads: Foundation's and POSIX errors
/// without Foundation's boilerplate ("The operation could not be completed. (NSCocoaErrorDomain
/// error 256.)"), our own errors as they describe themselves.
public enum PlainReason {
    public static func of(_ error: Error) -> String {
        if let error = error as? POSIXFailure { return error.description }
        guard isFoundationError(error) else { return "\(error)" }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if nsError.domain == NSCocoaErrorDomain, let reason = cocoaReason(nsError) { return reason }
        let description = nsError.localizedDescription
        // On Linux an unknown code reads "The operation could not be completed. (NSCocoaErrorDomain error 256.)".
        return description.contains("Domain") ? "the operation failed (Foundation error \(nsError.code))" : description
    }

    /// The Cocoa file errors Parley meets, in words; a read that failed because the path is a
    /// folder (Foundation says only "error 256") says so.
    private static func cocoaReason(_ error: NSError) -> String? {
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: "there is no such file"
        case .fileReadNoPermission, .fileWriteNoPermission: "permission denied"
        case .fileWriteFileExists: "a file with that name already exists"
        case .fileWriteOutOfSpace: "the disk is full"
        case .fileWriteVolumeReadOnly: "the disk is read-only"
        case .fileReadUnknown: isFolder(error) ? "it is a folder, not a file" : "it could not be read"
        case .fileWriteUnknown: isFolder(error) ? "it is a folder, not a file" : "it could not be written"
        default: nil
        }
    }

    private static func isFolder(_ error: NSError) -> Bool {
        let path = (error.userInfo[NSFilePathErrorKey] as? String) ?? (error.userInfo[NSURLErrorKey] as? URL)?.path
        var folder: ObjCBool = false
        return path.map { FileManager.default.fileExists(atPath: $0, isDirectory: &folder) && folder.boolValue } ?? false
    }

    /// Errors whose own description is Foundation's `Error Domain=… Code=… UserInfo=…`.
    static func isFoundationError(_ error: Error) -> Bool {
        error is CocoaError || error is POSIXError || type(of: error) is NSError.Type
    }
}
