/// Why a reader could not read a file that fitted its layout, said so that the person can fix
/// the file: which file, which layout, what is wrong and where.
struct ReaderError: Error, Equatable, Sendable, CustomStringConvertible {
    var fileName: String
    var reader: String
    var problem: String

    var description: String { "\(fileName): not readable as \(reader): \(problem)" }
}
