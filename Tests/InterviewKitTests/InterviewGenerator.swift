@testable import InterviewKit

/// Builds random valid interviews from a seed, biased towards text that looks like the format's
/// own structure (headings, labels, time markers, backslashes, quote marks, a bare `---` line)
/// or that a careless writer would break (tabs, control and escape characters, YAML's special
/// scalars) so the writer's escaping is tested; turns get times and the interview a media URL
/// about half the time.
struct InterviewGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// SplitMix64: tiny, fast and deterministic, so a failing seed reproduces.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    static let words = [
        "open", "source", "café", "naïve", "🙂", "日本語", "👨‍👩‍👧", "“quoted”", "it’s", "#hash", "**bold**",
        "x:", "Q:", "\\", "\\\\", ">", "-", "1.", "e\u{301}", "code()", "a_b", "?", "NEAR(", "'", "\"",
        "tab\there", "\u{1B}[31mred\u{1B}[0m", "bell\u{07}", "\u{9B}2J", "del\u{7F}", "\u{1B}]0;title\u{07}", "~", "null", "&a", "*a", "!x",
        "[12:04]", "[1:2]",
    ]
    static let lineStarts = [
        "", "", "", "# ", "## ", "### ", "\\", "\\## ", "> ", "- ", "    ", "**Ann Lee:** ", "**Bo:** ", "\\**Bo:** ", "---", "#",
        "[12:04] ", "[1:02:03.5] ", "[99:99] ", "[:] ", "\\[0:01] ", "[0:05]x ", "**Bo:** [0:07] ",
        "\t", "---\t", "\u{1B}",
    ]
    /// Whole lines that mean something to the format's reader: the front matter's delimiter.
    static let wholeLines = ["---", "--- ---", "...", "***"]

    private mutating func line() -> String {
        if int(0...11) == 0 { return pick(Self.wholeLines) }
        let words = (0..<int(1...8)).map { _ in pick(Self.words) }.joined(separator: " ")
        return pick(Self.lineStarts) + words
    }

    mutating func paragraph() -> String {
        (0..<int(1...3)).map { _ in line() }.joined(separator: "\n")
    }

    mutating func question() -> String {
        var lines = [pick(["", "", "## ", "**Bo:** ", "\\", "#", "[3:00] ", "\\[3:00] "]) + pick(Self.words) + " " + line()]
        for _ in 0..<int(0...3) { lines.append(int(0...3) == 0 ? "" : line()) }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// A turn's start half the time: anywhere from zero to the largest time a file can hold,
    /// with or without milliseconds.
    mutating func time() -> Timecode? {
        switch int(0...3) {
        case 0, 1: nil
        case 2: Timecode(milliseconds: int(0...7_200) * 1000)
        default: Timecode(milliseconds: int(0...TimeMarker.largest.milliseconds))
        }
    }

    mutating func interview() -> Interview {
        let roles = Speaker.Role.allCases
        let names = ["Ann Lee", "Bo", "Chloé Dupont", "王伟", "Audience", "Zoë 🙂"]
        let speakers = (0..<int(1...4)).map { index in
            Speaker(id: Slug.make(names[index], fallback: "speaker-\(index)"), name: names[index], role: pick(roles))
        }
        let ids = speakers.map(\.id)
        let exchanges = (0..<int(0...5)).map { _ in
            Exchange(
                question: Question(speaker: pick(ids), text: question(), time: time()),
                answers: (0..<int(0...3)).map { _ in
                    Answer(speaker: pick(ids), paragraphs: (0..<int(1...3)).map { _ in paragraph() }, time: time())
                }
            )
        }
        var position = 0
        let sections = (0..<int(0...3)).map { _ in
            position = int(position...exchanges.count)
            return Section(
                title: pick(["Introduction", "Talk", "Comments", "Closing remarks", "Aside: a note", "# odd"]),
                paragraphs: (0..<int(0...3)).map { _ in paragraph() }, position: position
            )
        }
        return Interview(
            id: Slug.make(pick(["A talk", "Café crème", "日本", "x"]), fallback: "interview"),
            title: pick(["A talk", "Café: crème?", "“Quoted” title", "yes", "123", "- dash", "# hash", "key: value",
                         "~", "null", "Null", "&a", "*a", "!x", "---", "tab\tin title", "\u{1B}[2J title", "{a: b}", "[x]", "|", ">", "%x", "@at", "`x`"]),
            date: int(0...1) == 0 ? nil : pick(["2017-10-05", "2020", "1999-12"]),
            source: int(0...1) == 0 ? nil : pick(["https://example.org/a?b=c", "A blog: “the” best", "@at"]),
            media: int(0...1) == 0 ? nil : pick(["https://example.org/episode.mp3", "media: \"x\".ogg", "[1:00]"]),
            tags: (0..<int(0...3)).map { _ in pick(["python", "go lang", "C++", "yes", "[x]", "a,b", "~", "null", "&a", "*a", "!x"]) },
            speakers: speakers, sections: sections, exchanges: exchanges
        )
    }
}
