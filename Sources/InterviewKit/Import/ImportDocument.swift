/// The text being imported, after decoding, metadata and noise removal, with what each step
/// set aside; layouts read it and add their findings.
struct ImportDocument {
    let fileName: String
    var metadata: SourceMetadata
    /// Body paragraphs, noise removed.
    var paragraphs: [Paragraph]
    var noise: [String] = []
    var warnings: [String] = []
    /// Lines consumed as metadata (front matter, title line, date line).
    var metadataLines: [String] = []
    /// The title the first line gives, when the body opens with a short title-like line.
    var leadingTitle: String?

    /// The title a layout should use when it found none of its own: metadata, then the
    /// leading line, then the file name.
    func title(found: String? = nil) -> String {
        metadata.title ?? found ?? leadingTitle ?? FileTitle.make(fileName)
    }
}

/// A title made from a file name, for transcripts that carry none ("go-time-100.md" → "Go Time 100").
enum FileTitle {
    static func make(_ fileName: String) -> String {
        var base = Substring(fileName.split(separator: "/").last ?? Substring(fileName))
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = base[..<dot] }
        let words = base.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " || $0 == "." })
        let title = words.map { word -> String in
            let text = String(word)
            if text.contains(where: \.isNumber), text.contains(where: \.isLetter) { return text.uppercased() }
            return text.prefix(1).uppercased() + text.dropFirst()
        }.joined(separator: " ")
        return title.isEmpty ? "Untitled interview" : title
    }
}

/// What a layout produced.
struct LayoutResult {
    var name: String
    var assembler: InterviewAssembler
    var title: String
    var date: String?
    var source: String?
    var tags: [String] = []
}
