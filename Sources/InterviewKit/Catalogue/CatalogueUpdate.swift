/// What one `Catalogue.refresh()` did.
public struct CatalogueUpdate: Hashable, Sendable {
    /// Files in the folder.
    public var files = 0
    public var added = 0
    /// Files read again whose content had changed.
    public var changed = 0
    public var removed = 0
    /// Files read again (touched, or racy) whose content had not changed.
    public var confirmed = 0
    /// Whether the folder matched the catalogue's digest, so no stored stamp had to be read.
    public var sameFolder = false

    public init() {}

    /// Whether any file had to be read.
    public var readFiles: Bool { added + changed + confirmed > 0 }
}
