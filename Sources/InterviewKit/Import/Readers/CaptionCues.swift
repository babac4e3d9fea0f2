/// One caption cue as a caption file gives it: its timing (nil where the timing line did not
/// read) and its text lines, markup still in.
struct CaptionCue: Sendable {
    var timing: CueTiming?
    var lines: [String]
}

/// Splits the body of a caption file (SubRip or WebVTT, after the WebVTT header) into cues,
/// setting aside what is not spoken: cue numbers and identifiers, timing lines, and WebVTT's
/// NOTE, STYLE and REGION blocks, each listed in the document's noise or metadata lines.
///
/// Real files are not always tidy, so the scan is forgiving, never lossy: a missing blank line
/// between cues is found by the next timing line, a timing line without text makes an empty cue,
/// a timing line whose times do not read still ends the cue before it, and text with no timing
/// line is kept (with a warning) rather than dropped.
struct CaptionCueScanner {
    /// Whether WebVTT's NOTE, STYLE and REGION blocks are recognised.
    var readsWebVTTBlocks: Bool

    private enum State { case between, cue, note, setAside }

    /// What a line is to the scan. Each line is classified once, even though the scan also
    /// looks one line ahead (a cue number is known by the timing line after it).
    private enum LineKind {
        case blank
        case timing(CueTiming)
        /// Shaped like a timing line, times unreadable.
        case malformedTiming
        case text

        var isTiming: Bool {
            switch self {
            case .timing, .malformedTiming: true
            case .blank, .text: false
            }
        }
    }

    private static func classify(_ line: String) -> LineKind {
        let trimmed = CaptionMarkup.trimmed(line)
        if trimmed.isEmpty { return .blank }
        if let timing = CueTiming.parse(trimmed) { return .timing(timing) }
        return CueTiming.isMalformedTiming(trimmed) ? .malformedTiming : .text
    }

    func scan(_ lines: ArraySlice<String>, into document: inout SourceDocument) -> [CaptionCue] {
        var cues: [CaptionCue] = []
        var current: CaptionCue?
        var state = State.between
        var malformed: [String] = []
        var untimed = 0
        var index = lines.startIndex
        var nextKind = lines.isEmpty ? LineKind.blank : Self.classify(lines[index])
        func startCue(_ line: String, _ timing: CueTiming?) {
            if let cue = current { cues.append(cue) }
            if timing == nil { malformed.append(line) }
            current = CaptionCue(timing: timing, lines: [])
            document.noise.append(line)
            state = .cue
        }
        while index < lines.endIndex {
            let line = lines[index]
            let kind = nextKind
            nextKind = index + 1 < lines.endIndex ? Self.classify(lines[index + 1]) : .blank
            defer { index += 1 }
            if case .blank = kind {
                if state != .between, let cue = current { cues.append(cue); current = nil }
                state = .between
                continue
            }
            switch state {
            case .note:
                document.metadataLines.append(line)
                continue
            case .setAside:
                document.noise.append(line)
                continue
            case .cue:
                if case .timing(let timing) = kind {
                    // No blank line before this cue.
                    startCue(line, timing)
                } else if case .timing = nextKind, line.allSatisfy(\.isASCIIDigit) {
                    document.noise.append(line)
                } else {
                    current?.lines.append(line)
                }
                continue
            case .between:
                break
            }
            let trimmed = CaptionMarkup.trimmed(line)
            if case .timing(let timing) = kind {
                startCue(line, timing)
            } else if kind.isTiming {
                startCue(line, nil)
            } else if nextKind.isTiming {
                // A cue number (SubRip) or identifier (WebVTT).
                document.noise.append(line)
            } else if readsWebVTTBlocks, Self.isBlock("NOTE", trimmed) {
                document.metadataLines.append(line)
                state = .note
            } else if readsWebVTTBlocks, Self.isBlock("STYLE", trimmed) || Self.isBlock("REGION", trimmed) {
                document.noise.append(line)
                state = .setAside
            } else {
                untimed += 1
                current = CaptionCue(timing: nil, lines: [line])
                state = .cue
            }
        }
        if let cue = current { cues.append(cue) }
        if let first = malformed.first {
            document.warnings.append("\(malformed.count) cue timing line(s) did not read, such as \"\(first)\"; their cues are kept without a time")
        }
        if untimed > 0 {
            document.warnings.append("\(untimed) block(s) of text had no timing line; kept as text without a time")
        }
        return cues
    }

    /// `NOTE`, `NOTE text`: a keyword alone or followed by a blank.
    private static func isBlock(_ keyword: String, _ line: String) -> Bool {
        guard line.hasPrefix(keyword) else { return false }
        let after = line.dropFirst(keyword.count)
        return after.isEmpty || after.first == " " || after.first == "\t"
    }
}
