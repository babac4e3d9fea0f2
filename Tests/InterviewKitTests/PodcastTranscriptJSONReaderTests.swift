import Foundation
import Testing
@testable import InterviewKit

/// The Podcasting 2.0 JSON transcript reader: word-level and sentence-level segments merged
/// into turns, spacing and punctuation, metadata, and malformed files.
@Suite("Podcasting 2.0 JSON reader")
struct PodcastTranscriptJSONReaderTests {
    let reader = PodcastTranscriptJSONReader()

    func read(_ text: String) throws -> SourceDocument {
        try reader.read(try ReaderTestSupport.input(text, fileName: "episode.json"))
    }

    /// Word-level, as in the spec's example: one segment a word, a line break closing a thought.
    static let wordLevel = """
    {
      "version": "1.0.0",
      "segments": [
        {"speaker": "Nadia Farouk", "startTime": 0.5, "endTime": 0.75, "body": "Welcome"},
        {"speaker": "Nadia Farouk", "startTime": 0.8, "endTime": 1.0, "body": "back"},
        {"speaker": "Nadia Farouk", "startTime": 1.0, "endTime": 1.1, "body": ","},
        {"speaker": "Nadia Farouk", "startTime": 1.2, "endTime": 1.5, "body": "Luis"},
        {"speaker": "Nadia Farouk", "startTime": 1.5, "endTime": 1.6, "body": "."},
        {"speaker": "Nadia Farouk", "startTime": 1.7, "endTime": 2.0, "body": "It"},
        {"speaker": "Nadia Farouk", "startTime": 2.0, "endTime": 2.1, "body": "'s"},
        {"speaker": "Nadia Farouk", "startTime": 2.1, "endTime": 2.5, "body": "(finally)"},
        {"speaker": "Nadia Farouk", "startTime": 2.5, "endTime": 2.9, "body": "spring.\\n"},
        {"startTime": 3.0, "endTime": 3.4, "body": "Ready?"},
        {"speaker": "Luis Prado", "startTime": 3.75, "endTime": 4.0, "body": "Always"},
        {"speaker": "Luis Prado", "startTime": 4.0, "endTime": 4.2, "body": "!"}
      ]
    }
    """

    @Test("a JSON object with segments scores unmistakable; other JSON and text score low or nothing")
    func fitScores() throws {
        #expect(reader.fit(try ReaderTestSupport.input(Self.wordLevel)).score >= 0.95)
        #expect(reader.fit(try ReaderTestSupport.input("{\"segments\": [{\"start\": 0, \"text\": \"hi\"}]}")).score >= 0.95)
        #expect(reader.fit(try ReaderTestSupport.input("{\"name\": \"package\", \"version\": \"1.0.0\"}")).score < 0.1)
        #expect(reader.fit(try ReaderTestSupport.input("The segments of a talk: \"segments\" {")).score == 0)
    }

    @Test("word segments merge into turns by speaker, spaced as prose, a line break ending a paragraph")
    func wordLevelGolden() throws {
        let document = try read(Self.wordLevel)
        let turns = document.turns
        try #require(turns.count == 2)
        #expect(turns.map(\.label) == ["Nadia Farouk", "Luis Prado"])
        #expect(turns.map { $0.time?.milliseconds } == [500, 3_750])
        #expect(turns[0].texts == ["Welcome back, Luis. It's (finally) spring.", "Ready?"])
        #expect(turns[1].texts == ["Always!"])
    }

    @Test("top-level metadata fills the document and is listed")
    func metadata() throws {
        let document = try read("""
        {"version": "1.0.0", "title": "Episode 12: Parsers", "date": "2024-02-29",
         "url": "https://example.org/ep12", "audioUrl": "https://example.org/ep12.mp3",
         "speakers": ["Nadia Farouk", {"name": "Luis Prado"}], "language": "en",
         "segments": [{"speaker": "Nadia Farouk", "startTime": "1.5", "body": "Hi there."}]}
        """)
        #expect(document.title == "Episode 12: Parsers")
        #expect(document.date == "2024-02-29")
        #expect(document.source == "https://example.org/ep12")
        #expect(document.media == "https://example.org/ep12.mp3")
        #expect(document.people.map(\.name) == ["Nadia Farouk", "Luis Prado"])
        #expect(document.metadataLines.contains("language: en") && document.metadataLines.contains("version: 1.0.0"))
        #expect(document.turns.first?.time == Timecode(milliseconds: 1_500))
    }

    @Test("sentence segments and a long pause: paragraphs break after a sentence that precedes silence")
    func sentenceLevel() throws {
        let document = try read("""
        {"segments": [
          {"speaker": "A", "start": 0, "end": 4, "text": " First sentence here."},
          {"speaker": "A", "start": 4.1, "end": 8, "text": " Second one."},
          {"speaker": "A", "start": 12, "end": 14, "text": " After a pause."}
        ]}
        """)
        try #require(document.turns.count == 1)
        #expect(document.turns[0].texts == ["First sentence here. Second one.", "After a pause."])
    }

    @Test("malformed files get a clear error naming the file; bad segments are counted, not fatal")
    func malformed() throws {
        #expect(throws: ReaderError.self) { try read("{\"segments\": [ {\"body\": \"unterminated }") }
        do {
            _ = try read("{\"segments\": {\"body\": \"not a list\"}}")
            Issue.record("a non-array segments value was accepted")
        } catch let error as ReaderError {
            #expect(error.description.contains("episode.json") && error.description.contains("\"segments\""))
        }
        let document = try read("{\"segments\": [{\"speaker\": \"A\"}, 7, {\"speaker\": \"A\", \"body\": \"kept\"}]}")
        #expect(document.turns.map(\.texts) == [["kept"]])
        #expect(document.warnings == ["2 segment(s) had no text body and were skipped"])
    }

    @Test("100,000 word segments merge in one pass")
    func manySegments() throws {
        var segments: [String] = []
        for index in 0..<100_000 {
            segments.append("{\"speaker\": \"\(index / 100 % 2 == 0 ? "A" : "B")\", \"startTime\": \(Double(index) / 4), \"body\": \"w\(index)\"}")
        }
        let document = try read("{\"version\": \"1.0.0\", \"segments\": [\n" + segments.joined(separator: ",\n") + "\n]}")
        #expect(document.turns.count == 1_000)
        #expect(ReaderTestSupport.words(document.spokenText).count == 100_000)
    }
}
