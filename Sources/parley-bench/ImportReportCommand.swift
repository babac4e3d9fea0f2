import ArgumentParser
import Foundation
import InterviewKit

/// `parley-bench import-report FOLDER…`: imports every transcript file under the folders and
/// prints, per file, the reader chosen, speakers, turns, questions and the share of paragraphs
/// still carrying layout markup, then totals and throughput. The measure behind docs/IMPORT.md.
struct ImportReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-report",
        abstract: "Import folders of transcripts and report what each reader made of them."
    )

    @Argument(help: "Files or folders to import (folders are searched recursively).")
    var paths: [String]

    @Flag(help: "Print only the per-reader totals, not a line per file.")
    var summary = false

    func run() throws {
        let (files, emptyFolders) = TranscriptFiles.collect(paths)
        for folder in emptyFolders { print("\(folder)\tno transcript files") }
        var totals = ImportReportTotals()
        if !summary { print("file\treader\tfit\tspeakers\tturns\tquestions\tmarkup\ttime range") }
        for url in files {
            let data = try Data(contentsOf: url)
            let start = DispatchTime.now().uptimeNanoseconds
            let outcome = Result { try Importer.importText(data, fileName: url.lastPathComponent) }
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            totals.bytes += data.count
            totals.nanoseconds += elapsed
            switch outcome {
            case .failure(let error):
                totals.failures += 1
                if !summary { print("\(url.path)\tFAILED: \(error)") }
            case .success(let result):
                let row = ImportReportRow(result)
                totals.add(row, reader: result.layout)
                if !summary { print(row.line(path: url.path)) }
            }
        }
        print(totals.report(files: files.count))
    }
}

/// One imported file's figures.
struct ImportReportRow {
    var reader: String
    var fit: Double
    var speakers: [String]
    var turns: Int
    var questions: Int
    var paragraphs: Int
    var marked: Int
    var timeRange: String

    init(_ result: ImportResult) {
        let interview = result.interview
        reader = result.layout
        fit = result.fitScore
        speakers = interview.speakers.map { "\($0.name) (\($0.role.rawValue))" }
        questions = interview.exchanges.count
        turns = interview.exchanges.reduce(0) { $0 + 1 + $1.answers.count }
        let texts = interview.exchanges.flatMap { [$0.question.text] + $0.answers.flatMap(\.paragraphs) } + interview.sections.flatMap(\.paragraphs)
        paragraphs = texts.count
        marked = texts.filter(LeftoverMarkup.present).count
        let times = interview.exchanges.flatMap { [$0.question.time] + $0.answers.map(\.time) }.compactMap { $0 }
        timeRange = times.isEmpty ? "-" : "\(times.min()!)–\(times.max()!)"
    }

    func line(path: String) -> String {
        let share = paragraphs == 0 ? 0 : Double(marked) / Double(paragraphs)
        return "\(path)\t\(reader)\t\(Int(fit * 100))%\t\(speakers.joined(separator: ", "))\t\(turns)\t\(questions)\t\(String(format: "%.1f%%", share * 100))\t\(timeRange)"
    }
}

struct ImportReportTotals {
    var bytes = 0
    var nanoseconds: UInt64 = 0
    var failures = 0
    var files: [String: Int] = [:]
    var turns = 0
    var questions = 0
    var paragraphs = 0
    var marked = 0

    mutating func add(_ row: ImportReportRow, reader: String) {
        files[reader, default: 0] += 1
        turns += row.turns
        questions += row.questions
        paragraphs += row.paragraphs
        marked += row.marked
    }

    func report(files count: Int) -> String {
        let seconds = Double(nanoseconds) / 1e9
        let megabytes = Double(bytes) / 1_048_576
        var lines = ["", "files: \(count), imported: \(count - failures), failed: \(failures)"]
        for (reader, files) in files.sorted(by: { $0.value > $1.value }) { lines.append("  \(reader): \(files)") }
        lines.append("turns: \(turns), questions: \(questions), paragraphs: \(paragraphs)")
        lines.append(String(format: "paragraphs with leftover markup: %d (%.2f%%)", marked, paragraphs == 0 ? 0 : Double(marked) * 100 / Double(paragraphs)))
        lines.append(String(format: "import: %.1f MB in %.2f s, %.1f MB/s (one thread, in process)", megabytes, seconds, seconds > 0 ? megabytes / seconds : 0))
        return lines.joined(separator: "\n")
    }
}

/// Layout marks that should never survive an import: cue timings and voice tags, time marks,
/// speaker labels at the start of a paragraph, SubRip cue numbers.
enum LeftoverMarkup {
    private static let patterns: [NSRegularExpression] = [
        #"-->"#, #"^WEBVTT"#, #"</?v[ .>]"#, #"</?c[.>]"#,
        #"\\?\[\d{1,2}:\d{2}(:\d{2})?([.,]\d+)?\\?\]"#,
        #"^\(?\d{1,2}:\d{2}(:\d{2})?\)?\s"#,
        #"^\*\*[^*\n]{1,40}:\*\*"#,
        #"^\*\*[^*\n]{1,40}\*\*:"#,
        #"^\d+\n\d{2}:\d{2}"#,
    ].map { try! NSRegularExpression(pattern: $0, options: [.anchorsMatchLines]) }

    static func present(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        return patterns.contains { $0.firstMatch(in: text, range: range) != nil }
    }
}
