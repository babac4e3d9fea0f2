import Foundation

/// A config file's bytes as lines of text.
///
/// A line that is not UTF-8, or holds a NUL (which would cut the text short where the TOML
/// parser reads it as a C string), is reported and blanked: the lines around it still count,
/// and line numbers stay those of the file.
enum ConfigText {
    /// How many such lines are reported one by one before the rest are counted.
    static let reportedLines = 3

    static func lines(of data: Data) -> (lines: [String], problems: [ConfigProblem]) {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var lines: [String] = []
        var problems: [ConfigProblem] = []
        var unreadable = 0
        for slice in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let number = lines.count + 1
            if !slice.contains(0), let text = String(validating: slice, as: UTF8.self) {
                lines.append(text)
                continue
            }
            lines.append("")
            unreadable += 1
            if unreadable <= reportedLines {
                let what = slice.contains(0) ? "a NUL byte" : "bytes that are not UTF-8 text"
                problems.append(ConfigProblem(line: number, "the line holds \(what); it is ignored"))
            }
        }
        if unreadable > reportedLines {
            let more = unreadable - reportedLines
            problems.append(ConfigProblem(
                line: nil, "\(more) more line\(more == 1 ? "" : "s") that are not text ignored (is this a text file?)"))
        }
        return (lines, problems)
    }
}
