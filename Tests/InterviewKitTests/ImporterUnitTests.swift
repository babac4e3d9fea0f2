import Foundation
import Testing
@testable import InterviewKit

/// Shared helpers for the importer tests, and tests of the small pieces the layouts use.
enum ImportFixtures {
    /// `../shared` next to the package root, found from this file's path.
    static let sharedDirectory: URL = {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// The repository's `data` folder: the raw seed texts (`sources`) and what importing them
    /// gives (`interviews`).
    static let dataDirectory: URL = {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("data")
    }()

    static var seedsDirectory: URL { dataDirectory.appendingPathComponent("sources") }
    static var corpusDirectory: URL { sharedDirectory.appendingPathComponent("corpus/changelog") }
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpusDirectory.path) }
    /// The long-test switch, `PARLEY_LONG_TESTS=1`, that `scripts/faults.sh` and `.ci/run` set:
    /// tests that take most of a plain `swift test`'s time run only with it on.
    static var longTests: Bool { ProcessInfo.processInfo.environment["PARLEY_LONG_TESTS"] == "1" }

    static func importText(_ text: String, fileName: String = "test.txt") throws -> ImportResult {
        try Importer.importText(Data(text.utf8), fileName: fileName)
    }

    /// Imports a seed, checking that the result is valid and survives the canonical round trip.
    static func importSeed(_ name: String) throws -> (ImportResult, String) {
        let url = seedsDirectory.appendingPathComponent(name)
        let data = try Data(contentsOf: url)
        let result = try Importer.importText(data, fileName: name)
        expectSound(result)
        return (result, String(decoding: data, as: UTF8.self))
    }

    /// Valid for the writer, id made from the title, and unchanged by write then read.
    static func expectSound(_ result: ImportResult, sourceLocation: SourceLocation = #_sourceLocation) {
        let interview = result.interview
        #expect(interview.validate() == [], sourceLocation: sourceLocation)
        #expect(interview.id == Slug.make(interview.title), sourceLocation: sourceLocation)
        let written = InterviewFormat.write(interview)
        do {
            let read = try InterviewFormat.read(written)
            #expect(read == interview, "round trip changed the interview", sourceLocation: sourceLocation)
        } catch {
            Issue.record("the canonical file does not read back: \(error)", sourceLocation: sourceLocation)
        }
    }

    /// Every piece of text the interview holds, in reading order, with speaker names, title,
    /// tags, noise and metadata lines: what the "no text lost" checks compare against.
    static func outputText(_ result: ImportResult) -> [String] {
        let interview = result.interview
        var texts = [interview.title] + interview.tags + interview.speakers.map(\.name) + result.noise + result.metadata
        if let date = interview.date { texts.append(date) }
        for block in interview.blocks {
            switch block {
            case .section(let index):
                texts.append(interview.sections[index].title)
                texts += interview.sections[index].paragraphs
            case .exchange(let index):
                let exchange = interview.exchanges[index]
                texts.append(exchange.question.text)
                for answer in exchange.answers { texts += answer.paragraphs }
                texts += ([exchange.question.time] + exchange.answers.map(\.time)).compactMap { $0.map(timeWords) }
            }
        }
        return texts
    }

    /// A turn time as the words a source may have written it in (`00:04:03.15`, `4:03`).
    static func timeWords(_ time: Timecode) -> String {
        let seconds = time.milliseconds / 1000
        // Minutes past the hour may be written as a count of minutes (`\[64:05\]`).
        return "\(time) \(seconds / 3600):\(seconds / 60 % 60):\(seconds % 60) \(seconds / 60) 0 \(time.milliseconds % 1000 / 10)"
    }

    /// The paragraphs people said: questions and answers, not sections.
    static func spokenParagraphs(_ interview: Interview) -> [String] {
        interview.exchanges.flatMap { [$0.question.text] + $0.answers.flatMap(\.paragraphs) }
    }

    /// Hashes of the lowercased words (runs of ASCII letters and digits, or of non-ASCII
    /// bytes) of a text, with the HTML references pages carry decoded. Works on bytes so that
    /// checking the whole corpus stays fast in a debug build.
    static func wordHashes(_ text: String, into set: inout Set<UInt64>) {
        forEachWord(text) { hash, _ in set.insert(hash) }
    }

    static func forEachWord(_ text: String, _ body: (UInt64, () -> String) -> Void) {
        var decoded = text.utf8.contains(0x26) ? HTMLEntities.decode(text) : text
        decoded.withUTF8 { buffer in
            let offsetBasis: UInt64 = 0xcbf29ce484222325
            var hash = offsetBasis
            var start = -1
            var index = 0
            let count = buffer.count
            while index <= count {
                var byte: UInt8 = 0x20
                if index < count { byte = buffer[index] }
                // Curly quotes and apostrophes (E2 80 xx) separate words, like ASCII ones.
                var separator = !((byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80)
                var skip = 1
                if byte == 0xE2, index + 2 < count, buffer[index + 1] == 0x80 { separator = true; skip = 3 }
                // Full-width punctuation (EF BC xx, EF BD xx) and CJK commas and stops (E3 80 xx).
                if byte == 0xEF, index + 2 < count, buffer[index + 1] == 0xBC || buffer[index + 1] == 0xBD { separator = true; skip = 3 }
                if byte == 0xE3, index + 2 < count, buffer[index + 1] == 0x80 { separator = true; skip = 3 }
                // A non-breaking space (C2 A0) separates words like a space.
                if byte == 0xC2, index + 1 < count, buffer[index + 1] == 0xA0 { separator = true; skip = 2 }
                if separator {
                    if start >= 0 {
                        let range = start..<index
                        body(hash) { String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self).lowercased() }
                    }
                    start = -1
                    hash = offsetBasis
                    index += skip
                    continue
                }
                if start < 0 { start = index }
                let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                hash = (hash ^ UInt64(lower)) &* 0x100000001b3
                index += 1
            }
        }
    }

    static let dateWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

    /// The words of `source` missing from the import's output (title, speakers, tags, text,
    /// noise and metadata lines); month and weekday names are allowed to go, since dates are
    /// rewritten as numbers.
    static func lostWords(source: String, result: ImportResult) -> [String] {
        var output = Set<UInt64>()
        for text in outputText(result) { wordHashes(text, into: &output) }
        var lost: [String] = []
        forEachWord(source) { hash, makeWord in
            guard !output.contains(hash) else { return }
            let word = makeWord()
            if dateWords.contains(word) { return }
            // Numbers of a date line ("05") are in the ISO date ("2017-10-05") without the zero.
            if let number = Int(word) {
                var numberHash = Set<UInt64>()
                wordHashes(String(number), into: &numberHash)
                if output.isSuperset(of: numberHash) { return }
            }
            lost.append(word)
        }
        return lost
    }

    /// A short printed summary, so test logs show what the importer made of a file.
    static func summary(_ result: ImportResult) -> String {
        let interview = result.interview
        var lines = ["\(interview.title) [\(result.layout)] date=\(interview.date ?? "-") tags=\(interview.tags)"]
        lines.append("speakers: " + interview.speakers.map { "\($0.name) (\($0.role.rawValue))" }.joined(separator: ", "))
        lines.append("sections: " + interview.sections.map { "\($0.title)@\($0.position)×\($0.paragraphs.count)" }.joined(separator: ", "))
        for (index, exchange) in interview.exchanges.enumerated() {
            let answers = exchange.answers.map { "\(interview.name(of: $0.speaker))×\($0.paragraphs.count)" }.joined(separator: ", ")
            lines.append("Q\(index + 1) [\(interview.name(of: exchange.question.speaker))] \(exchange.question.text.prefix(70)) → \(answers)")
        }
        lines.append("warnings: \(result.warnings)")
        lines.append("noise: \(result.noise.map { String($0.prefix(40)) })")
        return lines.joined(separator: "\n")
    }
}

@Suite("Importer pieces")
struct ImporterUnitTests {
    @Test("dates in common forms", arguments: [
        ("Thursday 05 October 2017", "2017-10-05"), ("2017-10-05", "2017-10-05"), ("October 5, 2017", "2017-10-05"),
        ("Mar 13th 2023", "2023-03-13"), ("5 Oct 2017", "2017-10-05"), ("October 2017", "2017-10"), ("2019/02/28", "2019-02-28"),
    ])
    func dates(text: String, expected: String) {
        #expect(DateText.parse(text) == expected)
    }

    @Test("text that is not a date", arguments: ["May I ask you something?", "Python 3 and 2", "13 reasons"])
    func notDates(text: String) {
        #expect(DateText.parse(text) == nil)
    }

    @Test("titles from file names")
    func fileTitles() {
        #expect(FileTitle.make("go-time-100.md") == "Go Time 100")
        #expect(FileTitle.make("dir/the-changelog-207.md") == "The Changelog 207")
        #expect(FileTitle.make("big-tent-s1e9.md") == "Big Tent S1E9")
        #expect(FileTitle.make("042_open_source_with_ada_lovelace.vtt") == "Open source with Ada Lovelace")
        #expect(FileTitle.make("/tmp/tmp.Xk2j9aQ.txt") == "Untitled interview")
        #expect(FileTitle.make("a8f3k2c9d1.srt") == "Untitled interview")
        #expect(FileTitle.make("why_we_moved_our_iOS_app_to_rust.md") == "Why we moved our iOS app to rust")
    }

    @Test("speaker labels in their common forms")
    func labels() throws {
        let doubled = try #require(SpeakerLabel.parse("**Jane Doe: Jane Doe:** Hello again."))
        #expect(doubled.name == "Jane Doe" && doubled.rest == "Hello again.")
        let bold = try #require(SpeakerLabel.parse("**Jane Doe:** Hello there."))
        #expect(bold.name == "Jane Doe" && bold.rest == "Hello there." && bold.bold)
        let stamped = try #require(SpeakerLabel.parse("**Jane Doe:** [00:12:34] Hello."))
        #expect(stamped.name == "Jane Doe" && stamped.rest == "Hello." && stamped.time == Timecode(milliseconds: 754_000))
        let leading = try #require(SpeakerLabel.parse("[00:01] Sam Roe: Fine, thanks."))
        #expect(leading.name == "Sam Roe" && leading.timestamp == "[00:01]" && leading.rest == "Fine, thanks.")
        let alone = try #require(SpeakerLabel.parse("Sam Roe:"))
        #expect(alone.name == "Sam Roe" && alone.rest.isEmpty)
        let outside = try #require(SpeakerLabel.parse("**Break**: \\[24:52\\]"))
        #expect(outside.name == "Break" && outside.rest.isEmpty && outside.timestamp == "\\[24:52\\]")
        #expect(SpeakerLabel.parse("Note: this is prose.") == nil)
        #expect(SpeakerLabel.parse("It was simple: we wrote tests.") == nil)
        #expect(SpeakerLabel.parse("See https://example.com") == nil)
    }

    @Test("page noise is recognised by its shape")
    func noise() {
        #expect(PageNoise.isNoise("k2ickovhz7ejytjdch5k"))
        #expect(PageNoise.isNoise("00:00"))
        #expect(PageNoise.isNoise("**Break:**"))
        #expect(PageNoise.isNoise("# **Break:** \\[25:59\\] to \\[27:11\\]"))
        #expect(PageNoise.isNoise("GardeningSoftware testingTime zoneMultiplication signData storage deviceLecture/Conference"))
        #expect(!PageNoise.isNoise("Why JavaScript and TypeScript rule on GitHub"))
        #expect(!PageNoise.isNoise("I moved from OpenStack to Kubernetes. It was fine."))
        #expect(!PageNoise.isNoise("Yes."))
    }
}
