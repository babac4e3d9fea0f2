import Foundation
import InterviewKit

/// The real text the generator recombines: answer paragraphs, questions and speaker names taken
/// from the bundled library (canonical files) and from podcast transcripts written as
/// `**Name:** words` turns.
///
/// Everything is read in file-name order, so the pools (and thus the generated library) depend
/// only on the input files and the seed.
struct CorpusMaterial {
    var paragraphs: [String] = []
    /// Paragraphs with characters outside ASCII (curly quotes, accents, emoji, CJK), drawn more
    /// often than their share so that every size of library has plenty of them.
    var unicodeParagraphs: [String] = []
    var questions: [String] = []
    var names: [String] = []
    var titles: [String] = []

    static func load(library: URL, transcripts: URL) throws -> CorpusMaterial {
        var material = CorpusMaterial()
        var names = Set<String>()
        for file in try Library.interviewFiles(in: library) {
            let interview = try InterviewFormat.read(contentsOf: file)
            material.titles.append(interview.title)
            for speaker in interview.speakers where speaker.name.count > 3 { names.insert(speaker.name) }
            for exchange in interview.exchanges {
                material.questions.append(exchange.question.text)
                for answer in exchange.answers { material.add(paragraphs: answer.paragraphs) }
            }
            for section in interview.sections { material.add(paragraphs: section.paragraphs) }
        }
        for file in try transcriptFiles(in: transcripts) {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            material.addTranscript(text, names: &names)
        }
        material.names = names.sorted()
        guard !material.paragraphs.isEmpty, !material.questions.isEmpty, material.names.count >= 4 else {
            throw BenchError("not enough material in \(library.path) and \(transcripts.path) to build interviews")
        }
        return material
    }

    /// Every `.md` file below the folder, sorted by path.
    static func transcriptFiles(in folder: URL) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            throw BenchError("\(folder.path): not a folder")
        }
        var files: [URL] = []
        for case let url as URL in walker where url.pathExtension == "md" { files.append(url) }
        return files.sorted { $0.path < $1.path }
    }

    private mutating func add(paragraphs texts: [String]) {
        for paragraph in texts {
            let text = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.count >= 40, text.count <= 3_000 else { continue }
            keep(text)
        }
    }

    private mutating func keep(_ text: String) {
        paragraphs.append(text)
        if text.unicodeScalars.contains(where: { $0.value > 0x7F }) { unicodeParagraphs.append(text) }
    }

    /// Splits a transcript into turns: a paragraph starting with `**Name:**` opens a turn; the
    /// paragraphs after it belong to it. A turn that ends with a question mark becomes a
    /// question; other paragraphs become answer text.
    private mutating func addTranscript(_ text: String, names: inout Set<String>) {
        for block in text.components(separatedBy: "\n\n") {
            var paragraph = block.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !paragraph.isEmpty, !paragraph.hasPrefix("#") else { continue }
            if paragraph.hasPrefix("**"), let end = paragraph.range(of: ":**") {
                let name = String(paragraph[paragraph.index(paragraph.startIndex, offsetBy: 2)..<end.lowerBound])
                if name.count > 3, name.count < 40, name.contains(" ") { names.insert(name) }
                paragraph = paragraph[end.upperBound...].trimmingCharacters(in: .whitespaces)
                if paragraph.hasSuffix("?"), paragraph.count >= 20, paragraph.count <= 300 {
                    questions.append(Self.unescaped(paragraph))
                    continue
                }
            }
            let clean = Self.unescaped(paragraph)
            if clean.count >= 40, clean.count <= 3_000, !clean.contains("\n") { keep(clean) }
        }
    }

    /// The transcripts escape Markdown brackets (`\[laughs\]`); the canonical format stores
    /// plain text.
    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\[", with: "[").replacingOccurrences(of: "\\]", with: "]")
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
