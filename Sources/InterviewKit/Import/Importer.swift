import Foundation

/// Turns a raw interview text (captions, a transcript, a copied web page, a Markdown post) into
/// an `Interview`.
///
/// Three steps, as document converters do it: every reader in `FormatReaders.all` says how well
/// the text fits its layout and the best one reads it into a `SourceDocument`; then
/// `StructureInference` decides who asks and who answers. A reader that finds, once reading,
/// that the text is not its layout after all gives way to the next best. No text is dropped
/// except layout and page noise, which the result lists.
public enum Importer {
    public static func importText(_ data: Data, fileName: String) throws -> ImportResult {
        let lines = try TextDecoding.lines(from: data, fileName: fileName)
        let proseLines = lines.map(TextDecoding.decodingEntities)
        let input = ImportInput(fileName: fileName, lines: lines, proseLines: proseLines, metadata: SourceMetadata.read(proseLines))
        let choice = ReaderChoice.rank(input)
        for candidate in choice.candidates {
            guard let document = try? candidate.reader.read(input), document.hasText else {
                // A file unmistakably in one format (a web page, captions) that holds no text is
                // not text for the next reader to make prose of, markup and all.
                if candidate.fit.score >= ReaderChoice.unmistakable { break }
                continue
            }
            let outcome = StructureInference.interview(from: document, fileName: fileName)
            var warnings = outcome.warnings
            if let doubt = choice.doubt(about: candidate) { warnings.insert(doubt, at: 0) }
            return ImportResult(
                interview: outcome.interview, layout: candidate.reader.name, fit: candidate.fit, warnings: warnings,
                noise: document.noise, metadata: outcome.metadataLines
            )
        }
        throw ImportError.nothingImportable(fileName: fileName)
    }
}

extension SourceDocument {
    /// Whether any block carries text: a document of only noise imports nothing.
    var hasText: Bool {
        blocks.contains { block in block.paragraphs.contains { lines in lines.contains { !TextDecoding.isBlankLine($0) } } }
    }
}
