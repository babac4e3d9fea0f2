/// Reads SubRip subtitles (`.srt`): numbered cues, a timing line
/// `00:00:05,203 --> 00:00:07,213`, then text lines. Podcast transcripts in this layout name a
/// speaker with `Name:` only where the speaker changes, and split sentences over cues; turns and
/// sentences are rebuilt by `CaptionTurns`. Also reads cue files with timing lines but no
/// numbers (WebVTT cues without their `WEBVTT` header), with a lower score.
struct SubRipReader: FormatReader {
    let name = "SubRip subtitles"

    /// Lines looked at to fit: enough for dozens of cues, bounded so fitting stays cheap.
    static let fitWindow = 400

    func fit(_ input: ImportInput) -> ReaderFit {
        let window = input.body.prefix(Self.fitWindow)
        var numbered = 0, timings = 0, textLines = 0
        var previous = ""
        var firstNonBlank: Substring?
        for raw in window {
            guard !TextDecoding.isBlankLine(raw) else { continue }
            if firstNonBlank == nil {
                let line = Substring(TextDecoding.trimmed(raw))
                firstNonBlank = line.first == "\u{FEFF}" ? line.dropFirst() : line
            }
            // Trimming makes no arrow: a line without one (most lines have no `>` at all) is
            // text, and is not trimmed to say so.
            if ByteSearch.contains(raw, UInt8(ascii: ">")), CueTiming.arrowRange(raw) != nil, CueTiming.parse(TextDecoding.trimmed(raw)) != nil {
                timings += 1
                let cueNumber = TextDecoding.trimmed(previous)
                if !cueNumber.isEmpty, cueNumber.allSatisfy(\.isASCIIDigit) { numbered += 1 }
            } else {
                textLines += 1
            }
            previous = raw
        }
        guard timings > 0 else { return .none }
        let startsNumbered = firstNonBlank.map { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) } ?? false
        if startsNumbered, numbered * 10 >= timings * 9 {
            return ReaderFit(score: 0.97, reasons: ["numbered cues with SubRip timing lines", "\(timings) timing line(s) in the first \(window.count) lines"])
        }
        // Cue timing lines that recur without numbers: headerless WebVTT or a loose SubRip.
        if timings >= 3, timings * 10 >= (timings + textLines) * 2 {
            return ReaderFit(score: 0.7, reasons: ["\(timings) cue timing lines without cue numbers"])
        }
        return ReaderFit(score: 0.1, "a few cue timing lines in prose")
    }

    func read(_ input: ImportInput) throws -> SourceDocument {
        var document = SourceDocument(metadata: input.metadata)
        let cues = CaptionCueScanner(readsWebVTTBlocks: false).scan(input.body, into: &document)
        CaptionTurns.read(cues, into: &document)
        return document
    }
}
