/// The paragraphs of a text cut into speaker turns, unlabelled text and headings, once the
/// labels that are really speakers are known.
///
/// A label is a speaker by recurrence, not by its looks alone: a token that opens several
/// paragraphs in a label shape (`Name:`, `**Name:**`, `MS. SMITH:`, `Q`, `nick:`…) is a
/// speaker; a `Note:` or a `He said:` once in prose is not. Shapes that prose can take by chance
/// need more recurrence than deliberate ones (bold labels count at once).
struct LabelledLines {
    enum Item {
        case turn(name: String, lines: [String], bold: Bool, time: Timecode?)
        case text([String])
        case heading(level: Int, text: String)
    }

    var items: [Item] = []
    /// Labels accepted as speakers.
    var accepted: Set<String> = []
    /// Turns opened by accepted labels.
    var turnCount = 0
    /// Paragraphs, and paragraphs that open with an accepted label.
    var paragraphCount = 0
    var labelledParagraphs = 0
    /// Shapes of the accepted labels, for the reader's reasons.
    var shapes: Set<SpeakerLabel.Shape> = []
    /// Lone labels with nothing after them, and time marks inside turns: set aside.
    var noise: [String] = []

    var labelledShare: Double { paragraphCount == 0 ? 0 : Double(labelledParagraphs) / Double(paragraphCount) }

    /// Counts the labels of every line and keeps the ones that recur; `declared` names from the
    /// metadata count at once.
    /// The label each line opens with, if any, paragraph by paragraph: parsed once, counted,
    /// then used to cut the turns.
    typealias LineLabels = [[SpeakerLabel?]]

    static func acceptedLabels(_ paragraphs: [Paragraph], declared: Set<String>) -> (accepted: Set<String>, shapes: [String: SpeakerLabel.Shape], aliases: [String: String], labels: LineLabels) {
        var counts: [String: (strong: Int, weak: Int, shape: SpeakerLabel.Shape)] = [:]
        var aliases: [String: String] = [:]
        var labels: LineLabels = []
        labels.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            let parsed = paragraph.lines.map(SpeakerLabel.parse)
            labels.append(parsed)
            for case let label? in parsed {
                var entry = counts[label.name] ?? (0, 0, label.shape)
                if label.bold { entry.strong += 1 } else { entry.weak += 1 }
                counts[label.name] = entry
                if let alias = label.alias, aliases[alias] == nil { aliases[alias] = label.name }
            }
        }
        // Initials count toward the name they stand for.
        for (alias, name) in aliases {
            guard let used = counts[alias], var full = counts[name] else { continue }
            full.weak += used.weak
            full.strong += used.strong
            counts[name] = full
        }
        var accepted = Set<String>()
        let hearing = counts.filter { $0.value.shape == .hearing }.reduce(0) { $0 + $1.value.weak }
        let handles = counts.filter { $0.value.shape == .handle && $0.value.weak >= 3 }.count
        let anonymous = counts.filter { $0.value.shape == .anonymous }.reduce(0) { $0 + $1.value.weak }
        for (name, count) in counts where !PageNoise.markerWords.contains(name.lowercased()) {
            let needed: Int
            switch count.shape {
            case .bold, .plain, .caps: needed = 2
            case .anonymous: needed = anonymous >= 3 ? 1 : 3
            case .hearing: needed = hearing >= 4 ? 1 : 2
            case .handle: needed = handles >= 2 ? 3 : 5
            }
            if count.strong > 0 || count.weak >= needed || declared.contains(name) { accepted.insert(name) }
        }
        // Initials count when the full name they stand for is a speaker.
        for (alias, name) in aliases where accepted.contains(name) && counts[alias] != nil { accepted.insert(alias) }
        let plainOnly = accepted.filter { (counts[$0]?.strong ?? 0) == 0 }
        if plainOnly.count == 1, accepted.count == 1, let only = plainOnly.first, (counts[only]?.weak ?? 0) < 3, !declared.contains(only) {
            accepted.removeAll()
        }
        return (accepted, counts.mapValues(\.shape), aliases, labels)
    }

    static func scan(_ paragraphs: [Paragraph], declared: Set<String>) -> LabelledLines {
        var result = LabelledLines()
        let (accepted, shapes, aliases, labels) = acceptedLabels(paragraphs, declared: declared)
        result.accepted = accepted
        result.shapes = Set(accepted.compactMap { shapes[$0] })
        result.paragraphCount = paragraphs.count
        guard !accepted.isEmpty else {
            result.items = paragraphs.map { paragraph in
                if paragraph.lines.count == 1, let heading = MarkdownHeading.parse(paragraph.first) { return .heading(level: heading.level, text: heading.text) }
                return .text(paragraph.lines)
            }
            return result
        }
        // Initials stand for a name: the introduction `Name (AL)` is accounted for as noise.
        for (alias, name) in aliases.sorted(by: { $0.key < $1.key }) where accepted.contains(alias) { result.noise.append("\(name) (\(alias))") }
        var items: [Item] = []
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            if paragraph.lines.count == 1, let heading = MarkdownHeading.parse(paragraph.first) {
                items.append(.heading(level: heading.level, text: heading.text))
                continue
            }
            var current: [String] = []
            var currentLabel: SpeakerLabel?
            var currentTime: Timecode?
            func flush() {
                if let label = currentLabel {
                    items.append(.turn(name: aliases[label.name] ?? label.name, lines: current, bold: label.bold, time: currentTime))
                } else if !current.isEmpty {
                    items.append(.text(current))
                }
                current = []
                currentLabel = nil
                currentTime = nil
            }
            for (offset, line) in paragraph.lines.enumerated() {
                if let label = labels[paragraphIndex][offset], accepted.contains(label.name) {
                    flush()
                    if offset == 0 { result.labelledParagraphs += 1 }
                    result.turnCount += 1
                    currentLabel = label
                    currentTime = label.time
                    // A SMPTE time's frame count is finer than a turn keeps: the mark is set aside whole.
                    if let stamp = label.timestamp, Timestamp.hasFrames(stamp) { result.noise.append(stamp) }
                    if !label.rest.isEmpty { current.append(label.rest) }
                } else if currentLabel != nil, current.isEmpty, currentTime == nil, let (time, rest) = leadingTime(line) {
                    // `Name:` alone, then `[00:12] text` below it: the time opens the turn.
                    currentTime = time
                    if !rest.isEmpty { current.append(rest) }
                } else {
                    current.append(line)
                }
            }
            flush()
        }
        result.items = attachLoneLabels(items, noise: &result.noise)
        return result
    }

    /// A timestamp opening a line, and the text after it.
    static func leadingTime(_ line: String) -> (Timecode, String)? {
        let text = TextDecoding.trimmingLeadingWhitespace(line)
        guard let length = Timestamp.leadingLength(text), let time = Timestamp.firstTime(String(text.prefix(length))) else { return nil }
        let rest = TextDecoding.trimmingLeadingWhitespace(text.dropFirst(length))
        // `1:30 P.M. EST` is the time of day the text speaks of, not a time in the recording.
        let meridiem = rest.prefix(4).lowercased().filter { $0 != "." }
        if text.first?.isASCIIDigit == true, meridiem.hasPrefix("am") || meridiem.hasPrefix("pm") { return nil }
        return (time, String(rest))
    }

    /// Gives a label that stands alone (`**Name:**` then a blank line) the paragraph after it;
    /// a label followed by nothing is set aside as noise.
    private static func attachLoneLabels(_ items: [Item], noise: inout [String]) -> [Item] {
        var result: [Item] = []
        result.reserveCapacity(items.count)
        var index = 0
        while index < items.count {
            if case .turn(let name, let lines, let bold, var time) = items[index], lines.isEmpty {
                if index + 1 < items.count, case .text(var next) = items[index + 1] {
                    if time == nil, let (found, rest) = leadingTime(next[0]) {
                        time = found
                        if rest.isEmpty { next.removeFirst() } else { next[0] = rest }
                    }
                    if !next.isEmpty {
                        result.append(.turn(name: name, lines: next, bold: bold, time: time))
                        index += 2
                        continue
                    }
                }
                noise.append((bold ? "**\(name):**" : "\(name):") + (time.map { " " + $0.setAsideMark } ?? ""))
                index += 1
                continue
            }
            result.append(items[index])
            index += 1
        }
        return result
    }
}

/// `# Heading` lines, with emphasis removed from the text.
enum MarkdownHeading {
    static func parse(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = line.dropFirst(hashes.count)
        guard rest.first == " " else { return nil }
        let text = QuestionShape.unwrapped(DecodingTrim.trim(rest))
        return text.isEmpty ? nil : (hashes.count, DecodingTrim.trim(text))
    }
}
