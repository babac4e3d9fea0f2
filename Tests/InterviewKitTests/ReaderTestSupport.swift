import Foundation
@testable import InterviewKit

/// Builds reader inputs the way the importer does, and reads back what readers made.
enum ReaderTestSupport {
    /// The input as the importer hands it to readers: decoded lines (BOM, CRLF and control
    /// characters handled by `TextDecoding`) and the metadata read from them.
    static func input(_ text: String, fileName: String = "sample.txt") throws -> ImportInput {
        let lines = try TextDecoding.lines(from: Data(text.utf8), fileName: fileName)
        return ImportInput(fileName: fileName, lines: lines, metadata: SourceMetadata.read(lines))
    }

    /// The input with lines exactly as written (split at line feeds only): for what the
    /// readers must do themselves, such as decoding character references.
    static func rawInput(_ text: String, fileName: String = "sample.txt") -> ImportInput {
        let lines = text.components(separatedBy: "\n")
        return ImportInput(fileName: fileName, lines: lines, metadata: SourceMetadata.read(lines))
    }

    /// A file of ../shared/corpus/formats, or nil when the corpus is absent.
    static func corpusFile(_ relativePath: String) -> URL? {
        let url = corpusFormats.appendingPathComponent(relativePath)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Whether every one of these corpus files is present.
    static func hasCorpus(_ paths: [String]) -> Bool {
        paths.allSatisfy { corpusFile($0) != nil }
    }

    /// A corpus file's text, how well it fits the reader, and what the reader made of it.
    static func readCorpus(_ path: String, with reader: some FormatReader) throws -> (text: String, fit: ReaderFit, document: SourceDocument) {
        guard let url = corpusFile(path) else { throw CocoaError(.fileNoSuchFile) }
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let input = try input(text, fileName: url.lastPathComponent)
        return (text, reader.fit(input), try reader.read(input))
    }

    static let corpusFormats = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/formats").standardizedFileURL

    /// Words (letters, digits, apostrophes) in order: what "nothing is lost" compares.
    static func words<S: StringProtocol>(_ text: S) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "\u{2019}") }.map { $0.lowercased() }
    }
}

extension SourceDocument {
    /// The turns, whatever block kind holds them.
    var turns: [Turn] {
        blocks.compactMap {
            switch $0 {
            case .turn(let turn), .question(let turn), .answer(let turn): turn
            default: nil
            }
        }
    }

    /// Every paragraph of every block as one line of text, in order.
    var spokenText: String {
        blocks.flatMap { block -> [String] in
            switch block {
            case .turn(let turn), .question(let turn), .answer(let turn): turn.paragraphs.map { $0.joined(separator: " ") }
            case .text(let lines): [lines.joined(separator: " ")]
            case .heading(_, let text): [text]
            }
        }.joined(separator: " ")
    }
}

extension Turn {
    /// The turn's paragraphs, each joined into one line.
    var texts: [String] { paragraphs.map { $0.joined(separator: " ") } }
}
