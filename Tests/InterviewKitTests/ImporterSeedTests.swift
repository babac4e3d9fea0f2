import Foundation
import Testing
@testable import InterviewKit

/// Golden tests on the five seed texts in ../shared/seeds, one layout each.
@Suite("Importer seeds", .enabled(if: ImportFixtures.hasSeeds, "../shared/seeds is absent: seed tests skipped"))
struct ImporterSeedTests {
    @Test("dump")
    func dump() throws {
        for name in ["000_25d64ed6717f30de.txt", "001_89083217f39424b0.txt", "002_fe0f7a33fa3e2fc3.txt", "003_fcc9c82e6f8f5594.txt", "004_35268a927b6cc9ed.txt"] {
            let (result, source) = try ImportFixtures.importSeed(name)
            print("=== \(name)\n" + ImportFixtures.summary(result))
            print("lost: \(ImportFixtures.lostWords(source: source, result: result))")
        }
    }
}
