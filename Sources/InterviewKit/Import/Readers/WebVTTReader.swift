/// Reads WebVTT captions (W3C WebVTT): the `WEBVTT` header, NOTE, STYLE and REGION blocks, cues
/// with optional identifiers, timing lines with or without hours and with cue settings, and cue
/// text with voice spans (`<v Name>`, `<v.class Name>`), `Name:` labels, inline tags, timestamps
/// and character references.
///
/// The header's text (`WEBVTT - An interview`) or a `Title:` line in the header or a NOTE is
/// the title; `WEBVTT` itself never is. Turns come from `CaptionTurns`.
struct WebVTTReader: FormatReader {
    let name = "WebVTT captions"

    /// The signature is the first line, so fitting reads one line.
    func fit(_ input: ImportInput) -> ReaderFit {
        guard let first = input.firstBodyLine, Self.isHeader(first) else { return .none }
        return ReaderFit(score: 0.98, "the first line is the WEBVTT signature")
    }

    func read(_ input: ImportInput) throws -> SourceDocument {
        var document = SourceDocument(metadata: input.metadata)
        let body = input.body
        var index = body.startIndex
        while index < body.endIndex, TextDecoding.trimmed(body[index]).isEmpty { index += 1 }
        if index < body.endIndex, Self.isHeader(Substring(TextDecoding.trimmed(body[index]))) {
            readHeader(body, from: &index, into: &document)
        }
        let cues = CaptionCueScanner(readsWebVTTBlocks: true).scan(body[index...], into: &document)
        takeNoteMetadata(&document)
        CaptionTurns.read(cues, into: &document)
        return document
    }

    /// `WEBVTT`, alone or followed by a blank and text; a byte order mark may precede it.
    static func isHeader(_ line: Substring) -> Bool {
        let line = line.first == "\u{FEFF}" ? line.dropFirst() : line
        guard line.hasPrefix("WEBVTT") else { return false }
        let after = line.dropFirst(6)
        return after.isEmpty || after.first == " " || after.first == "\t"
    }

    /// The signature line and the header lines under it (`Kind: captions`, `Language: en`),
    /// up to the first blank line or the first cue.
    private func readHeader(_ body: ArraySlice<String>, from index: inout Int, into document: inout SourceDocument) {
        let signature = TextDecoding.trimmed(body[index])
        let text = TextDecoding.trimmed(signature.drop { $0 != " " && $0 != "\t" }.drop { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" })
        // `WEBVTT FILE` is how early WebVTT files began: a signature, not a title.
        if text.isEmpty || text == "FILE" {
            document.noise.append(body[index])
        } else {
            document.metadataLines.append(body[index])
            if document.title == nil { document.title = CaptionMarkup.plainText(text) }
        }
        index += 1
        while index < body.endIndex {
            let line = TextDecoding.trimmed(body[index])
            if line.isEmpty || CueTiming.parse(line) != nil { break }
            if index + 1 < body.endIndex, CueTiming.parse(TextDecoding.trimmed(body[index + 1])) != nil { break }
            document.metadataLines.append(body[index])
            index += 1
        }
    }

    /// `Title:` and `Date:` lines among the metadata lines (header and NOTE blocks).
    private func takeNoteMetadata(_ document: inout SourceDocument) {
        for line in document.metadataLines {
            var text = Substring(TextDecoding.trimmed(line))
            if text.hasPrefix("NOTE") { text = TextDecoding.trimmingLeadingWhitespace(text.dropFirst(4)) }
            guard let colon = text.firstIndex(of: ":") else { continue }
            let key = text[..<colon].lowercased()
            let value = TextDecoding.trimmed(text[text.index(after: colon)...])
            guard !value.isEmpty else { continue }
            if key == "title", document.title == nil { document.title = CaptionMarkup.plainText(value) }
            if key == "date", document.date == nil { document.date = DateText.parse(value) }
        }
    }
}
