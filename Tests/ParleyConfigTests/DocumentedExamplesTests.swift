import Foundation
import ParleyConfig
import Testing

/// The config examples in the README and docs/KEYS.md are files a person will copy: each must
/// read without a single problem.
@Suite("Documented config examples")
struct DocumentedExamplesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The ```toml blocks of a Markdown file.
    static func tomlBlocks(in path: String) throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        return text.components(separatedBy: "```toml\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
    }

    @Test(arguments: ["README.md", "docs/KEYS.md"])
    func everyExampleReadsWithoutProblems(path: String) throws {
        let blocks = try Self.tomlBlocks(in: path)
        #expect(!blocks.isEmpty, "\(path) has no config example")
        for block in blocks {
            let (configuration, problems) = ConfigParser.parse(block)
            #expect(problems.isEmpty, "\(path): \(problems)")
            #expect(configuration != .defaults)
        }
    }
}
