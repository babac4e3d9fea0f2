import Foundation
import InterviewKit

/// The library's catalogue as the commands use it: opened and brought up to date with the
/// folder before anything is answered from it, its notices (rebuilt, kept in memory) said on
/// standard error.
enum CatalogueAccess {
    static func fresh(_ folder: URL) throws -> Catalogue {
        let catalogue = try Catalogue.open(libraryFolder: folder)
        try catalogue.refresh()
        catalogue.notices.forEach { Console.error("note: \($0)") }
        return catalogue
    }
}
