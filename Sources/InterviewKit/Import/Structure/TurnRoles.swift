/// The speakers of a document and their roles: declared by the metadata, implied by a label
/// (`Q`, `Host`, `Audience`), or inferred from what each says (who greets, who asks most).
struct TurnRoles {
    /// Speaker names in order of first appearance.
    private(set) var speakers: [String] = []
    private var names: [String: String] = [:]
    private var roles: [String: Speaker.Role] = [:]

    /// Roles as a layout declared them (Q&A posts, headings): names are labels already.
    init(explicit names: [String: String]) {
        self.names = names
    }

    init(_ document: SourceDocument) {
        var labels: [String] = []
        var seen = Set<String>()
        for block in document.blocks {
            switch block {
            case .turn(let turn), .question(let turn), .answer(let turn):
                if let label = turn.label, seen.insert(label).inserted { labels.append(label) }
            default: continue
            }
        }
        let briefing = Self.isPressBriefing(labels: labels, title: document.title)
        let directory = SpeakerDirectory(labels: labels, people: document.people, pressBriefing: briefing, title: document.title)
        for label in labels { names[label] = directory.name(of: label) }
        speakers = directory.order
        for name in speakers { if let role = directory.declaredRole(of: name) { roles[name] = role } }
        for (block, role) in document.blocks.compactMap(Self.explicitRole) {
            if let label = block.label, roles[names[label] ?? label] == nil { roles[names[label] ?? label] = role }
        }
        inferHosts(document)
        let interviewStyle = roles.values.contains(.interviewer)
        for name in speakers where roles[name] == nil { roles[name] = interviewStyle ? .interviewee : .guest }
    }

    /// Labels shown under another name: `Q` as "Interviewer", `AL` as "Ada Lovelace".
    var renamedLabels: [String] {
        names.filter { $0.key != $0.value }.map(\.key).sorted()
    }

    func name(of label: String?) -> String {
        // A turn no label names (a caption cue with no voice) is somebody all the same.
        guard let label else { return "Unnamed speaker" }
        return names[label] ?? label
    }

    func role(of name: String) -> Speaker.Role { roles[name] ?? .unknown }

    /// The turn names another speaker ("And with me is Ada Lovelace"): hosts introduce guests.
    private func introducesAnother(_ turn: Turn, speaker: String) -> Bool {
        let opening = turn.paragraphs.prefix(2).flatMap { $0 }.joined(separator: " ").prefix(600)
        return speakers.contains { other in
            other != speaker && other.contains(" ") && opening.contains(other)
        }
    }

    /// A layout's own question and answer marks say who asks.
    private static func explicitRole(_ block: SourceBlock) -> (Turn, Speaker.Role)? {
        switch block {
        case .question(let turn): (turn, .interviewer)
        case .answer(let turn): (turn, .interviewee)
        default: nil
        }
    }

    /// In a press briefing each `Q` is another reporter: labels have a `Q` but no `A`, and
    /// several named officials answer, or the title says so.
    private static func isPressBriefing(labels: [String], title: String?) -> Bool {
        guard labels.contains("Q"), !labels.contains("A") else { return false }
        let lower = (title ?? "").lowercased()
        if lower.contains("briefing") || lower.contains("press") || lower.contains("gaggle") { return true }
        return labels.filter { $0 != "Q" }.count >= 2
    }

    /// When nothing says who hosts: the speaker who welcomes or introduces another speaker by
    /// name in the first turns, else the one who asks most; then
    /// anyone else who asks in a large share of their turns co-hosts, as long as someone is
    /// left to answer.
    private mutating func inferHosts(_ document: SourceDocument) {
        guard !roles.values.contains(where: { $0.asks || $0 == .audience }) else { return }
        var turns: [String: Int] = [:]
        var asking: [String: Int] = [:]
        var welcomer: String?
        var seenTurns = 0
        for case .turn(let turn) in document.blocks {
            let name = name(of: turn.label)
            turns[name, default: 0] += 1
            if TurnWords.asks(turn) { asking[name, default: 0] += 1 }
            seenTurns += 1
            if welcomer == nil, seenTurns <= 6, TurnWords.welcomes(turn) || introducesAnother(turn, speaker: name) { welcomer = name }
        }
        let mostAsking = speakers.max { (asking[$0] ?? 0) < (asking[$1] ?? 0) }
        guard let host = welcomer ?? (mostAsking.flatMap { (asking[$0] ?? 0) > 0 ? $0 : nil }) ?? speakers.first else { return }
        roles[host] = .host
        let others = speakers.filter { $0 != host }
        let cohosts = others.filter { name in
            let count = asking[name] ?? 0
            let total = turns[name] ?? 1
            return (count >= 4 && Double(count) >= 0.4 * Double(total)) || (count >= 2 && count == total)
        }
        if cohosts.count < others.count { for name in cohosts { roles[name] = .host } }
    }
}

/// What a turn's words say about it.
enum TurnWords {
    /// The turn asks: a question mark near its end, or a request ("Tell us about…").
    static func asks(_ turn: Turn) -> Bool {
        guard let last = turn.paragraphs.last?.last else { return false }
        // Bytes, not Foundation: this runs for every turn of every transcript.
        if ByteSearch.contains(last, 0x3F, inLast: 600) || last.hasSuffix("？") { return true }
        let opening = turn.paragraphs.first?.first ?? ""
        // A line that opens with an ASCII letter no request opens with is no request: it need not
        // be lowercased whole to say so.
        if let initial = opening.unicodeScalars.first, initial.isASCII,
           !requestInitials.contains(Unicode.Scalar(UInt8(ascii: initial) | 0x20)) { return false }
        let first = opening.lowercased()
        return QuestionShape.requestOpenings.contains { first.hasPrefix($0) }
    }

    /// The first letters of `QuestionShape.requestOpenings`.
    private static let requestInitials = Set(QuestionShape.requestOpenings.compactMap(\.unicodeScalars.first))

    /// More than an interjection ("Yeah.", "Right, interesting."): a statement that can set up
    /// the next answer.
    static func isSubstantial(_ turn: Turn) -> Bool {
        var words = 0
        for paragraph in turn.paragraphs {
            for line in paragraph { words += SpaceSeparatedWords.count(in: line) }
            if words >= 30 { return true }
        }
        return false
    }

    static func welcomes(_ turn: Turn) -> Bool {
        let text = (turn.paragraphs.first?.first ?? "").lowercased()
        let cues = ["welcome to", "welcome back", "welcome everyone", "welcome, everyone", "and welcome", "i'm your host", "i’m your host", "this is your host", "you're listening to", "you’re listening to"]
        return text.hasPrefix("welcome") || cues.contains(where: text.contains)
    }
}
