/// A reader found, once reading, that the text is not its layout after all; the importer
/// then tries the next best reader.
struct ReaderMismatch: Error {
    var reader: String
}
