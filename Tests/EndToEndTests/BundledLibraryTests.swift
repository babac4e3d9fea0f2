import Foundation
import Testing

/// The sample library in `data/interviews` is what `parley import` makes of the raw texts in
/// `data/sources`, byte for byte. When the importer's output changes, this fails until the
/// bundled library is imported again (`parley import data/sources/*.txt --output data/interviews --force`),
/// so the sample never drifts from what the importer really produces.
@Suite("bundled library")
struct BundledLibraryTests {
    @Test func importingTheBundledSourcesGivesTheBundledLibraryByteForByte() throws {
        let parley = try #require(Built.parley, "the parley binary is not built next to the tests")
        let data = Built.packageRoot.appendingPathComponent("data")
        let sources = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("sources").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(sources.count == 5)
        let scratch = try Scratch("bundled-import")
        defer { scratch.remove() }
        let result = try Executable.runCapturing(
            parley, ["import"] + sources.map { data.appendingPathComponent("sources/\($0)").path } + ["--output", scratch.path("out")],
            environment: parleyEnvironment(library: scratch.path("none"), cache: scratch.path("cache")))
        #expect(result.status == 0, "\(result.stderr)")

        let bundled = data.appendingPathComponent("interviews")
        let expected = try FileManager.default.contentsOfDirectory(atPath: bundled.path).sorted()
        let made = try FileManager.default.contentsOfDirectory(atPath: scratch.path("out")).sorted()
        #expect(made == expected, "the import wrote other files than data/interviews holds")
        for name in expected where made.contains(name) {
            let want = try Data(contentsOf: bundled.appendingPathComponent(name))
            let got = try Data(contentsOf: URL(fileURLWithPath: scratch.path("out/\(name)")))
            #expect(got == want, "\(name) differs from what importing its source gives; first difference at byte \(Self.firstDifference(got, want))")
        }
    }

    static func firstDifference(_ a: Data, _ b: Data) -> Int {
        zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    }
}
