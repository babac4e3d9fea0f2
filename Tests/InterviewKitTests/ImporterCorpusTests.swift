import Foundation
import Testing
@testable import InterviewKit

/// Imports every transcript of ../shared/corpus/changelog (`**Name:** text` turns): each must
/// import, validate, round-trip, keep every word, and give every labelled turn to the speaker
/// its label names; one imported without exchanges must have a single labelled voice, its
/// speaker. Skipped, visibly, when the corpus is absent, and without the long-test switch
/// `PARLEY_LONG_TESTS=1` (it takes minutes; `.ci/run` and `scripts/faults.sh` set it).
@Suite(
    "Importer corpus",
    .enabled(if: ImportFixtures.hasCorpus, "../shared/corpus/changelog is absent: corpus test skipped"),
    .enabled(if: ImportFixtures.longTests, "the whole corpus runs only with PARLEY_LONG_TESTS=1 (.ci/run sets it)")
)
struct ImporterCorpusTests {
    /// One file's findings; collected from worker threads.
    struct Finding: Sendable {
        var file: String
        var bytes: Int
        var problems: [String]
        var monologue: Bool
        /// Imported without exchanges, and without the one speaker its labels name.
        var speakerDropped = false
        var turns: Int
    }

    /// The transcripts whose single `**Name:**` label (used once) the importer does not keep as
    /// a speaker: known, and pinned so that a change either way shows. Remove a file from here
    /// when the importer keeps its speaker.
    static let monologuesWithoutTheirSpeaker: Set<String> = ["changelog-news-2", "practical-ai-285"]

    final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var findings: [Finding] = []
        func add(_ finding: Finding) { lock.lock(); findings.append(finding); lock.unlock() }
        var all: [Finding] { lock.lock(); defer { lock.unlock() }; return findings }
    }

    static func corpusFiles() throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: ImportFixtures.corpusDirectory, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "md" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The `**Name:**` turns of a transcript as the label wrote them: name and opening words.
    static func labelledTurns(_ text: String) -> [(name: String, opening: String)] {
        let paragraphs = text.components(separatedBy: "\n\n")
        var turns: [(String, String)] = []
        for (index, paragraph) in paragraphs.enumerated() {
            guard paragraph.hasPrefix("**"), let end = paragraph.range(of: ":**") else { continue }
            var name = String(paragraph[paragraph.index(paragraph.startIndex, offsetBy: 2)..<end.lowerBound])
            // A label typed twice (`**Ann Lee: Ann Lee:**`) names one speaker.
            if let colon = name.range(of: ": "), name[..<colon.lowerBound] == name[colon.upperBound...] {
                name = String(name[..<colon.lowerBound])
            }
            guard !name.isEmpty, !name.contains("*"), !PageNoise.markerWords.contains(name.lowercased()) else { continue }
            var rest = String(paragraph[end.upperBound...]).trimmingCharacters(in: .whitespaces)
            if let newline = rest.firstIndex(of: "\n") { rest = String(rest[..<newline]) }
            // A label alone, or with only a timestamp, speaks the next paragraph.
            if rest.isEmpty || Timestamp.isOnlyTimestamps(rest) {
                // Nothing said (the next paragraph is another label): not a turn.
                guard index + 1 < paragraphs.count, !paragraphs[index + 1].hasPrefix("**") else { continue }
                let next = paragraphs[index + 1].components(separatedBy: "\n")[0]
                rest = rest.isEmpty ? next : rest + " " + next
            }
            let opening = key(spokenText(rest))
            if !opening.isEmpty { turns.append((name, opening)) }
        }
        return turns
    }

    /// A turn's text as the importer keeps it: its leading time marks are the turn's time, and
    /// escaped brackets and time marks inside the text are layout, not words.
    static func spokenText(_ text: String) -> String {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        while let length = Timestamp.leadingLength(rest) {
            rest = rest.dropFirst(length).drop(while: { $0 == " " })
        }
        var noise: [String] = []
        return InlineMarks.clean(String(rest), noise: &noise)
    }

    /// A comparable form of a turn's opening: decoded, whitespace collapsed, 40 characters.
    static func key(_ text: String) -> String {
        // Control characters are not words: the importer may drop them (a stray GS byte).
        let decoded = String(String.UnicodeScalarView(HTMLEntities.decode(text).unicodeScalars.filter {
            $0.properties.generalCategory != .control || $0 == "\n" || $0 == "\t"
        }))
        return String(decoded.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ").prefix(40))
    }

    static func check(_ url: URL, sampleRoundTrip: Bool) -> Finding {
        let name = url.deletingPathExtension().lastPathComponent
        var problems: [String] = []
        guard let data = try? Data(contentsOf: url) else { return Finding(file: name, bytes: 0, problems: ["unreadable"], monologue: false, turns: 0) }
        let source = String(decoding: data, as: UTF8.self)
        let result: ImportResult
        do {
            result = try Importer.importText(data, fileName: url.lastPathComponent)
        } catch {
            return Finding(file: name, bytes: data.count, problems: ["import failed: \(error)"], monologue: false, turns: 0)
        }
        let interview = result.interview
        problems += interview.validate()
        if interview.id != Slug.make(interview.title) { problems.append("id is not the title's slug") }
        // The canonical round trip is the format's own cost; every tenth file keeps it covered
        // here (seeds and synthetic layouts check it on every import).
        if sampleRoundTrip, (try? InterviewFormat.read(InterviewFormat.write(interview))) != interview {
            problems.append("round trip changed the interview")
        }
        let lost = ImportFixtures.lostWords(source: source, result: result)
        if !lost.isEmpty { problems.append("lost words: \(lost.prefix(10))") }

        // Every labelled turn is a question or answer by the speaker of that name.
        let monologue = interview.exchanges.isEmpty
        var spoken = Set<String>()
        for exchange in interview.exchanges {
            let asker = interview.name(of: exchange.question.speaker)
            // Turns are compared by their first line, as `labelledTurns` reads them.
            func opening(_ paragraph: String) -> String { key(String(paragraph.prefix { $0 != "\n" })) }
            for paragraph in exchange.question.paragraphs { spoken.insert(asker + "\u{0}" + opening(paragraph)) }
            for answer in exchange.answers {
                let speaker = interview.name(of: answer.speaker)
                for paragraph in answer.paragraphs { spoken.insert(speaker + "\u{0}" + opening(paragraph)) }
            }
        }
        let turns = labelledTurns(source)
        if monologue {
            // No exchanges is right only for one voice (a news episode, a solo talk): labels
            // naming two people mean an interview that lost its questions and answers.
            let voices = Set(turns.map(\.name))
            if voices.count > 1 { problems.append("imported without exchanges, but its labels name \(voices.sorted())") }
            if let voice = voices.first, !interview.speakers.contains(where: { $0.name == voice }) {
                return Finding(file: name, bytes: data.count, problems: problems, monologue: true, speakerDropped: true, turns: turns.count)
            }
        } else {
            for turn in turns where !spoken.contains(turn.name + "\u{0}" + turn.opening) {
                problems.append("turn by \(turn.name) not attributed: “\(turn.opening)”")
                if problems.count > 12 { break }
            }
        }
        return Finding(file: name, bytes: data.count, problems: problems, monologue: monologue, turns: turns.count)
    }

    @Test("every changelog transcript imports with its turns attributed and no text lost")
    func wholeCorpus() throws {
        let files = try Self.corpusFiles()
        #expect(files.count > 2000)
        let collector = Collector()
        let start = Date()
        // Two workers (the machine's cores), each taking every other file.
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: files.count, by: workers) {
                collector.add(Self.check(files[index], sampleRoundTrip: index % 10 == 0))
            }
        }
        let seconds = Date().timeIntervalSince(start)
        let findings = collector.all
        let bytes = findings.reduce(0) { $0 + $1.bytes }
        let megabytes = Double(bytes) / 1_000_000
        let turns = findings.reduce(0) { $0 + $1.turns }
        print(String(format: "corpus: %d files, %.1f MB, %d labelled turns, %.1f s, %.2f MB/s (%d workers; import + validation + round trip + checks)",
                     findings.count, megabytes, turns, seconds, megabytes / seconds, workers))
        let monologues = findings.filter(\.monologue).map(\.file)
        print("single-speaker files imported as talks: \(monologues)")
        let failing = findings.filter { !$0.problems.isEmpty }
        for finding in failing.prefix(20) {
            print("FAIL \(finding.file): \(finding.problems.prefix(5).joined(separator: "; "))")
        }
        #expect(failing.isEmpty, "\(failing.count) of \(findings.count) files have problems")
        #expect(Set(findings.filter(\.speakerDropped).map(\.file)) == Self.monologuesWithoutTheirSpeaker,
                "imported without exchanges and without the speaker their one label names")
        #expect(findings.count == files.count)
    }
}
