import Foundation

/// Reads the Podcasting 2.0 JSON transcript (`podcast:transcript`, type `application/json`):
/// `{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}]}`.
///
/// Segments are often single words, so they are merged: consecutive segments of one speaker make
/// one turn (a segment without a speaker continues the last), words are spaced as prose (none
/// before a segment of bare punctuation), and a line break inside a body ends a paragraph. Top-level
/// keys beyond the spec (title, date, url, audio, speakers) are used as metadata and listed.
/// Whisper-style segments (`start`, `end`, `text`) are read the same way.
struct PodcastTranscriptJSONReader: FormatReader {
    let name = "Podcasting 2.0 JSON transcript"

    /// Characters of the file looked at to fit.
    static let fitWindow = 65_536

    func fit(_ input: ImportInput) -> ReaderFit {
        guard let first = input.firstBodyLine, first.drop(while: { $0 == "\u{FEFF}" }).first == "{" else { return .none }
        var budget = Self.fitWindow
        var segments = false, podcastKeys = false
        for line in input.body {
            guard budget > 0 else { break }
            let part = line.prefix(budget)
            budget -= part.count + 1
            if part.contains("\"segments\"") { segments = true }
            if part.contains("\"version\"") || part.contains("\"startTime\"") || part.contains("\"body\"") { podcastKeys = true }
            if segments, podcastKeys { break }
        }
        guard segments else { return ReaderFit(score: 0.05, "a JSON object without \"segments\"") }
        return podcastKeys
            ? ReaderFit(score: 0.98, reasons: ["a JSON object with \"segments\"", "Podcasting 2.0 keys (version, startTime, body)"])
            : ReaderFit(score: 0.95, "a JSON object with \"segments\"")
    }

    func read(_ input: ImportInput) throws -> SourceDocument {
        var document = SourceDocument(metadata: input.metadata)
        let text = input.body.joined(separator: "\n")
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw ReaderError(fileName: input.fileName, reader: name, problem: "the JSON does not parse (\(Self.reason(error)))")
        }
        guard let root = object as? [String: Any] else {
            throw ReaderError(fileName: input.fileName, reader: name, problem: "the JSON is not an object with \"segments\"")
        }
        guard let segments = root["segments"] as? [Any] else {
            throw ReaderError(fileName: input.fileName, reader: name, problem: "there is no \"segments\" array")
        }
        readMetadata(root, into: &document)
        var builder = SpokenTurnBuilder()
        var unreadable = 0
        for item in segments {
            guard let segment = item as? [String: Any], let body = Self.string(segment["body"] ?? segment["text"]) else {
                unreadable += 1
                continue
            }
            let speaker = Self.string(segment["speaker"]).map(TextDecoding.trimmed).flatMap { $0.isEmpty ? nil : $0 }
            let start = Self.time(segment["startTime"] ?? segment["start"])
            let end = Self.time(segment["endTime"] ?? segment["end"])
            for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { builder.breakParagraph() }
                let words = CaptionMarkup.collapsingBlanks(String(line))
                if !words.isEmpty { builder.add(words, label: speaker, start: start, end: end) }
            }
        }
        document.blocks = builder.finish()
        if unreadable > 0 {
            document.warnings.append("\(unreadable) segment(s) had no text body and were skipped")
        }
        return document
    }

    /// Top-level keys: the known ones fill the document, and every one is listed as a
    /// metadata line (`key: value`), in key order.
    private func readMetadata(_ root: [String: Any], into document: inout SourceDocument) {
        for key in root.keys.sorted() where key != "segments" {
            let value = root[key]!
            if let text = Self.string(value) {
                document.metadataLines.append("\(key): \(text)")
                switch key.lowercased() {
                case "title", "episodetitle", "episode_title", "name": if document.title == nil { document.title = text }
                case "date", "pubdate", "published", "publishedat", "published_at", "recorded":
                    if document.date == nil { document.date = DateText.parse(text) }
                case "url", "link", "source", "episodeurl", "episode_url": if document.source == nil { document.source = text }
                case "media", "audio", "audiourl", "audio_url", "mediaurl", "media_url", "enclosure", "video":
                    if document.media == nil { document.media = text }
                default: break
                }
            } else if let list = value as? [Any] {
                let names = list.compactMap { Self.string($0) ?? Self.string(($0 as? [String: Any])?["name"]) }
                document.metadataLines.append("\(key): \(names.joined(separator: ", "))")
                if ["speakers", "people", "participants"].contains(key.lowercased()) {
                    for name in names where !document.people.contains(where: { $0.name == name }) {
                        document.people.append((name, .unknown))
                    }
                }
            }
        }
    }

    /// A JSON string, or a number written as text (some exporters quote everything).
    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }

    /// Seconds as a number or a numeric string, or a clock time (`0:01.5`).
    private static func time(_ value: Any?) -> Timecode? {
        switch value {
        case let number as NSNumber: Timecode(seconds: number.doubleValue)
        case let text as String: Double(text).map(Timecode.init(seconds:)) ?? Timecode(parsing: text)
        default: nil
        }
    }

    /// Foundation's parse error says where; its debug description is the useful part.
    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }
}
