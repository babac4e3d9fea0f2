import InterviewKit
import TerminalUI

/// What `parley import` says about each file on standard error (which `Console.error` sanitises), so that a wrong reading is
/// visible at once: the reader and its fit, the speakers and roles, the questions and time range,
/// the doubts, and every line dropped.
enum ImportReport {
    /// Noise lines listed per file unless every one is asked for: a caption file drops two
    /// lines a cue (its number and timing), thousands in all.
    static let noiseShown = 12

    static func print(_ result: ImportResult, label: String, allNoise: Bool) {
        let interview = result.interview
        let fit = Int((result.fitScore * 100).rounded())
        Console.error("\(label): \(result.layout) (fit \(fit)%: \(result.fitReasons.joined(separator: "; ")))")
        Console.error("  id: \(interview.id); title: \(interview.title)")
        if !interview.speakers.isEmpty {
            let speakers = interview.speakers.map { "\($0.name) (\($0.role.rawValue))" }.joined(separator: ", ")
            Console.error("  speakers: \(speakers)")
        }
        var counts = [Counted.of(interview.exchanges.count, "question")]
        // An untitled section is counted, never printed as an empty name.
        let titles = interview.sections.map(\.title).filter { !$0.isEmpty }
        if !titles.isEmpty {
            counts.append("sections: " + titles.joined(separator: ", "))
        } else if !interview.sections.isEmpty {
            counts.append(Counted.of(interview.sections.count, "section"))
        }
        if let range = timeRange(interview) { counts.append("turn times \(range)") }
        Console.error("  " + counts.joined(separator: "; "))
        result.warnings.forEach { Console.error("  unsure: \($0)") }
        if !result.noise.isEmpty {
            Console.error("  dropped \(Counted.of(result.noise.count, "noise line")):")
            let shown = allNoise ? result.noise[...] : result.noise.prefix(noiseShown)
            shown.forEach { Console.error("    \($0)") }
            if shown.count < result.noise.count {
                Console.error("    … and \(result.noise.count - shown.count) more (--verbose lists them all)")
            }
        }
    }

    /// First and last turn time, `0:03–57:26`.
    static func timeRange(_ interview: Interview) -> String? {
        let times = interview.exchanges.flatMap { [$0.question.time] + $0.answers.map(\.time) }.compactMap { $0 }
        guard let first = times.min(), let last = times.max() else { return nil }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }
}

/// Counts across one import run, for its summary line.
struct ImportTally {
    var interviews = 0
    var warnings = 0
    var failures = 0

    mutating func add(_ result: ImportResult) {
        interviews += 1
        warnings += result.warnings.count
    }

    func summary(files: Int, dryRun: Bool) -> String {
        var parts = [Counted.of(files, "file"), Counted.of(interviews, "interview") + (dryRun ? " read (dry run, nothing written)" : "")]
        parts.append(Counted.of(warnings, "warning"))
        if failures > 0 { parts.append("\(failures) failed") }
        return "import: " + parts.joined(separator: ", ")
    }
}
